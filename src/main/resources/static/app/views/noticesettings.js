// When notices may go: the quiet hours (in the business's time zone) and the daily cap. A notice
// that falls in them waits (scheduledFor) rather than being refused. Empty fields: none.
import { api } from '../api.js';
import { field, h, showErrors } from '../dom.js';
import { t } from '../i18n.js';

const PATH = '/api/notifications/settings';

export function settingsPanel({ manager }) {
  const dailyCap = h('input', { name: 'dailyCap', id: 'notice-daily-cap', type: 'number', min: 1, inputmode: 'numeric', disabled: !manager });
  const quietStart = h('input', { name: 'quietStart', id: 'notice-quiet-start', type: 'time', disabled: !manager });
  const quietEnd = h('input', { name: 'quietEnd', id: 'notice-quiet-end', type: 'time', disabled: !manager });
  const zone = h('p', { class: 'field-hint', id: 'notice-zone' });
  const status = h('p', { class: 'muted', role: 'status' });
  const form = h('form', { class: 'card notice-settings', novalidate: true, 'aria-labelledby': 'notice-settings-title' },
    h('h2', { id: 'notice-settings-title' }, t('noticeSettings.title')),
    h('p', { class: 'muted' }, t('noticeSettings.intro')),
    field(t('noticeSettings.dailyCap'), dailyCap, t('noticeSettings.dailyCapHint')),
    h('div', { class: 'row' },
      field(t('noticeSettings.quietStart'), quietStart),
      field(t('noticeSettings.quietEnd'), quietEnd)),
    zone,
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    manager ? h('button', { type: 'submit', class: 'primary', id: 'save-notice-settings' }, t('panel.save'))
      : h('p', { class: 'notice' }, t('noticeSettings.readOnly')),
    status);

  function show(settings) {
    dailyCap.value = settings.dailyCap ?? '';
    quietStart.value = settings.quietStart ?? '';
    quietEnd.value = settings.quietEnd ?? '';
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    try {
      show(await api.put(PATH, {
        dailyCap: dailyCap.value === '' ? null : Number(dailyCap.value),
        quietStart: quietStart.value || null,
        quietEnd: quietEnd.value || null,
      }));
      showErrors(form, null);
      status.textContent = t('noticeSettings.saved');
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });

  api.get(PATH).then(show).catch((problem) => { status.textContent = t('common.error', { detail: problem.message }); });
  api.get('/api/tenant').then((tenant) => { zone.textContent = t('noticeSettings.zone', { zone: tenant.timezone }); }).catch(() => {});
  return { element: h('section', { class: 'settings-panel', 'aria-label': t('notices.tab.settings') }, form) };
}
