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
  await showChanges();
})();
