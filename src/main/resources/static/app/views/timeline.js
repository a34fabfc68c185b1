// A chat's timeline: the message bubbles with their ticks and the team's internal notes between them, in time order.
import { h, mount } from '../dom.js';
import { formatDateTime, formatTime, t } from '../i18n.js';
import { sendFailure } from '../failures.js';
import { icon } from '../icons.js';
import { body, senderLabel, snippet } from './messagebody.js';

const TICKS = { pending: '○', sent: '✓', delivered: '✓✓', read: '✓✓', failed: '⚠' };
const STATUS_ORDER = ['pending', 'sent', 'delivered', 'read'];

function when(item) {
  return item.sentAt ?? item.createdAt ?? '';
}

/** A note's text with the colleagues it names marked, so who was asked stands out. */
function noteText(note) {
  const names = (note.mentions ?? []).map((m) => m.name).filter(Boolean);
  if (!names.length) return note.content;
  const pattern = new RegExp(`(@(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))`, 'g');
  return note.content.split(pattern).map((part, i) => (i % 2 ? h('strong', { class: 'mention' }, part) : part));
}

function noteBubble(note) {
  return h('li', { class: 'bubble note', dataset: { id: note.id, note: '' } },
    h('p', { class: 'sender note-label' }, icon('lock', 14), ' ', t('chat.noteLabel'), ' · ', note.author?.name ?? '–'),
    h('p', { class: 'text note-text' }, noteText(note)),
    h('p', { class: 'meta' }, h('time', { datetime: note.createdAt, title: formatDateTime(note.createdAt) }, formatTime(note.createdAt))));
}

/**
 * @param onQuote   the Reply link of a bubble: quote that message
 * @param onRetry   the Retry link of a failed reply
 */
export function timeline({ onQuote, onRetry }) {
  const messages = new Map();
  const notes = new Map();
  // Notes older than the oldest message loaded wait until older messages are: the timeline has no gaps.
  let complete = false;
  const list = h('ol', { class: 'messages', 'aria-label': t('chat.messages'), 'aria-live': 'polite', 'aria-relevant': 'additions' });

  function tick(message) {
    if (message.senderType === 'customer' || !message.status) return null;
    const status = message.status;
    return h('span', { class: `tick ${status}`, title: t(`tick.${status}`), 'aria-label': t(`tick.${status}`), role: 'img' }, TICKS[status] ?? '');
  }

  function bubble(message) {
    const mine = message.senderType !== 'customer';
    const label = senderLabel(message);
    const quote = message.quotedMessageId
      ? h('blockquote', { class: 'quote' }, snippet(messages.get(message.quotedMessageId)))
      : null;
    const failed = message.status === 'failed'
      ? h('div', { class: 'failure' },
          h('span', {}, `${t('chat.failed')}${message.errorCode || message.errorMessage ? `: ${sendFailure(message.errorCode, message.errorMessage)}` : ''}`),
          h('button', { type: 'button', class: 'link retry', onclick: () => onRetry(message) }, t('chat.retry')))
      : null;
    return h('li', {
      class: `bubble ${mine ? 'out' : 'in'} ${message.senderType}`, dataset: { id: message.id, status: message.status ?? '' },
    },
    label ? h('p', { class: 'sender' }, label) : null,
    quote,
    body(message),
    h('p', { class: 'meta' },
      h('button', { type: 'button', class: 'link reply', onclick: () => onQuote(message) }, t('chat.reply')),
      h('time', { datetime: message.sentAt, title: formatDateTime(message.sentAt) }, formatTime(message.sentAt)),
      ' ', tick(message)),
    failed);
  }

  function render() {
    const shown = [...messages.values()];
    const oldest = shown.length ? when(shown[0]) : '';
    const placed = [...notes.values()].filter((note) => complete || note.createdAt >= oldest);
    // Messages keep the server's order; each note goes before the first message later than it.
    const items = [];
    let n = 0;
    placed.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const message of shown) {
      while (n < placed.length && placed[n].createdAt < when(message)) items.push(noteBubble(placed[n++]));
      items.push(bubble(message));
    }
    while (n < placed.length) items.push(noteBubble(placed[n++]));
    mount(list, items);
  }

  return {
    list,
    get: (id) => messages.get(id),
    has: (id) => messages.has(id),
    get size() { return messages.size; },
    firstId: () => messages.keys().next().value,
    all: () => [...messages.values()],
    /** The messages shown from the start (oldest first); hasMore: older ones exist on the server. */
    reset(all, hasMore) {
      messages.clear();
      for (const message of all) messages.set(message.id, message);
      complete = !hasMore;
      render();
    },
    /** Older messages loaded above the ones shown. */
    prepend(older, hasMore) {
      const all = [...older, ...messages.values()];
      this.reset(all, hasMore);
    },
    /** A message new or changed: redrawn in place, or added at the end. */
    upsert(message) {
      const existing = list.querySelector(`li[data-id="${CSS.escape(message.id)}"]:not([data-note])`);
      const merged = { ...messages.get(message.id), ...message };
      messages.set(message.id, merged);
      if (existing) existing.replaceWith(bubble(merged));
      else list.append(bubble(merged));
    },
    /** Ticks only move forward, whatever order the events arrive in. */
    statusChanged(messageId, status, errorCode, errorMessage) {
      if (!messages.has(messageId)) return;
      const current = messages.get(messageId).status;
      if (status !== 'failed' && STATUS_ORDER.indexOf(status) < STATUS_ORDER.indexOf(current)) return;
      this.upsert({ id: messageId, status, errorCode, errorMessage });
    },
    /** The conversation's notes, loaded with it. */
    setNotes(all) {
      for (const note of all) notes.set(note.id, note);
      render();
    },
    /** A note just written here or pushed by a colleague: the newest thing in the chat. */
    addNote(note) {
      if (notes.has(note.id)) return;
      notes.set(note.id, note);
      list.append(noteBubble(note));
    },
  };
}
