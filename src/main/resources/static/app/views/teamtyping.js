// Who in the team is writing in this conversation, so two people do not answer the customer at
// once: this composer's typing is told to the others (typing-start / typing-stop), theirs is shown
// by name above it (cs-typing).
import { h } from '../dom.js';
import { t } from '../i18n.js';
import * as realtime from '../realtime.js';

/** A typing-start is repeated this often while typing, and a stop sent after IDLE without a key. */
const REPEAT = 4000;
const IDLE = 5000;
/** A colleague not heard from for this long is no longer shown (their tab may have closed mid-sentence). */
const FORGET = 12000;

export function teamTyping(conversationId) {
  const element = h('p', { class: 'team-typing', id: 'team-typing', 'aria-live': 'polite' });
  const colleagues = new Map();
  let sentAt = 0;
  let idle = null;

  function stop() {
    clearTimeout(idle);
    if (!sentAt) return;
    sentAt = 0;
    realtime.emit('messages', 'typing-stop', { conversationId });
  }

  function render() {
    const names = [...colleagues.values()].map((entry) => entry.name);
    element.textContent = names.length
      ? t(names.length > 1 ? 'chat.teamTypingMany' : 'chat.teamTyping', { names: names.join(', ') }) : '';
  }

  const off = realtime.on('cs-typing', ({ conversationId: id, userId, name, isTyping }) => {
    if (id !== conversationId) return;
    clearTimeout(colleagues.get(userId)?.timer);
    if (isTyping) {
      const timer = setTimeout(() => { colleagues.delete(userId); render(); }, FORGET);
      colleagues.set(userId, { name: name || t('chat.colleague'), timer });
    } else {
      colleagues.delete(userId);
    }
    render();
  });

  return {
    element,
    /** The composer's text changed. */
    typing(text) {
      clearTimeout(idle);
      if (!text.trim()) { stop(); return; }
      if (Date.now() - sentAt > REPEAT) {
        sentAt = Date.now();
        realtime.emit('messages', 'typing-start', { conversationId });
      }
      idle = setTimeout(stop, IDLE);
    },
    stop,
    close() {
      stop();
      off();
      for (const entry of colleagues.values()) clearTimeout(entry.timer);
    },
  };
}
