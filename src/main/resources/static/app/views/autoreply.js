// Auto-reply: the rules with their switches and statistics, an editor per trigger type, and a test box.
import { api, can } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { formatDateTime, relativeTime, t } from '../i18n.js';
import { checkbox, conditionsPart, hoursPart, markExactInputs, menuPart, routePart, ruleErrors } from './rulefields.js';
import { ruleProblems } from './rulechecks.js';
import { ruleReply } from './rulereply.js';
import { testBox } from './ruletester.js';

const TRIGGERS = ['welcome', 'keyword', 'time_based', 'pattern', 'menu_selection'];
const MATCHES = ['contains', 'exact', 'starts_with', 'ends_with', 'regex'];
const RESPONSES = ['text', 'menu', 'forward_to_cs', 'smart_route', 'template'];
const HANDOVERS = ['forward_to_cs', 'smart_route'];
const ANSWERING_ROLES = ['owner', 'admin', 'supervisor', 'operator'];

function number(value) {
  return value === '' || value == null ? null : Number(value);
}

/** The team members a handover may name: those who answer chats. */
let teamAnswer = null;
function answeringTeam() {
  teamAnswer ??= api.get('/api/cs-operators')
    .then((answer) => answer.operators.filter((member) => member.activated !== false && ANSWERING_ROLES.includes(member.role)))
    .catch((problem) => { teamAnswer = null; throw problem; });
  return teamAnswer;
}

/** A checkbox with a line saying what ticking it does. */
function hintedCheck(name, checked, label, hint) {
  const hintId = `rule-${name}-hint`;
  return h('div', { class: 'check-field' },
    checkbox(name, checked, label, { id: `rule-${name}`, 'aria-describedby': hintId }),
    h('p', { class: 'field-hint', id: hintId }, hint));
}

function editor(rule, { rules, onSaved, onCancel }) {
  const draft = rule ?? { triggerType: 'keyword', matchType: 'contains', wholeWord: true, responseType: 'text',
    priority: 50, delaySeconds: 0, isActive: true, keywords: [], menuOptions: [] };
  const input = (name, attrs = {}) => h('input', { name, id: `rule-${name.replace('.', '-')}`, ...attrs });

  const trigger = h('select', { name: 'triggerType', id: 'rule-triggerType' },
    TRIGGERS.map((value) => h('option', { value, selected: draft.triggerType === value }, t(`trigger.${value}`))));
  const response = h('select', { name: 'responseType', id: 'rule-responseType' },
    RESPONSES.map((value) => h('option', { value, selected: (draft.responseType ?? 'text') === value }, t(`response.${value}`))));

  const hours = hoursPart(draft.workingHours);
  const conditions = conditionsPart(draft.conditions);
  const menu = menuPart(draft.menuOptions, { rules, selfId: rule?.id });
  const route = routePart(draft, answeringTeam());

  // A template response sends a team quick reply or an approved WhatsApp template (with its values).
  const templateSource = h('select', { name: 'templateSource', id: 'rule-templateSource' },
    h('option', { value: 'quickReply', selected: !draft.templateName }, t('ruleTemplate.quickReply')),
    h('option', { value: 'whatsapp', selected: !!draft.templateName }, t('ruleTemplate.whatsapp')));
  const quickReplySelect = h('select', { name: 'quickReplyId', id: 'rule-quickReplyId' },
    h('option', { value: '' }, t('ruleTemplate.choose')));
  const templateSelect = h('select', { name: 'templateName', id: 'rule-templateName' },
    h('option', { value: '' }, t('ruleTemplate.choose')));
  const quickReplyField = field(t('ruleTemplate.quickReplyId'), quickReplySelect, t('ruleTemplate.quickReplyIdHint'));
  const whatsAppFields = h('div', {},
    field(t('ruleTemplate.templateName'), templateSelect, t('ruleTemplate.templateNameHint')),
    field(t('ruleTemplate.parameters'), h('textarea', { name: 'templateParameters', id: 'rule-templateParameters', rows: 2,
      value: (draft.templateParameters ?? []).join('\n') }),
    t('ruleTemplate.parametersHint', { numbers: '{{1}}, {{2}} …', vars: '{{name}}, {{first_name}}, {{business_name}}' })));
  const templateSection = h('div', { class: 'template-fields' },
    field(t('ruleTemplate.source'), templateSource, t('ruleTemplate.sourceHint')), quickReplyField, whatsAppFields);
  api.get('/api/quick-replies').then((answer) => {
    for (const reply of answer.quickReplies.filter((q) => q.isGlobal && q.isActive)) {
      quickReplySelect.append(h('option', { value: reply.id, selected: reply.id === draft.quickReplyId },
        `${reply.shortcut} — ${reply.title}`));
    }
  }).catch(() => {});
  api.get('/api/whatsapp/templates').then((answer) => {
    for (const template of answer.data.filter((x) => x.status === 'approved')) {
      templateSelect.append(h('option', { value: `${template.name}|${template.language}`,
        selected: template.name === draft.templateName && template.language === draft.templateLanguage },
      `${template.name} (${template.language})`));
    }
  }).catch(() => {});

  const sections = {
    keyword: h('div', { class: 'trigger-fields' },
      h('div', { class: 'row' },
        field(t('rule.keywords'), input('keywords', { value: (draft.keywords ?? []).join(', ') }), t('rule.keywordsHint')),
        field(t('rule.matchType'), h('select', { name: 'matchType', id: 'rule-matchType' },
          MATCHES.map((value) => h('option', { value, selected: (draft.matchType ?? 'contains') === value }, t(`match.${value}`)))),
        t('rule.matchTypeHint'))),
      h('div', { class: 'checks' }, checkbox('wholeWord', draft.wholeWord, t('rule.wholeWord')),
        checkbox('caseSensitive', draft.caseSensitive, t('rule.caseSensitive')))),
    pattern: h('div', { class: 'trigger-fields' },
      field(t('rule.regexPattern'), input('regexPattern', { value: draft.regexPattern ?? '' }), t('rule.regexHint'))),
    welcome: h('div', { class: 'trigger-fields' },
      field(t('rule.welcomeAfterDays'), input('welcomeAfterDays', { type: 'number', min: 1, max: 365, value: draft.welcomeAfterDays ?? '' }),
        t('rule.welcomeAfterDaysHint'))),
    time_based: h('div', { class: 'trigger-fields' },
      // Without hours of its own the rule follows the business hours kept with the tenant.
      h('div', { class: 'checks' }, checkbox('useBusinessHours', rule ? !draft.workingHours : false, t('rule.useBusinessHours'))),
      hours.element),
    menu_selection: h('div', { class: 'trigger-fields' }, h('p', { class: 'field-hint' }, t('rule.menuSelectionHint'))),
  };

  // Label above input on one grid; the fields that belong together side by side (stacked on a phone).
  const form = h('form', { class: 'card rule-editor', novalidate: true, 'aria-labelledby': 'rule-editor-title' },
    h('h2', { id: 'rule-editor-title' }, rule ? t('rule.edit', { name: rule.name }) : t('rule.new')),
    h('div', { class: 'row' },
      field(t('rule.name'), input('name', { value: draft.name ?? '', required: true }), t('rule.nameHint')),
      field(t('rule.trigger'), trigger, t('rule.triggerHint'))),
    field(t('rule.description'), h('textarea', { name: 'description', id: 'rule-description', rows: 2, value: draft.description ?? '' }),
      t('rule.descriptionHint')),
    Object.values(sections),
    conditions.element,
    field(t('rule.response'), response, t('rule.responseHint')),
    field(t('rule.message'), h('textarea', { name: 'responseMessage', id: 'rule-responseMessage', rows: 3, value: draft.responseMessage ?? '' }),
      t('rule.messageHint', { vars: '{{name}}, {{phone}}, {{business_name}}' })),
    menu.element,
    route.element,
    templateSection,
    h('fieldset', { class: 'rule-part rule-timing' },
      h('legend', {}, t('rule.timing')),
      h('div', { class: 'row' },
        field(t('rule.priority'), input('priority', { type: 'number', min: 0, max: 100, value: draft.priority ?? 50 }), t('rule.priorityHint')),
        field(t('rule.delay'), input('delaySeconds', { type: 'number', min: 0, max: 60, value: draft.delaySeconds ?? 0 }), t('rule.delayHint'))),
      h('div', { class: 'row' },
        field(t('rule.cooldown'), input('cooldownMinutes', { type: 'number', min: 0, max: 10080, value: draft.cooldownMinutes ?? '' }),
          t('rule.cooldownHint')),
        field(t('rule.dailyCap'), input('maxTriggersPerDay', { type: 'number', min: 1, max: 1000, value: draft.maxTriggersPerDay ?? '' }),
          t('rule.dailyCapHint'))),
      hintedCheck('continueToNext', draft.continueToNext, t('rule.continueToNext'), t('rule.continueToNextHint')),
      hintedCheck('isActive', draft.isActive ?? true, t('rule.active'), t('rule.activeHint'))),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'save-rule' }, t('panel.save')),
      h('button', { type: 'button', class: 'secondary', onclick: onCancel }, t('quick.cancel'))));

  function showTrigger() {
    for (const [type, section] of Object.entries(sections)) section.hidden = type !== trigger.value;
    menu.element.hidden = response.value !== 'menu';
    route.element.hidden = !HANDOVERS.includes(response.value);
    templateSection.hidden = response.value !== 'template';
    quickReplyField.hidden = templateSource.value !== 'quickReply';
    whatsAppFields.hidden = templateSource.value !== 'whatsapp';
  }
  function showHours() {
    // Leaves the rule's own hours as they were, only out of use.
    hours.element.hidden = form.elements.namedItem('useBusinessHours').checked;
  }
  form.elements.namedItem('useBusinessHours').addEventListener('change', showHours);
  showHours();
  trigger.addEventListener('change', showTrigger);
  response.addEventListener('change', showTrigger);
  templateSource.addEventListener('change', showTrigger);
  showTrigger();

  function value(name) {
    return form.elements.namedItem(name)?.value ?? '';
  }
  function checked(name) {
    return !!form.elements.namedItem(name)?.checked;
  }

  function body() {
    const type = trigger.value;
    const handover = HANDOVERS.includes(response.value);
    const sends = response.value === 'template' ? templateSource.value : null;
    const [templateName, templateLanguage] = sends === 'whatsapp' && templateSelect.value ? templateSelect.value.split('|') : [null, null];
    return {
      name: value('name').trim(),
      description: value('description').trim() || null,
      triggerType: type,
      keywords: type === 'keyword' ? value('keywords').split(',').map((word) => word.trim()).filter(Boolean) : [],
      matchType: type === 'keyword' ? value('matchType') : null,
      wholeWord: type === 'keyword' ? checked('wholeWord') : null,
      caseSensitive: type === 'keyword' ? checked('caseSensitive') : null,
      regexPattern: type === 'pattern' ? value('regexPattern') : null,
      welcomeAfterDays: type === 'welcome' ? number(value('welcomeAfterDays')) : null,
      workingHours: type === 'time_based' && !checked('useBusinessHours') ? hours.value() : null,
      conditions: conditions.value(),
      responseType: response.value,
      responseMessage: value('responseMessage') || null,
      responseTemplate: rule?.responseTemplate ?? null,
      menuOptions: response.value === 'menu' ? menu.value() : [],
      routeToCsId: handover ? route.value().routeToCsId : null,
      routeCondition: handover ? route.value().routeCondition : null,
      priority: number(value('priority')),
      continueToNext: checked('continueToNext'),
      cooldownMinutes: number(value('cooldownMinutes')),
      maxTriggersPerDay: number(value('maxTriggersPerDay')),
      delaySeconds: number(value('delaySeconds')),
      isActive: checked('isActive'),
      quickReplyId: sends === 'quickReply' ? (quickReplySelect.value || null) : null,
      templateName: sends === 'whatsapp' ? (templateName ?? '') : null,
      templateLanguage,
      templateParameters: sends === 'whatsapp'
        ? value('templateParameters').split('\n').map((line) => line.trim()).filter(Boolean) : [],
    };
  }

  /** The browser's findings and the server's are shown alike. */
  function show(problem) {
    const shown = ruleErrors(problem);
    // "Name a quick reply or a template" belongs under whichever of the two is on screen.
    if (shown?.errors && response.value === 'template' && templateSource.value === 'quickReply') {
      shown.errors = shown.errors.map((error) => (error.field === 'templateName' ? { ...error, field: 'quickReplyId' } : error));
    }
    showErrors(form, shown);
    markExactInputs(form, problem);
    // An error inside a folded part unfolds it, and the first invalid input gets the focus.
    for (const part of form.querySelectorAll('details')) {
      if (part.querySelector('.field-error:not([hidden])')) part.open = true;
    }
    form.querySelector('[aria-invalid="true"]')?.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sent = body();
    const found = ruleProblems(sent, form);
    if (found) { show(found); return; }
    try {
      const answer = rule
        ? await api.put(`/api/auto-reply/rules/${rule.id}`, sent)
        : await api.post('/api/auto-reply/rules', sent);
      onSaved(answer.rule);
    } catch (problem) {
      show(problem.body);
    }
  });
  return form;
}

export function autoReplyView(main) {
  const mayWrite = can('manage_rules');
  const list = h('ul', { class: 'rules', 'aria-label': t('autoReply.rules') });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const editorSlot = h('div');
  let rules = [];
  let quickReplyShortcuts = new Map();

  function openEditor(rule = null) {
    mount(editorSlot, editor(rule, {
      rules,
      onSaved: (saved) => { mount(editorSlot); status.textContent = t('autoReply.saved', { name: saved.name }); load(); },
      onCancel: () => mount(editorSlot),
    }));
    editorSlot.querySelector('input')?.focus();
  }

  async function act(request) {
    try {
      await request();
      await load();
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function item(rule) {
    // A preset still holding its [example] cannot answer customers: the server refuses to switch it on.
    const hintId = `rule-hint-${rule.id}`;
    const toggle = h('input', { type: 'checkbox', role: 'switch', checked: rule.isActive,
      disabled: !mayWrite || (rule.needsOwnText && !rule.isActive),
      'aria-label': t('autoReply.activeNamed', { name: rule.name }),
      'aria-describedby': rule.needsOwnText ? hintId : null,
      onchange: () => act(() => api.patch(`/api/auto-reply/rules/${rule.id}/toggle`)) });
    return h('li', { class: `rule card${rule.isActive ? '' : ' off'}`, dataset: { id: rule.id, name: rule.name } },
      h('div', { class: 'rule-main' },
        // The shop's own words (a preset's name is written in the business's language): not the app's labels.
        h('strong', { translate: 'no' }, rule.name),
        h('p', { class: 'muted' }, t(`trigger.${rule.triggerType}`), ' · ', t('autoReply.priority', { n: rule.priority }),
          rule.keywords?.length ? ` · ${rule.keywords.join(', ')}` : ''),
        ruleReply(rule, quickReplyShortcuts),
        rule.needsOwnText ? h('p', { class: 'rule-hint', id: hintId }, t('autoReply.needsOwnText')) : null,
        h('p', { class: 'muted rule-stats' },
          t('autoReply.triggered', { n: rule.totalTriggered }),
          rule.lastTriggeredAt ? h('span', {}, ' · ', t('autoReply.lastTriggered', { when: '' }),
            h('time', { datetime: rule.lastTriggeredAt, title: formatDateTime(rule.lastTriggeredAt) }, relativeTime(rule.lastTriggeredAt))) : null)),
      h('div', { class: 'actions' },
        h('label', { class: 'switch inline' }, toggle, h('span', { 'aria-hidden': 'true' }, rule.isActive ? t('autoReply.on') : t('autoReply.off'))),
        mayWrite ? h('button', { type: 'button', class: 'secondary', onclick: () => openEditor(rule) },
          t('quick.editButton'), h('span', { class: 'visually-hidden', translate: 'no' }, ` ${rule.name}`)) : null,
        mayWrite ? h('button', { type: 'button', class: 'danger', onclick: () => {
          if (window.confirm(t('autoReply.confirmDelete', { name: rule.name }))) act(() => api.delete(`/api/auto-reply/rules/${rule.id}`));
        } }, t('team.remove'), h('span', { class: 'visually-hidden', translate: 'no' }, ` ${rule.name}`)) : null));
  }

  async function load() {
    try {
      rules = (await api.get('/api/auto-reply/rules')).rules;
      // A rule sending a quick reply is shown by its shortcut.
      if (rules.some((rule) => rule.quickReplyId)) {
        const answer = await api.get('/api/quick-replies?includeInactive=true').catch(() => ({ quickReplies: [] }));
        quickReplyShortcuts = new Map(answer.quickReplies.map((reply) => [reply.id, reply.shortcut]));
      }
      mount(list, rules.map(item));
      if (status.textContent === t('common.loading')) status.textContent = rules.length ? '' : t('autoReply.empty');
    } catch (problem) {
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  mount(main, h('div', { class: 'page auto-reply' },
    h('h1', {}, t('autoReply.title')),
    h('p', { class: 'muted' }, t('autoReply.intro')),
    testBox(),
    h('div', { class: 'section-head' },
      h('h2', {}, t('autoReply.rules')),
      mayWrite ? h('button', { type: 'button', class: 'primary', id: 'new-rule', onclick: () => openEditor() }, t('rule.new')) : null),
    editorSlot, status, list));
  load();
}
