// The team: who is online (live), one's own status, invitations, roles and capacity. (Quick replies
// have a screen of their own: views/quickreplies.js.)
import { api, can, session } from '../api.js';
import { copyButton, field, h, mount, showErrors } from '../dom.js';
import { relativeTime, t } from '../i18n.js';
import * as realtime from '../realtime.js';

const ROLES = ['owner', 'admin', 'supervisor', 'operator', 'viewer'];
const OWN_STATUSES = ['online', 'away', 'busy'];

/** The roles one may hand out (none above one's own, ROLES going from the highest), and the member's current one. */
function roleSelect(name, selected, me) {
  const offered = ROLES.filter((role) => ROLES.indexOf(role) >= ROLES.indexOf(me.role) || role === selected);
  return h('select', { name }, offered.map((role) => h('option', { value: role, selected: role === selected }, t(`role.${role}`))));
}

function presence(status) {
  return h('span', { class: 'presence', dataset: { status } }, t(`presence.${status}`));
}

/** Shows a single-use link to copy and pass on (by WhatsApp, typically): an invitation or a password reset. */
function linkBox(link, { id = 'invite-link', label = 'team.inviteLink', hint = 'team.inviteLinkHint', params = {} } = {}) {
  const input = h('input', { id, readonly: true, value: new URL(link, location.href).href });
  return h('div', { class: 'invite-link notice' },
    field(t(label), input, t(hint, params)),
    copyButton(input, t('team.copy'), t('team.copied')));
}

function inviteLinkBox(link) {
  return linkBox(link);
}

function resetLinkBox(link, name) {
  return linkBox(link, { id: 'reset-link', label: 'team.resetLink', hint: 'team.resetLinkHint', params: { name } });
}

function operatorsSection(me) {
  const manager = can('manage_users');
  const list = h('ul', { class: 'operators', 'aria-label': t('team.members') });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const linkSlot = h('div');
  let operators = [];

  async function act(request, after = load) {
    status.textContent = '';
    try {
      const answer = await request();
      await after(answer);
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function editForm(operator) {
    const role = roleSelect('role', operator.role, me);
    const capacity = h('input', { name: 'maxConcurrentChats', type: 'number', min: 1, max: 100, value: String(operator.maxConcurrentChats) });
    const form = h('form', { class: 'operator-edit', novalidate: true },
      field(t('team.role'), role),
      field(t('team.capacity'), capacity),
      h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
      h('button', { type: 'submit', class: 'secondary' }, t('panel.save')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api.patch(`/api/cs-operators/${operator.id}`, { role: role.value, maxConcurrentChats: Number(capacity.value) });
        status.textContent = t('panel.saved');
        await load();
      } catch (problem) {
        showErrors(form, problem.body);
      }
    });
    return form;
  }

  function item(operator) {
    const self = operator.id === me.id;
    return h('li', { class: 'operator card', dataset: { id: operator.id } },
      h('div', { class: 'operator-main' },
        h('strong', { class: 'operator-name' }, operator.name), self ? h('span', { class: 'muted' }, ` (${t('team.you')})`) : null,
        ' ', operator.activated ? presence(operator.status) : h('span', { class: 'tag' }, t('team.pending')),
        h('p', { class: 'muted' }, operator.email, ' · ', t(`role.${operator.role}`)),
        h('p', { class: 'muted' },
          t('team.load', { current: operator.currentChatCount, max: operator.maxConcurrentChats }), ' · ',
          t('team.handled', { n: operator.totalChatsHandled }),
          operator.averageResponseTime != null ? ` · ${t('team.response', { seconds: operator.averageResponseTime })}` : '',
          operator.lastSeenAt ? ` · ${t('team.lastSeen', { when: relativeTime(operator.lastSeenAt) })}` : '')),
      manager && !self ? h('details', { class: 'operator-manage' },
        h('summary', {}, t('team.manage', { name: operator.name })),
        editForm(operator),
        h('div', { class: 'actions' },
          operator.activated ? null : h('button', { type: 'button', class: 'secondary', onclick: () =>
            act(() => api.post(`/api/cs-operators/${operator.id}/invite`), (answer) => mount(linkSlot, inviteLinkBox(answer.inviteLink))) },
          t('team.reinvite')),
          // A forgotten password: no e-mail server is needed, the link is handed over like an invitation.
          operator.activated ? h('button', { type: 'button', class: 'secondary', id: `reset-${operator.id}`, onclick: () =>
            act(() => api.post(`/api/cs-operators/${operator.id}/password-reset`),
              (answer) => mount(linkSlot, resetLinkBox(answer.resetLink, operator.name))) },
          t('team.resetPassword')) : null,
          h('button', { type: 'button', class: 'danger', onclick: () => {
            if (window.confirm(t('team.confirmRemove', { name: operator.name }))) act(() => api.delete(`/api/cs-operators/${operator.id}`));
          } }, t('team.remove')))) : null);
  }

  function render() {
    mount(list, operators.map(item));
    status.hidden = operators.length > 0 && !status.textContent;
  }

  async function load() {
    try {
      operators = (await api.get('/api/cs-operators')).operators;
      if (status.textContent === t('common.loading')) status.textContent = '';
      render();
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  const ownStatus = h('select', { id: 'my-status', name: 'status', onchange: (event) =>
    act(() => api.patch(`/api/cs-operators/${me.id}/status`, { status: event.target.value })) },
  // Offline is what the server says when no page of the user is open: shown, not chosen.
  h('option', { value: 'offline', disabled: true }, t('presence.offline')),
  OWN_STATUSES.map((value) => h('option', { value }, t(`presence.${value}`))));

  function inviteForm() {
    const form = h('form', { class: 'card invite', novalidate: true, 'aria-labelledby': 'invite-title' },
      h('h2', { id: 'invite-title' }, t('team.invite')),
      field(t('team.name'), h('input', { name: 'name', id: 'invite-name', autocomplete: 'off', required: true })),
      field(t('auth.email'), h('input', { name: 'email', id: 'invite-email', type: 'email', autocomplete: 'off', required: true })),
      field(t('team.role'), Object.assign(roleSelect('role', 'operator', me), { id: 'invite-role' })),
      field(t('team.capacity'), h('input', { name: 'maxConcurrentChats', id: 'invite-capacity', type: 'number', min: 1, max: 100, value: '10' })),
      h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
      h('button', { type: 'submit', class: 'primary', id: 'send-invite' }, t('team.sendInvite')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = Object.fromEntries(new FormData(form));
      body.maxConcurrentChats = body.maxConcurrentChats ? Number(body.maxConcurrentChats) : null;
      try {
        const answer = await api.post('/api/cs-operators', body);
        showErrors(form, null);
        form.reset();
        mount(linkSlot, inviteLinkBox(answer.inviteLink));
        await load();
      } catch (problem) {
        showErrors(form, problem.body);
      }
    });
    return form;
  }

  const section = h('section', { class: 'team-members', 'aria-labelledby': 'members-title' },
    h('h2', { id: 'members-title' }, t('team.members')),
    field(t('team.myStatus'), ownStatus),
    status, list,
    manager ? [inviteForm(), linkSlot] : null);

  return {
    section,
    load: async () => {
      await load();
      const mine = operators.find((operator) => operator.id === me.id);
      if (mine) ownStatus.value = mine.status;
    },
    presenceChanged({ csOperatorId, status: value, lastSeenAt }) {
      const operator = operators.find((known) => known.id === csOperatorId);
      // A newcomer (or one who just accepted the invitation) is shown by the list anew.
      if (!operator || !operator.activated) { load(); return; }
      Object.assign(operator, { status: value, lastSeenAt: lastSeenAt ?? operator.lastSeenAt });
      const row = list.querySelector(`li[data-id="${CSS.escape(csOperatorId)}"] .presence`);
      row?.replaceWith(presence(value));
      if (csOperatorId === me.id) ownStatus.value = value;
    },
  };
}

export function teamView(main) {
  const me = session.get()?.user ?? {};
  const members = operatorsSection(me);
  mount(main, h('div', { class: 'page team' },
    h('h1', {}, t('team.title')),
    members.section));
  members.load();
  const off = [
    realtime.on('cs-status-changed', (change) => members.presenceChanged(change)),
    realtime.on('realtime-state', ({ namespace, connected }) => { if (namespace === 'messages' && connected) members.load(); }),
  ];
  return () => off.forEach((unsubscribe) => unsubscribe());
}
