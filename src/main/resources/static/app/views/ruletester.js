// The auto-reply screen's test box: a customer message (and who the customer is) tried against the
// rules, with the answer and each rule's reason.
import { api } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { MESSAGE_TYPES, checkbox } from './rulefields.js';

export function testBox() {
  const message = h('input', { name: 'testMessage', id: 'ar-test-message', required: true });
  const at = h('input', { name: 'at', id: 'ar-test-at', type: 'datetime-local' });
  const result = h('div', { class: 'test-result', id: 'ar-test-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'card test-box', novalidate: true, 'aria-labelledby': 'test-title' },
    h('h2', { id: 'test-title' }, t('autoReply.test')),
    field(t('autoReply.testMessage'), message),
    h('div', { class: 'row' },
      field(t('autoReply.testAt'), at, t('autoReply.testAtHint')),
      h('div', { class: 'checks' }, checkbox('isFirstMessage', false, t('autoReply.firstMessage')),
        checkbox('hasOrderHistory', false, t('rule.hasOrderHistory')))),
    // What the rules' conditions look at, as this customer would have it.
    h('details', { class: 'rule-part' }, h('summary', {}, t('autoReply.testCustomer')),
      h('div', { class: 'row' },
        field(t('rule.customerTags'), h('input', { name: 'customerTags', id: 'ar-test-tags' }), t('rule.customerTagsHint')),
        field(t('autoReply.messageCount'), h('input', { name: 'messageCount', id: 'ar-test-count', type: 'number', min: 0 })),
        field(t('autoReply.messageType'), h('select', { name: 'messageType', id: 'ar-test-type' },
          MESSAGE_TYPES.map((type) => h('option', { value: type }, t(`kind.${type}`))))))),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('button', { type: 'submit', class: 'secondary', id: 'ar-test' }, t('autoReply.runTest')),
    result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const trial = await api.post('/api/auto-reply/test', {
        testMessage: message.value,
        at: at.value ? new Date(at.value).toISOString() : null,
        customerContext: {
          isFirstMessage: form.elements.namedItem('isFirstMessage').checked,
          hasOrderHistory: form.elements.namedItem('hasOrderHistory').checked,
          customerTags: form.elements.namedItem('customerTags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
          messageCount: form.elements.namedItem('messageCount').value === '' ? null : Number(form.elements.namedItem('messageCount').value),
          messageType: form.elements.namedItem('messageType').value,
        },
      });
      showErrors(form, null);
      mount(result,
        h('p', { class: trial.matched ? 'winner' : 'muted' }, trial.matched
          ? t('autoReply.answers', { names: trial.answers.map((answer) => answer.name).join(', ') })
          : t('autoReply.noAnswer')),
        trial.silenced ? h('p', { class: 'rule-hint' }, t('autoReply.silenced', { reason: trial.silenced })) : null,
        trial.answers.map((answer) => h('blockquote', { class: 'quote' }, h('strong', {}, answer.name), ': ', answer.response ?? t(`response.${answer.action}`))),
        h('ol', { class: 'verdicts', 'aria-label': t('autoReply.why') }, trial.rules.map((outcome) =>
          h('li', { class: outcome.fired ? 'fired' : '', dataset: { rule: outcome.name } },
            h('strong', {}, outcome.name), ` (${outcome.priority}) — `,
            outcome.fired ? t('autoReply.fires', { keyword: outcome.matchedKeyword ?? '' }) : (outcome.reason ?? '')))));
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });
  return form;
}
