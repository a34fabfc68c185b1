// The notices sent, newest first: filters, keyset pages ("Muat lagi"), and each row kept live by
// notification-updated — its status at once, its times and reason from the server right after.
import { api, query } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import * as realtime from '../realtime.js';
import { NOTICE_STATUSES, NOTICE_TYPES, coalesced, isNewer, reasonText, statusTag, typeName } from './noticetypes.js';

const PAGE = 30;

/** The first instant of a date picked in the browser (the person's own day), plus days. */
function dayStart(date, plusDays = 0) {
  if (!date) return null;
  const day = new Date(`${date}T00:00`);
  day.setDate(day.getDate() + plusDays);
  return day.toISOString();
}

function time(key, iso) {
  return h('time', { datetime: iso }, t(key, { when: formatDateTime(iso) }));
}

/** Who asked for each notice: team members by name, API keys by name where the list may be read. */
async function attributions(manager) {
  const [members, keys] = await Promise.all([
    api.get('/api/cs-operators').then((answer) => new Map(answer.operators.map((member) => [member.id, member.name]))).catch(() => new Map()),
    manager ? api.get('/api/api-keys').then((list) => new Map(list.map((key) => [key.prefix, key.name]))).catch(() => new Map()) : new Map(),
  ]);
  return (requestedBy) => {
    const [kind, id] = (requestedBy ?? '').split(/:(.*)/);
    if (kind === 'api-key') return t('history.byKey', { name: keys.has(id) ? `${keys.get(id)} (${id}…)` : `${id}…` });
    if (kind === 'user') return members.has(id) ? t('history.byUser', { name: members.get(id) }) : t('history.byTeam');
    if (kind === 'customer') return t('history.byCustomer');
    return '';
  };
}

export function historyPanel({ manager }) {
  const rows = new Map(); // id → { notice, element }
  const contacts = new Map(); // contactId → promise of the contact's name
  const fetching = new Map(); // id → whether another event came while its row was being fetched
  let by = () => '';
  let cursor = null;
  let ticket = 0;

  const list = h('ul', { class: 'notice-history', id: 'notice-history', 'aria-label': t('history.list'), 'aria-busy': 'true' });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const more = h('button', { type: 'button', class: 'secondary', id: 'history-more', hidden: true, onclick: () => load(false) }, t('history.more'));
  const filters = h('form', { class: 'notice-filters', novalidate: true, 'aria-label': t('history.filters') },
    field(t('history.status'), h('select', { name: 'status', id: 'history-status' },
      h('option', { value: '' }, t('history.anyStatus')),
      NOTICE_STATUSES.map((value) => h('option', { value }, t(`noticeStatus.${value}`))))),
    field(t('history.type'), h('select', { name: 'type', id: 'history-type' },
      h('option', { value: '' }, t('history.anyType')),
      NOTICE_TYPES.map((value) => h('option', { value }, typeName(value))))),
    field(t('history.customerId'), h('input', { name: 'customerId', id: 'history-customer', autocomplete: 'off' })),
    field(t('history.from'), h('input', { name: 'from', id: 'history-from', type: 'date' })),
    field(t('history.to'), h('input', { name: 'to', id: 'history-to', type: 'date' })),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'history-apply' }, t('history.apply')),
      h('button', { type: 'reset', class: 'secondary' }, t('history.clear'))));
  filters.addEventListener('submit', (event) => { event.preventDefault(); load(true); });
  filters.addEventListener('change', (event) => { if (event.target.tagName === 'SELECT' || event.target.type === 'date') load(true); });
  filters.addEventListener('reset', () => setTimeout(() => load(true)));

  function criteria() {
    const value = (name) => filters.elements.namedItem(name).value.trim();
    return { status: value('status'), type: value('type'), customerId: value('customerId'),
      from: dayStart(value('from')), to: dayStart(value('to'), 1) };
  }

  function filtered() {
    return Object.values(criteria()).some(Boolean);
  }

  function nameOf(notice) {
    if (!notice.contactId) return null;
    if (!contacts.has(notice.contactId)) {
      contacts.set(notice.contactId, api.get(`/api/contacts/${notice.contactId}`).then((contact) => contact.name).catch(() => null));
    }
    return contacts.get(notice.contactId);
  }

  function row(notice) {
    const name = h('strong', { class: 'notice-name' });
    nameOf(notice)?.then((text) => { if (text) name.textContent = text; });
    const reason = ['failed', 'skipped'].includes(notice.status) ? reasonText(notice) : '';
    const held = notice.status === 'pending' && notice.scheduledFor;
    return h('li', { class: 'notice-row card', dataset: { id: notice.id, status: notice.status } },
      h('div', { class: 'notice-head' },
        h('p', { class: 'notice-who' }, name, h('span', { class: 'notice-phone' }, notice.phone ?? t('history.noPhone')),
          notice.customerId ? h('span', { class: 'tag' }, t('history.customer', { id: notice.customerId })) : null),
        statusTag(notice.status)),
      h('p', { class: 'muted' }, typeName(notice.type), ' · ',
        notice.sentAt ? time('history.sentAt', notice.sentAt) : time('history.createdAt', notice.createdAt),
        by(notice.requestedBy) ? ` · ${by(notice.requestedBy)}` : ''),
      notice.content ? h('p', { class: 'notice-text' }, notice.content) : null,
      reason ? h('p', { class: 'notice-reason' }, reason) : null,
      held ? h('p', { class: 'notice-held' }, time('history.heldUntil', notice.scheduledFor)) : null);
  }

  function put(notice, where = 'end') {
    const shown = rows.get(notice.id);
    const element = row(notice);
    if (shown) shown.element.replaceWith(element);
    else if (where === 'start') list.prepend(element);
    else list.append(element);
    rows.set(notice.id, { notice, element });
  }

  function showEmpty() {
    status.hidden = rows.size > 0;
    status.textContent = filtered() ? t('history.noMatch') : t('history.empty');
  }

  async function load(reset) {
    const mine = ++ticket;
    if (reset) cursor = null;
    list.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.get(`/api/whatsapp/history${query({ limit: PAGE, ...criteria(), before: cursor })}`);
      if (mine !== ticket) return;
      showErrors(filters, null);
      if (reset) { rows.clear(); mount(list); }
      answer.data.forEach((notice) => put(notice));
      cursor = answer.nextCursor;
      more.hidden = !cursor;
      showEmpty();
    } catch (problem) {
      if (mine !== ticket) return;
      if (problem.body?.errors || problem.body?.field) showErrors(filters, problem.body);
      else { status.hidden = false; status.textContent = t('common.error', { detail: problem.message }); }
    } finally {
      if (mine === ticket) list.setAttribute('aria-busy', 'false');
    }
  }

  // A notice not on the list is new: the first page says which ones (with the filters), one request
  // for a whole burst; those newer than the top row go on top, the pages already loaded stay.
  const refreshTop = coalesced(async () => {
    try {
      const answer = await api.get(`/api/whatsapp/history${query({ limit: PAGE, ...criteria() })}`);
      const first = rows.get(list.firstElementChild?.dataset.id);
      const top = first ? Date.parse(first.notice.createdAt) : -Infinity;
      answer.data.filter((notice) => rows.has(notice.id) && isNewer(notice.status, rows.get(notice.id).notice.status))
        .forEach((notice) => put(notice));
      answer.data.filter((notice) => !rows.has(notice.id) && Date.parse(notice.createdAt) >= top).reverse()
        .forEach((notice) => put(notice, 'start'));
      showEmpty();
    } catch { /* the next event or a reload tries again */ }
  });

  /** A row's times and reason once its status moved: one request at a time per row, once more if it moved again meanwhile. */
  async function refetch(id) {
    if (fetching.has(id)) { fetching.set(id, true); return; }
    fetching.set(id, false);
    try {
      for (;;) {
        const answer = await api.get(`/api/whatsapp/history/${id}`);
        if (rows.has(id)) put(answer.data);
        if (!fetching.get(id)) break;
        fetching.set(id, false);
      }
    } catch { /* the status the event gave stays shown */ } finally {
      fetching.delete(id);
    }
  }

  const off = [
    realtime.on('notification-updated', ({ id, status: now }) => {
      const shown = rows.get(id);
      if (!shown) { refreshTop(); return; }
      if (!isNewer(now, shown.notice.status)) return;
      put({ ...shown.notice, status: now });
      refetch(id);
    }),
    realtime.on('realtime-state', ({ namespace, connected }) => { if (namespace === 'whatsapp' && connected) refreshTop(); }),
  ];

  attributions(manager).then((names) => { by = names; load(true); });
  return {
    element: h('section', { class: 'notice-history-panel', 'aria-label': t('notices.tab.history') },
      // Folded on a phone, where the filters would fill the screen before the first notice.
      h('details', { class: 'card notice-filter-box', open: matchMedia('(min-width: 768px)').matches },
        h('summary', {}, t('history.filters')), filters),
      status, list, more),
    stop() {
      ticket += 1;
      refreshTop.cancel();
      off.forEach((unsubscribe) => unsubscribe());
    },
  };
}
