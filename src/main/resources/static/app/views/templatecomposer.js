// The composer once WhatsApp's 24-hour window is closed (Cloud API): only an approved template can
// be sent. Pick one, fill its parameters, see the message as the customer will, send.
import { api } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { t } from '../i18n.js';

const PLACEHOLDER = /\{\{\s*([^}]+?)\s*\}\}/g;

/** The placeholders of a text in the order they first appear: {{1}}, {{2}} or named ones. */
export function placeholders(text) {
  const names = [];
  for (const [, name] of (text ?? '').matchAll(PLACEHOLDER)) if (!names.includes(name)) names.push(name);
  return names;
}

/** The text with its placeholders filled in order (as the server renders it); unfilled ones stay as they are. */
export function render(text, values) {
  const names = placeholders(text);
  return (text ?? '').replace(PLACEHOLDER, (whole, name) => {
    const value = values[names.indexOf(name)];
    return value ? value : whole;
  });
}

/**
 * The kinds of parameters a template takes, each with its own inputs. An entry says how many
 * values a template needs, how its inputs are labelled, which field of the send request carries
 * them (and names them in the server's errors), how it puts them in the request (put(request,
 * values, template)), and what it adds to the preview. A template with
 * header or button parameters is one more entry here.
 */
export const PARAMETER_GROUPS = [
  {
    key: 'body',
    field: 'template.parameters',
    legend: () => t('template.bodyParameters'),
    count: (template) => template.parameterCount ?? 0,
    labels: (template) => placeholders(template.body),
    // A named template ({{first_name}}) takes its values by name, a positional one ({{1}}) in order.
    put: (request, values, template) => {
      if (template.parameterFormat === 'named') {
        request.namedParameters = Object.fromEntries(template.parameterNames.map((name, i) => [name, values[i]]));
      } else {
        request.parameters = values;
      }
    },
    preview: (template, values) => render(template.body, values),
  },
];

/**
 * onSent(sent, text): the message the server queued and the text it stands for.
 * Returns { element, show(), hide() }; the templates are read when it is first shown.
 */
export function templateComposer(conversationId, { onSent }) {
  let templates = null;
  let chosen = null;
  const values = {};

  const select = h('select', { id: 'template-name', name: 'template.name' });
  const groups = h('div', { class: 'template-parameters' });
  const preview = h('div', { class: 'template-preview', id: 'template-preview', 'aria-labelledby': 'template-preview-label' });
  const sendButton = h('button', { type: 'submit', class: 'primary', id: 'send-template' }, t('template.send'));
  const status = h('p', { class: 'muted', role: 'status' });
  const form = h('form', { class: 'template-form', novalidate: true, 'aria-label': t('template.title') },
    field(t('template.choose'), select),
    groups,
    h('p', { class: 'template-preview-label muted', id: 'template-preview-label' }, t('template.preview')),
    h('div', { class: 'template-send' }, preview, sendButton),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }));
  const element = h('section', { class: 'window-closed', id: 'window-closed', hidden: true, 'aria-labelledby': 'window-notice' },
    h('p', { class: 'notice window-notice', id: 'window-notice' }, t('chat.windowClosed')),
    status,
    form);

  function approved() {
    return (templates ?? []).filter((template) => template.status === 'approved');
  }

  function renderPreview() {
    if (!chosen) { mount(preview); return; }
    mount(preview, PARAMETER_GROUPS.map((group) => group.preview(chosen, values[group.key] ?? []))
      .filter(Boolean).map((text) => h('p', { class: 'text' }, text)));
  }

  function groupInputs(group) {
    const count = group.count(chosen);
    if (!count) return null;
    const labels = group.labels(chosen);
    values[group.key] = Array.from({ length: count }, (_, i) => values[group.key]?.[i] ?? '');
    // The server names the whole list in its errors: one error line for the group, read with each input.
    const errorId = `template-${group.key}-error`;
    return h('fieldset', { class: 'field', dataset: { field: group.field } },
      h('legend', {}, group.legend()),
      values[group.key].map((value, i) => {
        const id = `template-${group.key}-${i + 1}`;
        return h('div', { class: 'template-value' },
          h('label', { for: id }, t('template.parameter', { name: `{{${labels[i] ?? i + 1}}}` })),
          h('input', {
            id, name: id, value, required: true, 'aria-describedby': errorId,
            oninput: (event) => {
              values[group.key][i] = event.target.value;
              if (event.target.value.trim()) event.target.removeAttribute('aria-invalid');
              // Once every value is there, the "fill in every value" line has done its job.
              if (values[group.key].every((v) => v.trim())) document.getElementById(errorId).hidden = true;
              renderPreview();
            },
          }));
      }),
      h('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true }));
  }

  function choose() {
    chosen = approved()[Number(select.value)] ?? null;
    for (const key of Object.keys(values)) delete values[key];
    mount(groups, chosen ? PARAMETER_GROUPS.map(groupInputs) : null);
    showErrors(form, null);
    renderPreview();
  }

  async function load() {
    status.textContent = t('common.loading');
    try {
      templates = (await api.get('/api/whatsapp/templates')).data;
    } catch (problem) {
      status.textContent = t('common.error', { detail: problem.message });
      return;
    }
    const usable = approved();
    status.textContent = usable.length ? '' : t('template.none');
    form.hidden = !usable.length;
    mount(select, usable.map((template, index) =>
      h('option', { value: String(index) }, `${template.name} (${template.language})`)));
    choose();
  }

  select.addEventListener('change', choose);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!chosen) return;
    const template = { name: chosen.name, language: chosen.language };
    const given = Object.fromEntries(PARAMETER_GROUPS.map((group) =>
      [group.key, (values[group.key] ?? []).map((value) => value.trim())]));
    for (const group of PARAMETER_GROUPS) group.put(template, given[group.key], chosen);
    // WhatsApp refuses a template with an empty value: said on the group before asking.
    const empty = PARAMETER_GROUPS.filter((group) => given[group.key].some((value) => !value));
    if (empty.length) {
      showErrors(form, { errors: empty.map((group) => ({ field: group.field, message: t('template.fillAll') })) });
      // The empty inputs are the ones marked, the first of them focused.
      for (const input of groups.querySelectorAll('input')) {
        if (input.value.trim()) input.removeAttribute('aria-invalid'); else input.setAttribute('aria-invalid', 'true');
      }
      groups.querySelector('input[aria-invalid]')?.focus();
      return;
    }
    sendButton.disabled = true;
    try {
      const answer = await api.post('/api/messages/send', { conversationId, messageType: 'template', template });
      showErrors(form, null);
      const text = PARAMETER_GROUPS.map((group) => group.preview(chosen, given[group.key])).filter(Boolean).join('\n');
      onSent(answer.message, text);
      choose(); // empty again for the next one
    } catch (problem) {
      showErrors(form, problem.body);
    } finally {
      sendButton.disabled = false;
    }
  });

  return {
    element,
    show() {
      element.hidden = false;
      if (templates === null) load();
    },
    hide() {
      element.hidden = true;
    },
  };
}
