// Publish: what changed since the last publish, per language and topic, then check, sign
// and write the pack into the fleet's channel.
'use strict';

(async () => {
  const { t, api, say } = Console;
  if (!(await Console.start())) return;
  const status = document.getElementById('status');
  const changes = document.getElementById('changes');
  const button = document.getElementById('publish');
  const report = document.getElementById('report');

  async function showChanges() {
    try {
      const answer = await api('/api/changes');
      changes.textContent = answer.lines.length ? answer.lines.join('\n') : t('no_changes');
    } catch (error) {
      changes.textContent = error.message;
    }
  }

  // The version in pack.toml, the one field of it staff change before each publish.
  const versionInput = document.getElementById('version');
  const versionStatus = document.getElementById('version-status');
  let manifest;
  let versionField = -1;
  async function loadVersion() {
    manifest = await api('/api/file?path=pack.toml');
    versionField = manifest.fields.findIndex((field) => field.label === 'version');
    if (versionField >= 0) versionInput.value = manifest.fields[versionField].text;
  }
  document.getElementById('version-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const fields = { [versionField]: versionInput.value };
      manifest = await api('/api/save', { method: 'POST', body: { path: 'pack.toml', version: manifest.version, fields } });
      const problems = manifest.problems.filter((p) => p.severity === 'error');
      say(versionStatus, problems.length ? problems.map((p) => p.text).join(' · ') : t('saved'), problems.length ? 'bad' : 'ok');
      versionInput.setAttribute('aria-invalid', problems.length ? 'true' : 'false');
      await showChanges();
    } catch (error) {
      say(versionStatus, error.status === 409 ? t('stale') : `${t('not_saved')} ${error.message}`, 'bad');
    }
  });

  button.addEventListener('click', async () => {
    button.disabled = true;
    say(status, t('working'));
    try {
      const published = await api('/api/publish', { method: 'POST', body: {} });
      say(status, `${t('published')} ${published.archive}`, 'ok');
      report.textContent = published.report;
      report.hidden = false;
      await showChanges();
    } catch (error) {
      say(status, t('not_published'), 'bad');
      report.textContent = error.message;
      report.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  await loadVersion();
  await showChanges();
})();
