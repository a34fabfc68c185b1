// What a rule answers, in a line of the rule list: the start of its message, a menu's first options,
// a handover to the team, or the quick reply or WhatsApp template it sends.
import { h } from '../dom.js';
import { t } from '../i18n.js';

const HANDOVERS = ['forward_to_cs', 'smart_route'];
const SHOWN_OPTIONS = 3;
const SHOWN_CHARACTERS = 140;

function start(text) {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS - 1)}…` : line;
}

function said(rule, quickReplies) {
  if (HANDOVERS.includes(rule.responseType)) {
    return [h('strong', {}, t('autoReply.handedOver')), rule.responseMessage ? ` · “${start(rule.responseMessage)}”` : ''];
  }
  if (rule.responseType === 'menu') {
    const options = (rule.menuOptions ?? []).slice(0, SHOWN_OPTIONS).map((option) => `${option.key} ${option.label}`);
    const more = (rule.menuOptions?.length ?? 0) > SHOWN_OPTIONS ? ' …' : '';
    return [h('strong', {}, t('autoReply.menu')), ' ', options.join(' · ') + more];
  }
  if (rule.responseType === 'template') {
    return rule.templateName
      ? t('autoReply.sendsTemplate', { name: rule.templateName })
      : t('autoReply.sendsQuickReply', { shortcut: quickReplies.get(rule.quickReplyId) ?? '' }).trim();
  }
  return rule.responseMessage ? `“${start(rule.responseMessage)}”` : '';
}

/**
 * @param quickReplies the shortcut of each quick reply by id, for a rule that sends one
 */
export function ruleReply(rule, quickReplies) {
  const content = said(rule, quickReplies);
  return h('p', { class: 'rule-reply', title: rule.responseMessage ?? null },
    h('span', { class: 'visually-hidden' }, `${t('autoReply.replies')} `), content);
}
