// The open conversation's details: contact, status, priority, mode, assignee and tags (notes are in the timeline).
import { api, can, session } from '../api.js';
import { customerHandle } from '../customer.js';
import { field, h, mount, onSettled } from '../dom.js';
import { formatDateTime, formatRupiah, t } from '../i18n.js';
import { icon } from '../icons.js';

const CHOICES = {
  status: ['active', 'pending', 'resolved', 'closed', 'spam'],
  priority: ['low', 'normal', 'high', 'urgent'],
  mode: ['bot', 'agent', 'paused'],
};

export function sidePanel(slot, { onClose }) {
  let conversation = null;
  let team = null;
  const me = session.get()?.user;
  const message = h('p', { class: 'panel-message', role: 'status' });

  async function patch(changes) {
    message.textContent = '';
    try {
      const answer = await api.patch(`/api/conversations/${conversation.id}`, changes);
      conversation = answer.conversation;
      message.textContent = t('panel.saved');
      render();
    } catch (problem) {
      message.textContent = t('common.error', { detail: problem.message });
    }
  }

  async function assign(operatorId) {
    message.textContent = '';
    try {
      if (operatorId) await api.post(`/api/conversations/${conversation.id}/assign`, { csOperatorId: operatorId });
      else await api.post(`/api/conversations/${conversation.id}/unassign`);
      conversation = (await api.get(`/api/conversations/${conversation.id}`)).conversation;
      message.textContent = t('panel.saved');
      render();
    } catch (problem) {
      message.textContent = t('common.error', { detail: problem.message });
    }
  }

  function choice(name) {
    const select = h('select', { name, id: `panel-${name}` },
      CHOICES[name].map((value) => h('option', { value, selected: conversation[name] === value }, t(`${name}.${value}`))));
    return field(t(`panel.${name}`), onSettled(select, (value) => patch({ [name]: value })));
  }

  function assignee() {
    const current = conversation.assignedCs;
    const select = onSettled(h('select', { id: 'panel-assignee', name: 'assignee' },
      h('option', { value: '' }, t('panel.nobody')),
      (team ?? (current ? [current] : [])).map((operator) =>
        h('option', { value: operator.id, selected: current?.id === operator.id }, operator.name))),
    (value) => assign(value || null));
    const quick = current?.id === me?.id
      ? h('button', { type: 'button', class: 'secondary', id: 'release', onclick: () => assign(null) }, t('panel.release'))
      : h('button', { type: 'button', class: 'secondary', id: 'take', onclick: () => assign(me.id) }, t('panel.take'));
    // Handing a chat to someone else is for who may assign chats; anyone who answers takes or releases their own.
    if (!can('assign_chats')) {
      return h('div', {}, h('p', { id: 'panel-assignee' }, h('strong', {}, t('panel.assignee')), ' ',
        current?.name ?? t('panel.nobody')), can('work_chats') ? quick : null);
    }
    return h('div', {}, field(t('panel.assignee'), select), quick);
  }

  function tagsForm() {
    const input = h('input', { name: 'tags', id: 'panel-tags', value: (conversation.tags ?? []).join(', ') });
    return h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      patch({ tags: input.value.split(',').map((tag) => tag.trim()).filter(Boolean) });
    } }, field(t('panel.tags'), input, t('panel.tagsHint')), h('button', { type: 'submit', class: 'secondary', id: 'save-tags' }, t('panel.save')));
  }

  /** Draws the panel again; the control that had focus has it again (a saved choice keeps the keyboard where it was). */
  function render() {
    if (!conversation) return;
    const contact = conversation.contact;
    const focused = slot.contains(document.activeElement) ? document.activeElement.id : null;
    mount(slot,
      h('div', { class: 'panel-header' },
        h('h2', {}, t('panel.contact')),
        h('button', { type: 'button', class: 'icon-button close', 'aria-label': t('panel.close'), onclick: onClose }, icon('close'))),
      h('dl', { class: 'facts' },
        h('dt', {}, t('panel.name')), h('dd', {}, conversation.customerName ?? '–'),
        h('dt', {}, conversation.customerPhone ? t('panel.phone') : t('panel.username')),
        h('dd', {}, customerHandle(conversation)),
        contact?.email ? [h('dt', {}, t('panel.email')), h('dd', {}, contact.email)] : null,
        h('dt', {}, t('panel.orders')), h('dd', {}, String(contact?.totalOrders ?? 0)),
        h('dt', {}, t('panel.spent')), h('dd', { class: 'money' }, formatRupiah(contact?.totalSpent ?? 0)),
        h('dt', {}, t('panel.since')), h('dd', {}, formatDateTime(conversation.createdAt))),
      choice('status'), choice('priority'), choice('mode'),
      assignee(),
      tagsForm(),
      message);
    if (focused) document.getElementById(focused)?.focus();
  }

  async function loadTeam() {
    try {
      team = (await api.get('/api/cs-operators')).operators.filter((operator) => operator.activated !== false);
      render();
    } catch { /* the assignee stays shown alone */ }
  }

  return {
    show(value) {
      conversation = value;
      slot.hidden = false;
      render();
      loadTeam();
    },
    update(updates) {
      if (!conversation) return;
      const { assignedCsId, ...rest } = updates;
      Object.assign(conversation, rest);
      if ('assignedCsId' in updates) {
        conversation.assignedCs = team?.find((operator) => operator.id === assignedCsId) ?? (assignedCsId ? { id: assignedCsId, name: '…' } : null);
      }
      if (!slot.contains(document.activeElement)) render();
    },
  };
}
