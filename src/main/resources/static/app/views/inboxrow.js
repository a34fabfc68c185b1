// One row of the inbox list: who, when, what the customer last wrote, and the chat's state at a glance.
import { displayName } from '../customer.js';
import { h } from '../dom.js';
import { relativeTime, t } from '../i18n.js';

const SHOWN_TAGS = 3;

function initials(name) {
  return (name ?? '?').split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0].toUpperCase()).join('') || '?';
}

/**
 * What the row previews: the customer's last words (a bot's answer to them says nothing about what
 * they want), from the list's lastCustomerMessage or, for a conversation told by an event, its last
 * message when the customer wrote it.
 */
function customerWords(conversation) {
  if (conversation.lastCustomerMessage) return conversation.lastCustomerMessage.content ?? '';
  return conversation.lastMessage?.from === 'customer' ? conversation.lastMessage.content ?? '' : '';
}

/** Whoever answered last, when it was not the customer: the row says the customer is not waiting. */
function answeredBy(conversation) {
  const from = conversation.lastMessage?.from;
  if (!from || from === 'customer' || from === 'system') return null;
  return h('span', { class: 'answered', title: t(`inbox.answered.${from}`), 'aria-label': t(`inbox.answered.${from}`) }, '↩');
}

function chip(kind, value, label) {
  return h('span', { class: `chip-state ${kind} ${kind}-${value}` }, label);
}

/** Priority when it is not normal, status when the chat is not open, the mode, the assignee and the labels. */
function stateLine(conversation) {
  const chips = [];
  if (conversation.priority && conversation.priority !== 'normal') {
    chips.push(chip('priority', conversation.priority, t(`priority.${conversation.priority}`)));
  }
  if (conversation.status && conversation.status !== 'active') {
    chips.push(chip('status', conversation.status, t(`status.${conversation.status}`)));
  }
  if (conversation.mode) chips.push(chip('mode', conversation.mode, t(`mode.${conversation.mode}`)));
  const assignee = conversation.assignedCs?.name;
  chips.push(h('span', { class: `assignee${assignee ? '' : ' nobody'}` },
    assignee ?? (conversation.assignedCs?.id || conversation.assignedCsId ? t('inbox.assigned') : t('inbox.nobody'))));
  const tags = conversation.tags ?? [];
  for (const tag of tags.slice(0, SHOWN_TAGS)) chips.push(h('span', { class: 'label-tag' }, tag));
  if (tags.length > SHOWN_TAGS) chips.push(h('span', { class: 'label-tag more' }, `+${tags.length - SHOWN_TAGS}`));
  return h('span', { class: 'line state' }, chips);
}

/**
 * The row as a link into the chat. Only the open (else the first) row is in the tab order: the list
 * is one Tab stop, the arrow keys move inside it.
 */
export function conversationRow(conversation, { open, typing, tabbable }) {
  const unread = conversation.unreadCount ?? 0;
  const preview = typing ? t('inbox.typing') : customerWords(conversation);
  return h('li', { dataset: { id: conversation.id } },
    h('a', {
      href: `#/inbox/${conversation.id}`,
      class: `conversation${open ? ' open' : ''}${unread ? ' unread' : ''}`,
      'aria-current': open ? 'true' : null,
      tabindex: tabbable ? '0' : '-1',
    },
    h('span', { class: 'avatar', 'aria-hidden': 'true' }, initials(displayName(conversation))),
    h('span', { class: 'summary' },
      h('span', { class: 'line' },
        h('span', { class: 'name' }, displayName(conversation)),
        h('time', { class: 'when', datetime: conversation.lastMessage?.timestamp ?? '' }, relativeTime(conversation.lastMessage?.timestamp))),
      h('span', { class: 'line' },
        h('span', { class: `preview${typing ? ' typing' : ''}` }, typing ? null : answeredBy(conversation), preview),
        unread ? h('span', { class: 'badge', 'aria-label': t('inbox.unread', { n: unread }) }, String(unread)) : null),
      stateLine(conversation))));
}
