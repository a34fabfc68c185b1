// The text of each notice type (the business's own or Sapa's default) and the approved WhatsApp
// template it goes as outside the 24-hour window: read and previewed by all, written by managers.
import { api } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { typeName } from './noticetypes.js';

const PATH = '/api/notifications/templates';

/**
 * An unknown variable is told in the caller's language in the detail, with the variables the type
 * has; the errors[] entry only names the field. One error: its field shows the detail.
 */
function templateErrors(problem) {
  const errors = problem?.errors;
  if (errors?.length !== 1 || !problem.detail || problem.detail.startsWith(`${errors[0].field}:`)) return problem;
  return { ...problem, errors: [{ field: errors[0].field, message: problem.detail }] };
}

function previewBox() {
  return h('div', { class: 'template-preview-box', 'aria-live': 'polite' });
}

function showPreview(box, text) {
  mount(box, h('p', { class: 'template-preview-label muted' }, t('noticeTemplates.previewTitle')),
    h('div', { class: 'template-preview' }, h('p', { class: 'text' }, text)));
}

export function templatesPanel({ manager }) {
  const list = h('ul', { class: 'notice-templates', id: 'notice-templates', 'aria-label': t('notices.tab.templates') });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const items = new Map(); // type → its li

  function say(text) {
    status.hidden = false;
    status.textContent = text;
  }

  async function preview(type, text, box, form) {
    try {
      const answer = await api.post(`${PATH}/${type}/preview`, { text });
      if (form) showErrors(form, null);
      showPreview(box, answer.text);
    } catch (problem) {
      mount(box);
      if (form) showErrors(form, templateErrors(problem.body));
      else say(t('common.error', { detail: problem.message }));
    }
  }

  function card(template) {
    const { type, whatsApp } = template;
    const box = previewBox();
    return [
      h('div', { class: 'notice-head' },
        h('h3', {}, typeName(type)),
        h('span', { class: 'tag' }, template.custom ? t('noticeTemplates.custom') : t('noticeTemplates.default'))),
      h('p', { class: 'notice-text' }, template.text),
      h('p', { class: 'muted' }, whatsApp
        ? [t('noticeTemplates.whatsApp', { name: whatsApp.name, language: whatsApp.language }),
            whatsApp.parameters.length ? ` · ${t('noticeTemplates.parameters', { list: whatsApp.parameters.join(', ') })}` : '']
        : t('noticeTemplates.noWhatsApp')),
      box,
      h('div', { class: 'actions' },
        manager ? h('button', { type: 'button', class: 'secondary template-edit', onclick: () => edit(template) },
          t('noticeTemplates.edit'), h('span', { class: 'visually-hidden' }, ` ${typeName(type)}`)) : null,
        h('button', { type: 'button', class: 'secondary template-preview-button', onclick: () => preview(type, null, box) },
          t('noticeTemplates.preview'), h('span', { class: 'visually-hidden' }, ` ${typeName(type)}`))),
    ];
  }

  function show(template) {
    mount(items.get(template.type), card(template));
  }

  function edit(template) {
    const { type, whatsApp } = template;
    const id = (name) => `tpl-${type}-${name}`;
    const text = h('textarea', { name: 'text', id: id('text'), rows: 5, value: template.text });
    const waName = h('input', { name: 'whatsApp.name', id: id('wa-name'), autocomplete: 'off', value: whatsApp?.name ?? '' });
    const waLanguage = h('input', { name: 'whatsApp.language', id: id('wa-language'), autocomplete: 'off', value: whatsApp?.language ?? '', placeholder: 'id' });
    const waParameters = h('input', { name: 'whatsApp.parameters', id: id('wa-parameters'), autocomplete: 'off',
      value: (whatsApp?.parameters ?? []).join(', ') });
    const box = previewBox();
    const insert = (variable) => {
      text.setRangeText(`{{${variable}}}`, text.selectionStart, text.selectionEnd, 'end');
      text.focus();
    };

    function body() {
      const name = waName.value.trim();
      const language = waLanguage.value.trim();
      const parameters = waParameters.value.split(',').map((part) => part.trim()).filter(Boolean);
      return { text: text.value, whatsApp: name || language || parameters.length ? { name, language, parameters } : null };
    }

    const form = h('form', { class: 'template-editor', novalidate: true, 'aria-labelledby': id('title') },
      h('h3', { id: id('title') }, t('noticeTemplates.editTitle', { type: typeName(type) })),
      field(t('noticeTemplates.text'), text, t('noticeTemplates.textHint')),
      h('div', { class: 'variables', role: 'group', 'aria-label': t('noticeTemplates.variables') },
        template.variables.map((variable) => h('button', { type: 'button', class: 'variable', onclick: () => insert(variable) }, `{{${variable}}}`))),
      h('fieldset', { class: 'template-whatsapp' },
        h('legend', {}, t('noticeTemplates.waLegend')),
        field(t('noticeTemplates.waName'), waName, t('noticeTemplates.waNameHint')),
        field(t('noticeTemplates.waLanguage'), waLanguage),
        field(t('noticeTemplates.waParameters'), waParameters, t('noticeTemplates.waParametersHint', { numbers: '{{1}}, {{2}} …' }))),
      h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
      box,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', id: id('save') }, t('panel.save')),
        h('button', { type: 'button', class: 'secondary', id: id('preview'), onclick: () => preview(type, text.value, box, form) },
          t('noticeTemplates.preview')),
        template.custom || whatsApp ? h('button', { type: 'button', class: 'danger', id: id('reset'), onclick: reset }, t('noticeTemplates.reset')) : null,
        h('button', { type: 'button', class: 'secondary', onclick: () => { show(template); items.get(type).querySelector('.template-edit')?.focus(); } },
          t('quick.cancel'))));

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        show(await api.put(`${PATH}/${type}`, body()));
        say(t('noticeTemplates.saved', { type: typeName(type) }));
      } catch (problem) {
        showErrors(form, templateErrors(problem.body));
      }
    });

    async function reset() {
      if (!window.confirm(t('noticeTemplates.confirmReset', { type: typeName(type) }))) return;
      try {
        show(await api.delete(`${PATH}/${type}`));
        say(t('noticeTemplates.wasReset', { type: typeName(type) }));
      } catch (problem) {
        showErrors(form, problem.body);
      }
    }

    mount(items.get(type), form);
    text.focus();
  }

  async function load() {
    try {
      const templates = await api.get(PATH);
      mount(list, templates.map((template) => {
        const item = h('li', { class: 'notice-template card', dataset: { type: template.type } });
        items.set(template.type, item);
        mount(item, card(template));
        return item;
      }));
      status.textContent = '';
      status.hidden = true;
    } catch (problem) {
      say(t('common.error', { detail: problem.message }));
    }
  }

  load();
  return {
    element: h('section', { class: 'templates-panel', 'aria-label': t('notices.tab.templates') },
      h('p', { class: 'muted' }, t('noticeTemplates.intro')),
      manager ? null : h('p', { class: 'notice' }, t('noticeTemplates.readOnly')),
      status, list),
  };
}
