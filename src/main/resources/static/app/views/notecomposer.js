// The composer's Note side: a note only the team sees, where "@" names a colleague who is told.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { teamMembers } from '../members.js';

const SUPERVISING_ROLES = ['owner', 'admin', 'supervisor'];

/** "@" and the start of a name right before the caret (names have spaces: "@Dewi Les"): what the picker completes. */
function typedMention(textarea) {
  const before = textarea.value.slice(0, textarea.selectionStart);
  const match = /(?:^|\s)@([^@\n]{0,30})$/.exec(before);
  return match ? { query: match[1].toLowerCase(), start: before.length - match[1].length - 1 } : null;
}

/** A name the typed start fits: the whole name's start, or one word's start while a single word is typed. */
function fits(name, query) {
  const lower = name.toLowerCase();
  return lower.startsWith(query) || (!/\s/.test(query) && lower.split(/\s+/).some((word) => word.startsWith(query)));
}

/** Whether a member may open the chat (the server refuses a mention of one who may not). */
function mayOpen(member, assigneeId) {
  const supervises = SUPERVISING_ROLES.includes(member.role)
    || (member.effectivePermissions ?? []).some((p) => String(p).toLowerCase() === 'supervise');
  return supervises || !assigneeId || assigneeId === member.id;
}

/**
 * @param assigneeOf  who the chat is assigned to now (only who may open it can be named)
 * @param meId        the writer, never offered
 * @param onAdded     the note as the server kept it
 * @param onError     a refusal, said where the composer says its errors
 */
export function noteComposer(conversationId, { assigneeOf, meId, onAdded, onError }) {
  const textarea = h('textarea', {
    id: 'note-composer', name: 'note', rows: 1, placeholder: t('chat.notePlaceholder'), 'aria-label': t('chat.noteLabel'),
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': 'mention-list', 'aria-expanded': 'false',
  });
  const list = h('ul', { class: 'quick-replies mentions', id: 'mention-list', role: 'listbox', 'aria-label': t('chat.mentionList'), hidden: true });
  const button = h('button', { type: 'button', class: 'primary note-button', id: 'add-note', onclick: () => submit() }, t('chat.addNote'));
  // Who was picked from the list, by the name inserted: a name deleted from the text is no mention.
  const picked = new Map();
  let offered = [];
  let active = 0;
  let asked = 0;

  function close() {
    offered = [];
    list.hidden = true;
    textarea.setAttribute('aria-expanded', 'false');
    textarea.removeAttribute('aria-activedescendant');
  }

  function render() {
    if (!offered.length) { close(); return; }
    mount(list, offered.map((member, index) => h('li', {
      id: `mention-${index}`, role: 'option', class: 'quick-reply', 'aria-selected': String(index === active),
      onmousedown: (event) => event.preventDefault(),
      onclick: () => choose(index),
    }, h('strong', {}, member.name), ' ', h('span', { class: 'muted' }, t(`role.${member.role}`)))));
    list.hidden = false;
    textarea.setAttribute('aria-expanded', 'true');
    textarea.setAttribute('aria-activedescendant', `mention-${active}`);
  }

  async function offer() {
    const typed = typedMention(textarea);
    if (!typed) { close(); return; }
    const ticket = ++asked;
    try {
      const members = await teamMembers();
      if (ticket !== asked) return;
      offered = members.filter((m) => m.id !== meId && mayOpen(m, assigneeOf()) && fits(m.name, typed.query)).slice(0, 8);
      active = 0;
      render();
    } catch {
      close();
    }
  }

  function choose(index) {
    const member = offered[index];
    const typed = typedMention(textarea);
    close();
    if (!member || !typed) return;
    const caret = textarea.selectionStart;
    const inserted = `@${member.name} `;
    textarea.value = textarea.value.slice(0, typed.start) + inserted + textarea.value.slice(caret);
    const at = typed.start + inserted.length;
    textarea.setSelectionRange(at, at);
    picked.set(member.name, member.id);
    textarea.focus();
  }

  async function submit() {
    const content = textarea.value.trim();
    if (!content) return;
    const mentions = [...picked].filter(([name]) => content.includes(`@${name}`)).map(([, id]) => id);
    button.disabled = true;
    try {
      const answer = await api.post(`/api/conversations/${conversationId}/notes`, { content, mentions });
      textarea.value = '';
      picked.clear();
      onAdded(answer.note);
    } catch (problem) {
      onError(problem.body?.errors?.[0]?.message ?? problem.message);
    } finally {
      button.disabled = false;
      textarea.focus();
    }
  }

  textarea.addEventListener('input', offer);
  textarea.addEventListener('keydown', (event) => {
    if (!list.hidden) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : offered.length - 1)) % offered.length;
        render();
        return;
      }
      if ((event.key === 'Enter' && !event.shiftKey) || (event.key === 'Tab' && !event.shiftKey)) {
        event.preventDefault();
        choose(active);
        return;
      }
      if (event.key === 'Escape') { event.preventDefault(); close(); return; }
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  textarea.addEventListener('blur', () => setTimeout(close, 150));

  return {
    element: h('div', { class: 'note-row' }, h('div', { class: 'quick-picker' }, list), h('div', { class: 'composer-row' }, textarea, button)),
    textarea,
  };
}
