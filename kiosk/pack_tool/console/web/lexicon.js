// The pronunciation lexicon: one row per word, its reading editable, a play button that
// says the word as the kiosk would, with the lexicon as saved.
'use strict';

(async () => {
  const { t, el, api, say } = Console;
  if (!(await Console.start())) return;
  const status = document.getElementById('status');
  const holder = document.getElementById('lexicon');
  let pack;
  let file;

  async function play(word) {
    const player = document.getElementById('player');
    const sound = await api('/api/wave', { method: 'POST', body: { locale: pack.default_locale, text: word }, raw: true });
    if (player.src) URL.revokeObjectURL(player.src);
    player.src = URL.createObjectURL(sound);
    player.hidden = false;
    player.play().catch(() => {});
  }

  function render() {
    const byField = new Map();
    for (const problem of file.problems) {
      if (problem.field >= 0) byField.set(problem.field, problem);
    }
    const rows = file.fields.map((field, index) => {
      const problem = byField.get(index);
      const inputId = `reading-${index}`;
      return el('tr', {},
        el('th', { scope: 'row', lang: pack.default_locale, id: `word-${index}`, text: field.label }),
        el('td', {},
          el('input', { id: inputId, type: 'text', value: field.text, 'data-index': index, lang: 'zh-Latn-pinyin',
                        'aria-labelledby': `reading-head word-${index}`, 'aria-invalid': problem ? 'true' : false,
                        'aria-describedby': problem ? `problem-${index}` : false }),
          problem ? el('p', { id: `problem-${index}`, class: 'problem',
                              text: `${problem.line}:${problem.column} – ${problem.message}` }) : null),
        el('td', {}, el('button', { type: 'button', 'aria-label': t('play_item', { text: field.label }), text: t('play'),
                                     onclick: () => play(field.label).catch((e) => say(status, e.message, 'bad')) })));
    });
    const form = el('form', { id: 'lexicon-form' },
      el('table', {},
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col', text: t('word') }),
          el('th', { scope: 'col', id: 'reading-head', text: t('reading') }),
          el('th', { scope: 'col', text: t('play') }))),
        el('tbody', {}, rows)),
      el('button', { type: 'submit', class: 'primary', id: 'save-lexicon', text: t('save') }));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const edits = {};
      for (const input of form.querySelectorAll('[data-index]')) {
        const index = Number(input.dataset.index);
        if (input.value !== file.fields[index].text) edits[index] = input.value;
      }
      try {
        file = await api('/api/save', { method: 'POST', body: { path: file.path, version: file.version, fields: edits } });
        render();
        const bad = file.problems.length > 0;
        say(status, bad ? t('saved_with_problems') : t('saved'), bad ? 'bad' : 'ok');
      } catch (error) {
        say(status, error.status === 409 ? t('stale') : `${t('not_saved')} ${error.message}`, 'bad');
      }
    });
    const problems = file.problems.filter((p) => p.field < 0);
    holder.replaceChildren(
      el('p', { class: 'path', text: file.path }),
      problems.length ? el('ul', {}, problems.map((p) => el('li', { class: 'problem', text: p.text }))) : null,
      form);
  }

  try {
    pack = await api('/api/pack');
    file = await api(`/api/file?path=${encodeURIComponent(`${pack.default_locale}/lexicon.toml`)}`);
  } catch (error) {
    say(status, error.message, 'bad');
    return;
  }
  render();
})();
