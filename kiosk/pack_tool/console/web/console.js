// The content console's shared parts: the session and its CSRF token, the console's words
// (from the kiosk's own string bundles), requests to the API, and the page frame.
'use strict';

const Console = (() => {
  const state = { words: {}, csrf: '', locale: 'zh-Hans' };
  const languageNames = { 'zh-Hans': '中文', en: 'English', ko: '한국어' };

  // The console's language: the staff member's choice, else Chinese.
  function chosenLocale() {
    const saved = window.localStorage.getItem('console-locale');
    return saved && languageNames[saved] ? saved : 'zh-Hans';
  }

  // A word, with {name} replaced by args.name.
  function t(key, args = {}) {
    const pattern = state.words[key] || key;
    return pattern.replace(/\{(\w+)\}/g, (all, name) => (name in args ? String(args[name]) : all));
  }

  // An element with attributes and children (strings become text, never HTML).
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === false || value === null || value === undefined) continue;
      if (name === 'text') node.textContent = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super((body && (body.message || body.error)) || `HTTP ${status}`);
      this.status = status;
      this.body = body || {};
    }
  }

  // A request to the API; every write carries the session's CSRF token.
  async function api(path, { method = 'GET', body, raw = false } = {}) {
    const headers = {};
    if (method !== 'GET') {
      headers['X-CSRF-Token'] = state.csrf;
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (raw && response.ok) return response.blob();
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }

  function applyWords() {
    document.documentElement.lang = state.locale;
    for (const node of document.querySelectorAll('[data-word]')) node.textContent = t(node.dataset.word);
    for (const node of document.querySelectorAll('[data-word-label]')) {
      node.setAttribute('aria-label', t(node.dataset.wordLabel));
    }
    document.title = `${document.querySelector('h1') ? document.querySelector('h1').textContent + ' – ' : ''}${t('title')}`;
  }

  function languagePicker() {
    const select = document.getElementById('console-language');
    if (!select) return;
    select.value = state.locale;
    select.addEventListener('change', () => {
      window.localStorage.setItem('console-locale', select.value);
      window.location.reload();
    });
  }

  // Where the password is asked for, when the console is reachable from other machines.
  function signInForm(main) {
    const input = el('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
    const message = el('p', { id: 'sign-in-message', role: 'alert' });
    const form = el('form', { class: 'sign-in' },
      el('label', { for: 'password', text: t('password') }), input,
      el('button', { type: 'submit', text: t('sign_in') }), message);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api('/api/login', { method: 'POST', body: { password: input.value } });
        window.location.reload();
      } catch (error) {
        message.textContent = t('wrong_password');
      }
    });
    main.replaceChildren(el('h1', { text: t('title') }), form);
    input.focus();
  }

  // Loads the words and the session; false when the page must wait for a sign-in.
  async function start() {
    state.locale = chosenLocale();
    state.words = await api(`/api/words?locale=${encodeURIComponent(state.locale)}`);
    applyWords();
    languagePicker();
    const session = await api('/api/session');
    if (!session.signed_in) {
      signInForm(document.getElementById('main'));
      return false;
    }
    state.csrf = session.csrf;
    return true;
  }

  // Says something in a live region, so screen readers hear it too.
  function say(region, text, kind = '') {
    region.textContent = text;
    region.className = `status ${kind}`;
  }

  return { start, t, el, api, say, applyWords, ApiError, state, languageNames };
})();
