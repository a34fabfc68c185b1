// The open conversation's details: contact, status, priority, mode, assignee, tags and notes.
import { api, session } from '../api.js';
import { field, h, mount } from '../dom.js';
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
    const select = h('select', { name, id: `panel-${name}`, onchange: (e) => patch({ [name]: e.target.value }) },
      CHOICES[name].map((value) => h('option', { value, selected: conversation[name] === value }, t(`${name}.${value}`))));
    return field(t(`panel.${name}`), select);
  }

  function assignee() {
    const current = conversation.assignedCs;
    const select = h('select', { id: 'panel-assignee', name: 'assignee', onchange: (e) => assign(e.target.value || null) },
      h('option', { value: '' }, t('panel.nobody')),
      (team ?? (current ? [current] : [])).map((operator) =>
        h('option', { value: operator.id, selected: current?.id === operator.id }, operator.name)));
    const quick = current?.id === me?.id
      ? h('button', { type: 'button', class: 'secondary', onclick: () => assign(null) }, t('panel.release'))
      : h('button', { type: 'button', class: 'secondary', id: 'take', onclick: () => assign(me.id) }, t('panel.take'));
    return h('div', {}, field(t('panel.assignee'), select), quick);
  }

  function tagsForm() {
    const input = h('input', { name: 'tags', id: 'panel-tags', value: (conversation.tags ?? []).join(', ') });
    return h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      patch({ tags: input.value.split(',').map((tag) => tag.trim()).filter(Boolean) });
    } }, field(t('panel.tags'), input, t('panel.tagsHint')), h('button', { type: 'submit', class: 'secondary' }, t('panel.save')));
  }

  function notesForm() {
    const input = h('textarea', { name: 'internalNotes', id: 'panel-notes', rows: 3, value: conversation.internalNotes ?? '' });
    return h('form', { class: 'inline-form', onsubmit: (e) => { e.preventDefault(); patch({ internalNotes: input.value }); } },
      field(t('panel.notes'), input), h('button', { type: 'submit', class: 'secondary' }, t('panel.save')));
  }

  function render() {
    if (!conversation) return;
    const contact = conversation.contact;
    mount(slot,
      h('div', { class: 'panel-header' },
        h('h2', {}, t('panel.contact')),
        h('button', { type: 'button', class: 'icon-button close', 'aria-label': t('panel.close'), onclick: onClose }, icon('close'))),
      h('dl', { class: 'facts' },
        h('dt', {}, t('panel.name')), h('dd', {}, conversation.customerName ?? '–'),
        h('dt', {}, t('panel.phone')), h('dd', {}, conversation.customerPhone),
        contact?.email ? [h('dt', {}, t('panel.email')), h('dd', {}, contact.email)] : null,
        h('dt', {}, t('panel.orders')), h('dd', {}, String(contact?.totalOrders ?? 0)),
        h('dt', {}, t('panel.spent')), h('dd', { class: 'money' }, formatRupiah(contact?.totalSpent ?? 0)),
        h('dt', {}, t('panel.since')), h('dd', {}, formatDateTime(conversation.createdAt))),
      choice('status'), choice('priority'), choice('mode'),
      assignee(),
      tagsForm(),
      notesForm(),
      message);
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
