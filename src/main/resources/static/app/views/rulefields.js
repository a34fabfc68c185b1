// Parts of the auto-reply rule editor: extra conditions, opening hours with per-day hours and
// holidays, menu options, and where a handover goes. Each part builds its inputs from a rule and
// reads them back as the API's fields; each box that can show a server error carries the server's
// field name (data-field), see ruleErrors.
import { field, h, mount } from '../dom.js';
import { t } from '../i18n.js';

export const DAYS = [1, 2, 3, 4, 5, 6, 7];
export const MESSAGE_TYPES = ['text', 'image', 'video', 'audio', 'document', 'sticker', 'location', 'contacts'];
const ROUTE_CONDITIONS = ['complaint', 'urgent', 'technical'];
const OPTION_FIELDS = { key: 'rule.optionKey', label: 'rule.optionLabel', response: 'rule.optionResponse',
  next_rule_id: 'rule.optionNextRule', action: 'rule.optionThen' };

function number(value) {
  return value === '' || value == null ? null : Number(value);
}

export function checkbox(name, checked, label, attrs = {}) {
  return h('label', { class: 'check inline' }, h('input', { type: 'checkbox', name, checked: !!checked, ...attrs }), label);
}

/**
 * A group of inputs shown as one field, its error line found by name like field()'s. The error line
 * comes first: groups hold fields of their own, whose error lines come after it.
 */
export function groupField(name, legend, ...inputs) {
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  return h('fieldset', { class: 'field', dataset: { field: name } }, h('legend', {}, legend), error, inputs);
}

/** A box for one list item's errors (a menu option, a day's hours), named by the server's field. */
function itemBox(name, ...children) {
  return h('div', { class: 'field item', dataset: { field: name } },
    children, h('p', { class: 'field-error', role: 'alert', hidden: true }));
}

function yesNoAny(name, value, label, hint) {
  const select = h('select', { name, id: `rule-${name.replace(/\W/g, '-')}` },
    h('option', { value: '', selected: value == null }, t('rule.any')),
    h('option', { value: 'true', selected: value === true }, t('rule.yes')),
    h('option', { value: 'false', selected: value === false }, t('rule.no')));
  return field(label, select, hint);
}

/** Seed 002's conditions: who the customer is and what they sent, besides the trigger. */
export function conditionsPart(conditions) {
  const c = conditions ?? {};
  const input = (name, attrs) => h('input', { name, id: `rule-${name.replace(/\W/g, '-')}`, ...attrs });
  const types = new Set(c.message_types ?? []);
  const element = h('details', { class: 'rule-part conditions', open: isSet(c) },
    h('summary', {}, t('rule.conditions')),
    h('p', { class: 'field-hint' }, t('rule.conditionsHint')),
    h('div', { class: 'row' },
      yesNoAny('conditions.is_first_message', c.is_first_message ?? null, t('rule.isFirstMessage'), t('rule.isFirstMessageHint')),
      yesNoAny('conditions.has_order_history', c.has_order_history ?? null, t('rule.hasOrderHistory'), t('rule.hasOrderHistoryHint'))),
    field(t('rule.customerTags'), input('conditions.customer_tags', { value: (c.customer_tags ?? []).join(', ') }),
      t('rule.customerTagsHint')),
    h('div', { class: 'row' },
      field(t('rule.messageCountMin'), input('conditions.message_count_min', { type: 'number', min: 0, value: c.message_count_min ?? '' }),
        t('rule.messageCountHint')),
      field(t('rule.messageCountMax'), input('conditions.message_count_max', { type: 'number', min: 0, value: c.message_count_max ?? '' }),
        t('rule.messageCountHint'))),
    groupField('conditions.message_types', t('rule.messageTypes'),
      h('div', { class: 'checks' }, MESSAGE_TYPES.map((type) =>
        checkbox(`messageType-${type}`, types.has(type), t(`kind.${type}`), { value: type }))),
      h('p', { class: 'field-hint' }, t('rule.messageTypesHint'))));

  function flag(name) {
    const value = element.querySelector(`[name="${name}"]`).value;
    return value === '' ? null : value === 'true';
  }

  return {
    element,
    /** null when no condition is set. */
    value() {
      const value = {
        is_first_message: flag('conditions.is_first_message'),
        has_order_history: flag('conditions.has_order_history'),
        customer_tags: element.querySelector('[name="conditions.customer_tags"]').value.split(',').map((tag) => tag.trim()).filter(Boolean),
        message_count_min: number(element.querySelector('[name="conditions.message_count_min"]').value),
        message_count_max: number(element.querySelector('[name="conditions.message_count_max"]').value),
        message_types: [...element.querySelectorAll('[name^="messageType-"]:checked')].map((box) => box.value),
      };
      return isSet(value) ? value : null;
    },
  };
}

function isSet(c) {
  return c.is_first_message != null || c.has_order_history != null || (c.customer_tags ?? []).length > 0
    || c.message_count_min != null || c.message_count_max != null || (c.message_types ?? []).length > 0;
}

/**
 * Opening hours: the usual hours, the open days, other hours for some days (schedule) and dates
 * off (holidays). A time_based rule answers outside them. forRule: a rule's own hours (with their
 * time zone and what the rule does outside them); the business's hours take the business's zone.
 */
export function hoursPart(workingHours, { prefix = 'workingHours', idPrefix = 'rule', forRule = true } = {}) {
  const hours = workingHours ?? {};
  const openDays = hours.days ?? [];
  const schedule = hours.schedule ?? {};
  const holidays = [...(hours.holidays ?? [])].sort();
  const input = (name, attrs) => h('input', { name, id: `${idPrefix}-${name.replace(/\W/g, '-')}`, ...attrs });

  function dayRow(day) {
    const own = schedule[String(day)];
    const start = h('input', { type: 'time', name: `schedule-${day}-start`, id: `${idPrefix}-schedule-${day}-start`, value: own?.start ?? '',
      'aria-label': t('rule.dayStart', { day: t(`day.${day}`) }), disabled: !own });
    const end = h('input', { type: 'time', name: `schedule-${day}-end`, id: `${idPrefix}-schedule-${day}-end`, value: own?.end ?? '',
      'aria-label': t('rule.dayEnd', { day: t(`day.${day}`) }), disabled: !own });
    const open = h('input', { type: 'checkbox', name: `day-${day}`, id: `${idPrefix}-day-${day}`,
      checked: openDays.length === 0 || openDays.includes(day) || !!own });
    const ownBox = h('input', { type: 'checkbox', name: `own-${day}`, id: `${idPrefix}-own-${day}`, checked: !!own,
      'aria-label': t('rule.ownHoursFor', { day: t(`day.${day}`) }) });
    const times = h('span', { class: 'day-times', hidden: !own }, start, h('span', { 'aria-hidden': 'true' }, '–'), end);
    function showTimes() {
      times.hidden = start.disabled = end.disabled = !ownBox.checked;
    }
    ownBox.addEventListener('change', () => {
      showTimes();
      // A day with its own hours is open that day.
      if (ownBox.checked) { open.checked = true; start.value ||= value(`${prefix}.start`); end.value ||= value(`${prefix}.end`); start.focus(); }
    });
    open.addEventListener('change', () => {
      if (!open.checked && ownBox.checked) { ownBox.checked = false; showTimes(); }
    });
    return itemBox(`${prefix}.schedule.${day}`,
      h('div', { class: 'day-row' },
        h('label', { class: 'check inline day-name', for: open.id }, open, t(`day.${day}`)),
        h('label', { class: 'check inline', for: ownBox.id }, ownBox, t('rule.ownHours')),
        times));
  }

  const holidayInput = h('input', { type: 'date', id: `${idPrefix}-holiday`, name: 'holiday', 'aria-label': t('rule.holidayDate') });
  const holidayList = h('ul', { class: 'holidays', 'aria-label': t('rule.holidays') });
  function renderHolidays() {
    mount(holidayList, holidays.map((date) => h('li', { class: 'chip', dataset: { date } },
      h('time', { datetime: date }, date),
      h('button', { type: 'button', class: 'icon-button', 'aria-label': t('rule.removeHoliday', { date }),
        onclick: () => { holidays.splice(holidays.indexOf(date), 1); renderHolidays(); } }, '×'))));
  }
  function addHoliday() {
    const date = holidayInput.value;
    if (date && !holidays.includes(date)) { holidays.push(date); holidays.sort(); renderHolidays(); }
    holidayInput.value = '';
    holidayInput.focus();
  }
  holidayInput.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); addHoliday(); } });
  renderHolidays();

  const element = h('div', { class: 'rule-part hours' },
    h('div', { class: 'row' },
      field(t('rule.start'), input(`${prefix}.start`, { type: 'time', value: hours.start ?? '09:00' })),
      field(t('rule.end'), input(`${prefix}.end`, { type: 'time', value: hours.end ?? '17:00' }))),
    forRule ? field(t('rule.timezone'), input(`${prefix}.timezone`, { value: hours.timezone ?? 'Asia/Jakarta', list: `${idPrefix}-timezones` }),
      t('rule.timezoneHint')) : null,
    forRule ? h('datalist', { id: `${idPrefix}-timezones` }, ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'].map((zone) => h('option', { value: zone }))) : null,
    groupField(`${prefix}.days`, t('rule.days'), h('p', { class: 'field-hint' }, t('rule.daysHint')), DAYS.map(dayRow)),
    groupField(`${prefix}.holidays`, t('rule.holidays'),
      h('p', { class: 'field-hint' }, t('rule.holidaysHint')),
      holidayList,
      h('div', { class: 'holiday-add' }, holidayInput,
        h('button', { type: 'button', class: 'secondary', id: `${idPrefix}-add-holiday`, onclick: addHoliday }, t('rule.addHoliday')))),
    forRule ? h('p', { class: 'field-hint' }, t('rule.timeHint')) : null);

  function value(name) {
    return element.querySelector(`[name="${name}"]`).value;
  }

  return {
    element,
    value() {
      const own = {};
      for (const day of DAYS) {
        if (element.querySelector(`[name="own-${day}"]`).checked) {
          own[String(day)] = { start: value(`schedule-${day}-start`) || null, end: value(`schedule-${day}-end`) || null };
        }
      }
      return {
        start: value(`${prefix}.start`),
        end: value(`${prefix}.end`),
        timezone: forRule ? value(`${prefix}.timezone`) || null : null,
        days: DAYS.filter((day) => element.querySelector(`[name="day-${day}"]`).checked),
        schedule: own,
        holidays: [...holidays],
      };
    },
  };
}

/**
 * A menu's numbered options. Choosing one answers with its text, runs another rule
 * (next_rule_id), or hands the customer to the team (action forward_to_cs, telling them the text if any).
 */
export function menuPart(options, { rules, selfId }) {
  const rows = h('ol', { class: 'menu-options' });
  const others = (rules ?? []).filter((rule) => rule.id !== selfId);

  function row(option = {}) {
    const then = option.next_rule_id ? 'rule' : option.action === 'forward_to_cs' ? 'forward' : 'reply';
    const thenSelect = h('select', { name: 'optionThen', 'aria-label': t('rule.optionThen') },
      ['reply', 'rule', 'forward'].map((value) => h('option', { value, selected: then === value }, t(`rule.then.${value}`))));
    const response = h('input', { name: 'optionResponse', value: option.response ?? '', 'aria-label': t('rule.optionResponse') });
    const next = h('select', { name: 'optionNextRule', 'aria-label': t('rule.optionNextRule') },
      h('option', { value: '' }, t('rule.pickRule')),
      others.map((rule) => h('option', { value: rule.id, selected: option.next_rule_id === rule.id, translate: 'no' }, rule.name)));
    function showThen() {
      next.hidden = thenSelect.value !== 'rule';
      response.hidden = thenSelect.value === 'rule';
      response.placeholder = thenSelect.value === 'forward' ? t('rule.forwardMessage') : '';
    }
    thenSelect.addEventListener('change', showThen);
    showThen();
    const item = h('li', { class: 'menu-option' }, itemBox('menuOptions[]',
      h('div', { class: 'option-row' },
        h('input', { name: 'optionKey', value: option.key ?? '', 'aria-label': t('rule.optionKey'), size: 3 }),
        h('input', { name: 'optionLabel', value: option.label ?? '', 'aria-label': t('rule.optionLabel') }),
        thenSelect, response, next,
        h('button', { type: 'button', class: 'link', onclick: () => item.remove() }, t('rule.removeOption')))));
    return item;
  }
  for (const option of options ?? []) rows.append(row(option));

  const element = groupField('menuOptions', t('rule.menuOptions'), rows,
    h('button', { type: 'button', class: 'secondary', id: 'rule-add-option', onclick: () => {
      rows.append(row());
      rows.lastChild.querySelector('input').focus();
    } }, t('rule.addOption')));

  return {
    element,
    value() {
      return [...rows.children].map((item, index) => {
        // Named by position now that rows may have been added or removed: menuOptions[2].key finds row 2.
        item.querySelector('.field').dataset.field = `menuOptions[${index}]`;
        const get = (name) => item.querySelector(`[name=${name}]`).value.trim();
        const option = { key: get('optionKey'), label: get('optionLabel') };
        switch (get('optionThen')) {
          case 'rule': return { ...option, next_rule_id: get('optionNextRule') || null };
          case 'forward': return { ...option, action: 'forward_to_cs', response: get('optionResponse') || null };
          default: return { ...option, response: get('optionResponse') || null };
        }
      });
    },
  };
}

/** Who a handover goes to (a team member who answers chats, or the queue) and why. */
export function routePart(rule, team) {
  const assignee = h('select', { name: 'routeToCsId', id: 'rule-routeToCsId' },
    h('option', { value: '' }, t('rule.routeQueue')));
  const condition = h('select', { name: 'routeCondition', id: 'rule-routeCondition' },
    h('option', { value: '' }, t('rule.routeNoReason')),
    ROUTE_CONDITIONS.map((value) => h('option', { value, selected: rule?.routeCondition === value }, t(`route.${value}`))));
  function members(list) {
    const known = list.some((member) => member.id === rule?.routeToCsId);
    mount(assignee,
      h('option', { value: '' }, t('rule.routeQueue')),
      list.map((member) => h('option', { value: member.id, selected: rule?.routeToCsId === member.id }, member.name)),
      // Someone no longer listed stays chosen until changed, so saving does not drop them silently.
      rule?.routeToCsId && !known ? h('option', { value: rule.routeToCsId, selected: true }, t('rule.routeUnknown')) : null);
  }
  members([]);
  team.then(members).catch(() => {});
  return {
    element: h('div', { class: 'rule-part route row' },
      field(t('rule.routeToCs'), assignee, t('rule.routeToCsHint')),
      field(t('rule.routeCondition'), condition, t('rule.routeConditionHint'))),
    value() {
      return { routeToCsId: assignee.value || null, routeCondition: condition.value || null };
    },
  };
}

/**
 * After showErrors: an error naming one input of a list item (a day's start, an option's label)
 * marks that input rather than the item's first one.
 */
export function markExactInputs(form, problem) {
  for (const { field: name } of problem?.errors ?? []) {
    let input = null;
    let match = /^workingHours\.schedule\.(\d)\.(start|end)$/.exec(name);
    if (match) input = form.querySelector(`#rule-schedule-${match[1]}-${match[2]}`);
    match = /^menuOptions\[(\d+)\]\.(\w+)$/.exec(name);
    if (match) {
      const inputName = { key: 'optionKey', label: 'optionLabel', response: 'optionResponse', next_rule_id: 'optionNextRule', action: 'optionThen' }[match[2]];
      input = form.querySelector(`.field[data-field="menuOptions[${match[1]}]"] [name="${inputName}"]`);
    }
    if (!input) continue;
    input.closest('.field').querySelector('[aria-invalid]')?.removeAttribute('aria-invalid');
    input.setAttribute('aria-invalid', 'true');
  }
}

/**
 * The server names list items and nested fields (keywords[2], menuOptions[0].next_rule_id,
 * workingHours.schedule.6.start); the editor shows them on the box that holds them.
 */
export function ruleErrors(problem) {
  if (!problem?.errors) return problem;
  return {
    ...problem,
    errors: problem.errors.map(({ field: name, message }) => {
      let match = /^keywords\[(\d+)\]$/.exec(name);
      if (match) return { field: 'keywords', message: `${t('rule.keywordNumber', { n: Number(match[1]) + 1 })}: ${message}` };
      match = /^(menuOptions\[\d+\])(?:\.(\w+))?$/.exec(name);
      if (match) return { field: match[1], message: match[2] ? `${t(OPTION_FIELDS[match[2]] ?? match[2])}: ${message}` : message };
      match = /^(workingHours\.schedule\.\d)(?:\.(start|end))?$/.exec(name);
      if (match) return { field: match[1], message: match[2] ? `${t(`rule.${match[2]}`)}: ${message}` : message };
      if (name.startsWith('workingHours.schedule')) return { field: 'workingHours.days', message };
      match = /^templateParameters\[(\d+)\]$/.exec(name);
      if (match) return { field: 'templateParameters', message: `{{${Number(match[1]) + 1}}}: ${message}` };
      if (name === 'templateLanguage') return { field: 'templateName', message };
      return { field: name, message };
    }),
  };
}
