// The open chat's status in its header: Resolve / Reopen, and Snooze until a time, each said back in a toast.
import { api, can } from '../api.js';
import { h, mount, onSettled } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { icon } from '../icons.js';
import { notify } from '../notices.js';

/** @param nameOf the chat's name as its header shows it, for the toasts */
export function chatStatus(conversationId, nameOf) {
  // Resolving is one click in the header, said back in a toast; a resolved chat can be opened again.
  let status = null;
  const resolveButton = h('button', { type: 'button', class: 'secondary', id: 'resolve', hidden: true,
    onclick: () => setStatus(status === 'resolved' ? 'active' : 'resolved') });

  // Snoozing puts the chat aside as pending until a time: open again then, or when the customer writes.
  let snoozedUntil = null;
  const snoozeSelect = onSettled(h('select', { id: 'snooze', class: 'snooze', 'aria-label': t('chat.snooze'), hidden: true }),
    (choice) => { snoozeSelect.value = ''; if (choice) snooze(choice); });

  function showStatus(next, until = snoozedUntil) {
    status = next;
    snoozedUntil = status === 'pending' ? until : null;
    const resolved = status === 'resolved';
    const works = can('work_chats');
    resolveButton.hidden = !works || !['active', 'pending', 'resolved'].includes(status);
    // Named for screen readers too: on a phone the button shows its icon only.
    resolveButton.setAttribute('aria-label', t(resolved ? 'chat.reopen' : 'chat.resolve'));
    mount(resolveButton, icon(resolved ? 'inbox' : 'check', 20),
      h('span', { class: 'label' }, t(resolved ? 'chat.reopen' : 'chat.resolve')));
    snoozeSelect.hidden = !works || !['active', 'pending'].includes(status);
    mount(snoozeSelect,
      h('option', { value: '' }, snoozedUntil ? t('chat.snoozedUntil', { when: formatDateTime(snoozedUntil) }) : t('chat.snooze')),
      h('option', { value: 'PT1H' }, t('chat.snoozeHour')),
      h('option', { value: 'PT3H' }, t('chat.snoozeHours')),
      h('option', { value: 'tomorrow' }, t('chat.snoozeTomorrow')),
      snoozedUntil ? h('option', { value: 'wake' }, t('chat.wake')) : null);
  }

  /** When a snooze choice ends: in an hour, in three, or at 08:00 tomorrow (this computer's clock). */
  function snoozeTime(choice) {
    if (choice === 'PT1H') return new Date(Date.now() + 3600e3);
    if (choice === 'PT3H') return new Date(Date.now() + 3 * 3600e3);
    const morning = new Date();
    morning.setDate(morning.getDate() + 1);
    morning.setHours(8, 0, 0, 0);
    return morning;
  }

  async function snooze(choice) {
    const until = choice === 'wake' ? null : snoozeTime(choice).toISOString();
    try {
      const answer = await api.patch(`/api/conversations/${conversationId}`, { snoozedUntil: until });
      showStatus(answer.conversation.status, answer.conversation.snoozedUntil ?? null);
      notify(until ? t('chat.snoozedToast', { name: nameOf(), when: formatDateTime(until) })
        : t('chat.reopenedToast', { name: nameOf() }));
    } catch (problem) {
      notify(t('common.error', { detail: problem.message }), { kind: 'error' });
    }
  }

  async function setStatus(next) {
    try {
      const answer = await api.patch(`/api/conversations/${conversationId}`, { status: next });
      showStatus(answer.conversation.status, answer.conversation.snoozedUntil ?? null);
      notify(t(next === 'resolved' ? 'chat.resolvedToast' : 'chat.reopenedToast', { name: nameOf() }),
        { kind: next === 'resolved' ? 'resolved' : '' });
    } catch (problem) {
      notify(t('common.error', { detail: problem.message }), { kind: 'error' });
    }
  }

  return {
    resolveButton,
    snoozeSelect,
    show: showStatus,
    /** conversation-updated: the status or the snooze may change elsewhere (a colleague, its time, the customer). */
    updated(updates) {
      if (!('status' in updates) && !('snoozedUntil' in updates)) return;
      showStatus(updates.status ?? status, 'snoozedUntil' in updates ? updates.snoozedUntil : snoozedUntil);
    },
  };
}
