// The quick-reply editor: shortcut, title, message, category (as typed) and whether it is on.
import { api } from '../api.js';
import { field, h, showErrors } from '../dom.js';
import { t } from '../i18n.js';

// As the server's ExampleText: a starter's "[tulis …]" is the shop's to replace before it is switched on.
const EXAMPLE_TEXT = /\[(?:tulis|write) [^\]]*]/i;

export function holdsExampleText(text) {
  return EXAMPLE_TEXT.test(text ?? '');
}

/**
 * The checks the server makes too, made first so a mistake is shown at once; in the server's
 * problem+json shape, for showErrors. Null when the browser finds nothing wrong.
 */
function problems(body) {
  const errors = [];
  if (!/^\/?[\p{L}\p{N}_-]{1,49}$/u.test(body.shortcut.trim())) errors.push({ field: 'shortcut', message: t('quick.check.shortcut') });
  if (!body.title.trim()) errors.push({ field: 'title', message: t('check.required') });
  if (!body.message.trim()) errors.push({ field: 'message', message: t('check.required') });
  else if (body.isActive && holdsExampleText(body.message)) errors.push({ field: 'message', message: t('quick.check.exampleText') });
  return errors.length ? { detail: errors[0].message, errors } : null;
}

/**
 * @param reply the quick reply to change, or null for a new one
 * @param categories the spellings already in use, offered while typing so one category keeps one spelling
 */
export function quickReplyForm(reply, { categories, onSaved, onCancel }) {
  const active = h('input', { type: 'checkbox', name: 'isActive', id: 'quick-active', checked: reply ? reply.isActive : true });
  const form = h('form', { class: 'card quick-reply-form', novalidate: true, 'aria-labelledby': 'quick-form-title' },
    h('h2', { id: 'quick-form-title' }, reply ? t('quick.edit', { shortcut: reply.shortcut }) : t('quick.new')),
    h('div', { class: 'row' },
      field(t('quick.shortcut'), h('input', { name: 'shortcut', id: 'quick-shortcut', value: reply?.shortcut ?? '/', required: true,
        autocapitalize: 'off', autocomplete: 'off' }), t('quick.shortcutHint')),
      field(t('quick.titleField'), h('input', { name: 'title', id: 'quick-title', value: reply?.title ?? '', required: true }),
        t('quick.titleHint')),
      field(t('quick.category'), h('input', { name: 'category', id: 'quick-category', value: reply?.category ?? '', list: 'quick-categories',
        autocomplete: 'off' }), t('quick.categoryHint'))),
    h('datalist', { id: 'quick-categories' }, categories.map((category) => h('option', { value: category }))),
    field(t('quick.message'), h('textarea', { name: 'message', id: 'quick-message', rows: 4, value: reply?.message ?? '', required: true }),
      t('quick.messageHint', { name: '{{name}}', phone: '{{phone}}' })),
    h('div', { class: 'checks' }, h('label', { class: 'check inline', for: active.id }, active, t('quick.active'))),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'save-quick-reply' }, t('panel.save')),
      h('button', { type: 'button', class: 'secondary', onclick: onCancel }, t('quick.cancel'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => form.elements.namedItem(name).value;
    const body = { shortcut: value('shortcut'), title: value('title'), message: value('message'),
      category: value('category').trim() || null, isActive: active.checked };
    const found = problems(body);
    if (found) { showErrors(form, found); return; }
    try {
      const answer = reply ? await api.put(`/api/quick-replies/${reply.id}`, body) : await api.post('/api/quick-replies', body);
      onSaved(answer.quickReply);
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });
  return form;
}
