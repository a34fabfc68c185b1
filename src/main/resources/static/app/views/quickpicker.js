// The composer's quick replies: typing "/" lists the matching ones; arrows move, Enter sends, Tab inserts.
// On a touch screen a tap inserts: a finger slips easily, and a customer must not get the wrong answer.
import { api, query } from '../api.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';

/** A "/shortcut" being typed: the whole text, one word, starting with a slash. */
function typedShortcut(text) {
  return /^\/\S*$/.test(text) ? text : null;
}

/** A phone or tablet, where a tap is all there is and a mistaken one cannot be taken back. */
function touchScreen() {
  return window.matchMedia('(pointer: coarse)').matches;
}

/**
 * Wires the quick-reply list to the composer's textarea (an ARIA combobox). onSend(reply) sends it as
 * it is (with its quickReplyId); onInsert(reply) puts its text in the composer to be edited first.
 */
export function quickReplyPicker(textarea, { onSend, onInsert }) {
  const list = h('ul', { class: 'quick-replies', id: 'quick-replies', role: 'listbox', 'aria-label': t('quick.title'), hidden: true });
  const hint = h('p', { class: 'quick-hint muted', id: 'quick-hint', hidden: true });
  let replies = [];
  let active = 0;
  let timer = null;
  let asked = 0;

  textarea.setAttribute('role', 'combobox');
  textarea.setAttribute('aria-autocomplete', 'list');
  textarea.setAttribute('aria-controls', list.id);
  textarea.setAttribute('aria-expanded', 'false');

  function close() {
    replies = [];
    list.hidden = true;
    hint.hidden = true;
    textarea.setAttribute('aria-expanded', 'false');
    textarea.removeAttribute('aria-activedescendant');
  }

  function render() {
    if (!replies.length) { close(); return; }
    mount(list, replies.map((reply, index) => h('li', {
      id: `quick-reply-${index}`, role: 'option', class: 'quick-reply', 'aria-selected': String(index === active),
      dataset: { shortcut: reply.shortcut },
      onmousedown: (event) => event.preventDefault(), // keeps the focus in the composer
      onclick: () => choose(index, touchScreen() ? onInsert : onSend),
    }, h('strong', {}, reply.shortcut), ' ', h('span', { class: 'quick-title' }, reply.title ?? ''),
    h('span', { class: 'quick-message muted' }, reply.message))));
    list.hidden = false;
    hint.textContent = touchScreen() ? t('quick.touchHint') : t('quick.hint');
    hint.hidden = false;
    textarea.setAttribute('aria-expanded', 'true');
    textarea.setAttribute('aria-activedescendant', `quick-reply-${active}`);
    list.children[active]?.scrollIntoView({ block: 'nearest' });
  }

  function choose(index, action) {
    const reply = replies[index];
    close();
    if (reply) action(reply);
  }

  async function search(shortcut) {
    const ticket = ++asked;
    try {
      const answer = await api.get(`/api/quick-replies${query({ search: shortcut === '/' ? null : shortcut })}`);
      if (ticket !== asked || typedShortcut(textarea.value) !== shortcut) return;
      replies = answer.quickReplies.slice(0, 8);
      active = 0;
      render();
    } catch {
      close();
    }
  }

  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    const shortcut = typedShortcut(textarea.value);
    if (!shortcut) { close(); return; }
    timer = setTimeout(() => search(shortcut), 120);
  });
  // Registered before the composer's own Enter handler, so an open list takes the key first.
  textarea.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : replies.length - 1)) % replies.length;
      render();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      event.stopImmediatePropagation();
      choose(active, onSend);
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      choose(active, onInsert);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  textarea.addEventListener('blur', () => setTimeout(close, 150));

  return { element: h('div', { class: 'quick-picker' }, list, hint), close };
}
