// A topic: its languages side by side as form fields, each problem beside its field, the
// kiosk screen it makes and what the kiosk says for it.
'use strict';

(async () => {
  const { t, el, api, say } = Console;
  if (!(await Console.start())) return;
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const status = document.getElementById('status');
  const editor = document.getElementById('editor');
  const side = editor.querySelector('.side');
  const previewLocale = document.getElementById('preview-locale');
  const sections = new Map();  // locale -> its <section>
  let topic;

  // What a field is, in the console's words: a TOML key it knows, or the kind of block.
  function fieldName(field) {
    if (field.kind === 'value') return state(`key_${field.label}`) || field.label;
    return t(`kind_${field.kind}`);
  }

  function state(key) {
    return Console.state.words[key];
  }

  function languageName(locale) {
    return `${Console.languageNames[locale] || locale} (${locale})`;
  }

  function problemText(problem) {
    // Column 0 means the problem is about the whole line (a link) or file.
    let where = '';
    if (problem.line > 0) where = problem.column > 0 ? `${problem.line}:${problem.column} ` : `${t('line', { line: problem.line })} `;
    return `${t(problem.severity === 'error' ? 'severity_error' : 'severity_warning')} ${where}– ${problem.message}`;
  }

  // One field: its label (TOML key or claim marker, and its line), the text, its problems.
  function fieldNode(lang, field, index, problems) {
    const fieldId = `f-${lang.locale}-${index}`;
    const problemId = `p-${lang.locale}-${index}`;
    const oneLine = field.kind === 'value' || field.kind === 'heading';
    const label = field.kind === 'claim'
      ? el('label', { for: fieldId }, el('span', { class: 'claim', text: field.label }))
      : el('label', { for: fieldId, text: fieldName(field) });
    label.append(' ', el('span', { class: 'line', text: t('line', { line: field.first_line }) }));
    const attributes = {
      id: fieldId, lang: lang.locale, 'data-index': index, 'aria-invalid': problems.length ? 'true' : false,
      'aria-describedby': problems.length ? problemId : false,
    };
    const input = oneLine
      ? el('input', { ...attributes, type: 'text', value: field.text })
      : el('textarea', { ...attributes, rows: Math.max(2, Math.ceil(field.text.length / (lang.locale === 'en' ? 48 : 26))) });
    if (!oneLine) input.value = field.text;
    const said = problems.length
      ? el('p', { id: problemId, class: `problem ${problems[0].severity}` }, problems.map(problemText).join(' · '))
      : null;
    return el('div', { class: 'field' }, label, input, said);
  }

  function renderLanguage(lang) {
    const headingId = `h-${lang.locale}`;
    const byField = new Map();
    const loose = [];
    for (const problem of lang.problems) {
      if (problem.field >= 0) byField.set(problem.field, [...(byField.get(problem.field) || []), problem]);
      else loose.push(problem);
    }
    const regionStatus = el('p', { id: `status-${lang.locale}`, class: 'status', role: 'status', 'aria-live': 'polite' });
    const form = el('form', { id: `form-${lang.locale}`, 'aria-labelledby': headingId },
      lang.fields.map((field, index) => fieldNode(lang, field, index, byField.get(index) || [])),
      el('button', { type: 'submit', id: `save-${lang.locale}`, class: 'primary', text: t('save') }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      saveFields(lang, form, regionStatus);
    });
    const raw = el('textarea', { id: `raw-${lang.locale}`, lang: lang.locale, rows: 16, spellcheck: 'false' });
    raw.value = lang.text;
    const rawButton = el('button', { type: 'button', id: `save-raw-${lang.locale}`, text: t('save_raw') });
    rawButton.addEventListener('click', () => save(lang, { text: raw.value }, regionStatus));
    const section = el('section', { class: 'language', 'aria-labelledby': headingId },
      el('h2', { id: headingId, text: languageName(lang.locale) }),
      el('p', { class: 'path' }, lang.path, ' · ',
        el('span', { class: `state-${lang.state}`, text: t(`state_${lang.state}`) })),
      regionStatus,
      lang.exists ? null : el('p', { text: t('file_missing') }),
      loose.length ? el('ul', { class: 'problems' }, loose.map((p) => el('li', { class: `problem ${p.severity}`, text: problemText(p) }))) : null,
      lang.exists ? form : null,
      el('details', { open: lang.exists ? false : true },
        el('summary', { text: t('raw_file') }),
        el('label', { for: raw.id, text: `${t('raw_file')}: ${lang.path}` }), raw, rawButton));
    const old = sections.get(lang.locale);
    if (old) old.replaceWith(section);
    else editor.insertBefore(section, side);
    sections.set(lang.locale, section);
    return section;
  }

  function saveFields(lang, form, regionStatus) {
    const edits = {};
    for (const input of form.querySelectorAll('[data-index]')) {
      const index = Number(input.dataset.index);
      if (input.value !== lang.fields[index].text) edits[index] = input.value;
    }
    return save(lang, { fields: edits }, regionStatus);
  }

  async function save(lang, change, regionStatus) {
    say(regionStatus, t('working'));
    try {
      const saved = await api('/api/save', { method: 'POST', body: { path: lang.path, version: lang.version, ...change } });
      const fresh = { ...lang, ...saved };
      const index = topic.languages.findIndex((l) => l.locale === lang.locale);
      topic.languages[index] = fresh;
      const section = renderLanguage(fresh);
      const problems = fresh.problems.filter((p) => p.severity === 'error');
      const newStatus = section.querySelector('.status');
      say(newStatus, problems.length ? t('saved_with_problems') : t('saved'), problems.length ? 'bad' : 'ok');
      const invalid = section.querySelector('[aria-invalid="true"]');
      if (invalid) invalid.focus();
      if (previewLocale.value === lang.locale) showPreview();
    } catch (error) {
      if (error.status === 409) {
        say(regionStatus, t('stale'), 'bad');
        regionStatus.append(' ', el('button', { type: 'button', text: t('reload'), onclick: () => window.location.reload() }));
      } else if (error.status === 422 && error.body.field >= 0) {
        say(regionStatus, `${t('not_saved')} ${error.body.error}`, 'bad');
        const input = document.getElementById(`f-${lang.locale}-${error.body.field}`);
        if (input) {
          input.setAttribute('aria-invalid', 'true');
          input.focus();
        }
      } else {
        say(regionStatus, `${t('not_saved')} ${error.message}`, 'bad');
      }
    }
  }

  // The kiosk's own drawing of the topic, for the language, theme, size, shape and page chosen.
  async function showPreview() {
    const image = document.getElementById('preview');
    const previewStatus = document.getElementById('preview-status');
    const pageSelect = document.getElementById('preview-page');
    const params = new URLSearchParams({
      topic: id, locale: previewLocale.value, theme: document.getElementById('preview-theme').value,
      size: document.getElementById('preview-size').value, shape: document.getElementById('preview-shape').value,
      page: pageSelect.value,
    });
    say(previewStatus, t('working'));
    try {
      let response = await fetch(`/api/preview?${params}`, { credentials: 'same-origin' });
      if (response.status === 422 && pageSelect.value !== '1') {  // the topic got shorter
        params.set('page', '1');
        pageSelect.value = '1';
        response = await fetch(`/api/preview?${params}`, { credentials: 'same-origin' });
      }
      if (!response.ok) throw new Console.ApiError(response.status, await response.json().catch(() => ({})));
      const pages = Math.max(1, Number(response.headers.get('X-Pages') || 1));
      const chosen = pageSelect.value;
      pageSelect.replaceChildren(...Array.from({ length: pages }, (_, i) => el('option', { value: i + 1, text: `${i + 1} / ${pages}` })));
      pageSelect.value = Number(chosen) <= pages ? chosen : '1';
      const picture = await response.blob();
      if (image.src) URL.revokeObjectURL(image.src);
      image.src = URL.createObjectURL(picture);
      const lang = topic.languages.find((l) => l.locale === previewLocale.value);
      image.alt = t('preview_alt', { title: lang ? lang.title : id, language: languageName(previewLocale.value) });
      image.hidden = false;
      image.dataset.drawn = String(Number(image.dataset.drawn || 0) + 1);
      say(previewStatus, '');
    } catch (error) {
      say(previewStatus, error.status === 409 ? t('preview_blocked') : error.message, 'bad');
    }
  }

  async function play(locale, ssml) {
    const player = document.getElementById('player');
    const sound = await api('/api/wave', { method: 'POST', body: { locale, ssml }, raw: true });
    if (player.src) URL.revokeObjectURL(player.src);
    player.src = URL.createObjectURL(sound);
    player.hidden = false;
    player.play().catch(() => {});  // a browser may wait for the play button
  }

  // The listening review: what each item shows, what eSpeak NG is given, its phonemes.
  async function showSpeech() {
    const speechStatus = document.getElementById('speech-status');
    const locale = previewLocale.value;
    say(speechStatus, t('working'));
    try {
      const review = await api(`/api/speech?topic=${encodeURIComponent(id)}&locale=${encodeURIComponent(locale)}`);
      const items = review.items.map((item) => el('div', { class: 'speech-item' },
        el('dl', {},
          el('dt', { text: t('shown_text') }), el('dd', { lang: locale, text: item.shown }),
          el('dt', { text: t('spoken_text') }), el('dd', {}, el('code', { lang: locale, text: item.ssml })),
          el('dt', { text: t('phonemes') }), el('dd', {}, el('code', { text: item.phonemes }))),
        el('button', { type: 'button', 'aria-label': t('play_item', { text: item.shown }), text: t('play'),
                       onclick: () => play(locale, item.ssml).catch((e) => say(speechStatus, e.message, 'bad')) })));
      document.getElementById('speech').replaceChildren(...items);
      say(speechStatus, '');
    } catch (error) {
      say(speechStatus, error.message, 'bad');
    }
  }

  try {
    topic = await api(`/api/topic?id=${encodeURIComponent(id)}`);
  } catch (error) {
    say(status, error.message, 'bad');
    return;
  }
  const main = topic.languages[0];
  document.getElementById('topic-title').textContent = t('edit_topic', { title: main.title });
  Console.applyWords();
  for (const lang of topic.languages) {
    renderLanguage(lang);
    previewLocale.append(el('option', { value: lang.locale, text: languageName(lang.locale) }));
  }
  // Another language, theme, size or shape starts again at the first page.
  for (const control of ['preview-locale', 'preview-theme', 'preview-size', 'preview-shape']) {
    document.getElementById(control).addEventListener('change', () => {
      document.getElementById('preview-page').value = '1';
    });
  }
  document.getElementById('preview-form').addEventListener('submit', (event) => {
    event.preventDefault();
    showPreview();
  });
  document.getElementById('show-speech').addEventListener('click', showSpeech);
  showPreview();
})();
