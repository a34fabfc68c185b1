// The business's settings (owner, admin): its name, time zone and language, its opening hours and
// holidays, and how the automation and the team share the chats.
import { api } from '../api.js';
import { field, h, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { notify } from '../notices.js';
import { hoursPart } from './rulefields.js';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const LOCALES = ['id', 'en'];
const STRATEGIES = ['round_robin', 'least_loaded'];

/** A setting read as on unless switched off (autoReply, assignOnReply), or off unless on (autoAssign). */
function switchBox(name, on, hint) {
  const box = h('input', { type: 'checkbox', name: `settings.${name}`, id: `setting-${name}`, checked: on });
  return h('div', { class: 'field switch-field', dataset: { field: `settings.${name}` } },
    h('label', { class: 'check inline', for: box.id }, box, t(`settings.${name}`)),
    h('p', { class: 'field-hint' }, hint),
    h('p', { class: 'field-error', role: 'alert', hidden: true }));
}

export function businessSettings(tenant) {
  const settings = tenant.settings ?? {};
  const zones = ZONES.includes(tenant.timezone) ? ZONES : [...ZONES, tenant.timezone];
  const name = h('input', { name: 'name', id: 'tenant-name', value: tenant.name, required: true, maxLength: 120 });
  const zone = h('select', { name: 'timezone', id: 'tenant-timezone' },
    zones.map((value) => h('option', { value, selected: value === tenant.timezone }, ZONES.includes(value) ? t(`zone.${value}`) : value)));
  const locale = h('select', { name: 'locale', id: 'tenant-locale' },
    LOCALES.map((value) => h('option', { value, selected: value === tenant.locale }, t(`locale.${value}`))));
  const hours = hoursPart(tenant.businessHours, { prefix: 'businessHours', idPrefix: 'business', forRule: false });
  const strategy = h('select', { name: 'settings.assignmentStrategy', id: 'setting-assignmentStrategy' },
    STRATEGIES.map((value) => h('option', { value, selected: (settings.assignmentStrategy ?? 'round_robin') === value },
      t(`settings.strategy.${value}`))));

  const form = h('form', { class: 'card settings-form', id: 'business-settings', novalidate: true, 'aria-labelledby': 'business-title' },
    h('h2', { id: 'business-title' }, t('settings.business')),
    h('div', { class: 'row' },
      field(t('settings.name'), name),
      field(t('settings.timezone'), zone, t('settings.timezoneHint')),
      field(t('settings.locale'), locale, t('settings.localeHint'))),
    h('h3', {}, t('settings.hours')),
    h('p', { class: 'field-hint' }, t('settings.hoursHint')),
    hours.element,
    h('h3', {}, t('settings.chats')),
    switchBox('autoReply', settings.autoReply !== false, t('settings.autoReplyHint')),
    switchBox('assignOnReply', settings.assignOnReply !== false, t('settings.assignOnReplyHint')),
    switchBox('autoAssign', settings.autoAssign === true, t('settings.autoAssignHint')),
    field(t('settings.strategy'), strategy, t('settings.strategyHint')),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('button', { type: 'submit', class: 'primary', id: 'save-business' }, t('panel.save')));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!name.value.trim()) {
      showErrors(form, { errors: [{ field: 'name', message: t('settings.nameRequired') }] });
      return;
    }
    const checked = (setting) => form.querySelector(`#setting-${setting}`).checked;
    try {
      await api.patch('/api/tenant', {
        name: name.value.trim(),
        timezone: zone.value,
        locale: locale.value,
        businessHours: hours.value(),
        settings: {
          autoReply: checked('autoReply'),
          assignOnReply: checked('assignOnReply'),
          autoAssign: checked('autoAssign'),
          assignmentStrategy: strategy.value,
        },
      });
      showErrors(form, null);
      notify(t('settings.saved'));
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });
  return form;
}
