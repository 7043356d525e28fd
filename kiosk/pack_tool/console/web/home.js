// Home: the pack's categories and topics, each language's state, the plan section cited.
'use strict';

(async () => {
  const { t, el, api, say } = Console;
  if (!(await Console.start())) return;
  const status = document.getElementById('status');
  let pack;
  try {
    pack = await api('/api/pack');
  } catch (error) {
    say(status, error.message, 'bad');
    return;
  }
  if (pack.errors > 0) say(status, `${t('problems')}: ${pack.errors}`, 'bad');
  const stateWord = { present: 'state_present', missing: 'state_missing', changed: 'state_changed' };
  const tables = pack.categories.map((category) => el('table', {},
    el('caption', { text: category.title }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: t('topic') }),
      pack.locales.map((locale) => el('th', { scope: 'col', lang: locale, text: Console.languageNames[locale] || locale })),
      el('th', { scope: 'col', text: t('source') }))),
    el('tbody', {}, category.topics.map((topic) => el('tr', {},
      el('th', { scope: 'row' },
        el('a', { href: `topic.html?id=${encodeURIComponent(topic.id)}`, lang: pack.default_locale,
                  text: topic.titles[pack.default_locale] || topic.id })),
      pack.locales.map((locale) => el('td', { class: `state-${topic.states[locale]}`,
                                              text: t(stateWord[topic.states[locale]]) })),
      el('td', { lang: pack.default_locale, text: topic.source }))))));
  document.getElementById('categories').replaceChildren(...tables);
})();
