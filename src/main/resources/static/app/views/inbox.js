// The team inbox: the conversation list, the open chat and its side panel, kept live by Socket.IO.
import { api, session } from '../api.js';
import { h, mount, onSettled } from '../dom.js';
import { relativeTime, t } from '../i18n.js';
import * as realtime from '../realtime.js';
import { chime } from '../sound.js';
import { earlyAnswer } from '../prefetch.js';
import { SORTS, listPath, loadFilter, newestFirst, saveFilter } from './inboxfilter.js';
import { conversationRow } from './inboxrow.js';
import { teamMembers } from '../members.js';
import { desktopNotificationsSwitch } from '../desktop.js';
import { inboxShortcuts, shortcutsButton } from './shortcuts.js';

const STATUSES = ['active', 'pending', 'resolved', 'closed', 'spam'];
// Set by the search shortcut in an open chat on a phone: the list it goes back to focuses its search box.
let searchNext = false;

/** Who a conversation is assigned to: the list's assignedCs, or the events' assignedCsId. */
function assigneeOf(conversation) {
  if (conversation.assignedCs !== undefined) return conversation.assignedCs?.id ?? null;
  return conversation.assignedCsId ?? null;
}

function setAssignee(conversation, id) {
  conversation.assignedCsId = id;
  conversation.assignedCs = id ? (conversation.assignedCs?.id === id ? conversation.assignedCs : { id }) : null;
}

export function inboxView(main, params) {
  const openId = params[0] ?? null;
  const filter = loadFilter();
  const state = { conversations: [], page: 1, totalPages: 1, typing: new Set() };
  const me = session.get()?.user;

  // Busy from the moment a filter changes until the list shows the server's answer for it.
  const listElement = h('ul', { class: 'conversations', 'aria-label': t('inbox.title'), 'aria-busy': 'true' });
  const moreButton = h('button', { type: 'button', class: 'secondary wide', hidden: true, onclick: () => load(state.page + 1) }, t('inbox.more'));
  const listStatus = h('p', { class: 'muted empty', role: 'status' }, t('common.loading'));

  const tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': t('inbox.title') },
    [['me', 'inbox.mine'], ['unassigned', 'inbox.unassigned'], ['mentions', 'inbox.mentions'], ['all', 'inbox.all']].map(([value, label]) =>
      h('button', {
        type: 'button', class: 'tab', 'aria-pressed': String(filter.assignedTo === value), dataset: { assigned: value },
        onclick: () => { filter.assignedTo = value; changed(); },
      }, t(label))));
  const statusSelect = h('select', { id: 'filter-status', onchange: (e) => { filter.status = e.target.value; changed(); } },
    h('option', { value: '' }, t('inbox.anyStatus')),
    STATUSES.map((status) => h('option', { value: status, selected: filter.status === status }, t(`status.${status}`))));
  const sortSelect = onSettled(h('select', { id: 'filter-sort', 'aria-label': t('inbox.sort') },
    SORTS.map((sort) => h('option', { value: sort, selected: filter.sort === sort }, t(`inbox.sort.${sort}`)))),
  (value) => { filter.sort = value; changed(); });
  const unreadBox = h('input', { type: 'checkbox', id: 'filter-unread', checked: filter.unreadOnly,
    onchange: (e) => { filter.unreadOnly = e.target.checked; changed(); } });
  let searchTimer = null;
  const searchBox = h('input', {
    type: 'search', id: 'filter-search', value: filter.search, placeholder: t('inbox.search'), 'aria-label': t('inbox.search'),
    oninput: (e) => {
      clearTimeout(searchTimer);
      listElement.setAttribute('aria-busy', 'true');
      searchTimer = setTimeout(() => { filter.search = e.target.value.trim(); changed(); }, 250);
    },
  });

  const listPane = h('section', { class: 'list-pane', 'aria-label': t('inbox.title') },
    h('div', { class: 'filters' },
      searchBox,
      tabs,
      h('div', { class: 'filter-row' },
        h('label', { class: 'inline', for: 'filter-status' }, h('span', { class: 'visually-hidden' }, t('inbox.status')), statusSelect),
        h('label', { class: 'inline', for: 'filter-sort' }, h('span', { class: 'visually-hidden' }, t('inbox.sort')), sortSelect),
        h('label', { class: 'inline check', for: 'filter-unread' }, unreadBox, t('inbox.unreadOnly')))),
    listStatus,
    listElement,
    moreButton,
    h('p', { class: 'list-foot' }, shortcutsButton(), desktopNotificationsSwitch()));

  const chatSlot = h('section', { class: 'chat-pane', 'aria-label': t('chat.messages') });
  const panelSlot = h('aside', { class: 'side-panel', 'aria-label': t('chat.details'), id: 'side-panel' });
  const layout = h('div', { class: 'inbox', dataset: { view: openId ? 'chat' : 'list' } }, listPane, chatSlot, panelSlot);
  mount(main, layout);

  function changed() {
    saveFilter(filter);
    for (const tab of tabs.children) tab.setAttribute('aria-pressed', String(tab.dataset.assigned === filter.assignedTo));
    load(1);
  }

  function updateTitle() {
    const unread = state.conversations.reduce((sum, c) => sum + (c.unreadCount ?? 0), 0);
    document.title = `${unread > 0 ? `(${unread}) ` : ''}${t('inbox.title')} · ${t('app.name')}`;
  }

  // The list is one Tab stop: the open row, else the one last moved to with the arrow keys, else the first.
  let rovingId = null;
  function tabbableId() {
    const ids = state.conversations.map((c) => c.id);
    return [rovingId, openId].find((id) => id && ids.includes(id)) ?? ids[0] ?? null;
  }

  function row(conversation) {
    const tabbable = conversation.id === tabbableId();
    const element = conversationRow(conversation, {
      open: conversation.id === openId, typing: state.typing.has(conversation.id), tabbable,
    });
    // Without an open chat, the skip link lands on the list.
    if (tabbable && !openId) element.firstChild.dataset.skip = '';
    return element;
  }

  /** Runs a redraw of rows; a row that had focus has it again, so a message arriving does not take the keyboard away. */
  function keepingFocus(draw) {
    const focused = listElement.contains(document.activeElement) ? document.activeElement.closest('li')?.dataset.id : null;
    draw();
    if (focused) listElement.querySelector(`li[data-id="${CSS.escape(focused)}"] a`)?.focus({ preventScroll: true });
  }

  function renderList() {
    keepingFocus(() => mount(listElement, state.conversations.map(row)));
    listStatus.hidden = state.conversations.length > 0;
    listStatus.textContent = t('inbox.empty');
    moreButton.hidden = state.page >= state.totalPages;
    updateTitle();
  }

  function replaceRow(conversation) {
    const existing = listElement.querySelector(`li[data-id="${CSS.escape(conversation.id)}"]`);
    if (existing) keepingFocus(() => existing.replaceWith(row(conversation)));
    updateTitle();
  }

  /** The arrow keys, Home and End move between rows; Enter opens the chat (the row is a link). */
  listElement.addEventListener('keydown', (event) => {
    const links = [...listElement.querySelectorAll('a.conversation')];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = links[Math.max(0, Math.min(links.length - 1, to))];
    for (const link of links) link.tabIndex = link === target ? 0 : -1;
    rovingId = target.closest('li').dataset.id;
    target.focus();
  });

  let loadSeq = 0;
  async function load(page) {
    const seq = ++loadSeq;
    listElement.setAttribute('aria-busy', 'true');
    try {
      const path = listPath(filter, page);
      // The first page may have been asked for while the app was still loading.
      const early = page === 1 ? earlyAnswer(path) : null;
      const answer = (early && await early) ?? await api.get(path);
      performance.mark('sapa:list-answer');
      if (seq !== loadSeq) return;
      state.conversations = page === 1 ? answer.data : [...state.conversations, ...answer.data];
      state.page = answer.meta.page;
      state.totalPages = answer.meta.totalPages;
      renderList();
      // The list is there: now the chat's modules, so the first conversation opened does not wait for them.
      if (!openId) setTimeout(() => { import('./chat.js'); import('./panel.js'); }, 0);
    } catch (problem) {
      if (seq !== loadSeq) return;
      listStatus.hidden = false;
      listStatus.textContent = t('common.error', { detail: problem.message });
    } finally {
      // A search still being typed keeps the list busy: its own load comes.
      if (seq === loadSeq && !searchPending()) listElement.setAttribute('aria-busy', 'false');
    }
  }

  function searchPending() {
    return searchBox.value.trim() !== filter.search;
  }

  /**
   * Whether a conversation fits the filters, as far as the client can tell without asking. Search
   * matches are the server's to tell: a new one is not shown, one already listed stays.
   */
  function fits(conversation, listed = false) {
    if (filter.search && !listed) return false;
    if (filter.status && conversation.status !== filter.status) return false;
    if (filter.unreadOnly && !conversation.unreadCount) return false;
    return fitsTab(assigneeOf(conversation));
  }

  function fitsTab(assignee) {
    if (filter.assignedTo === 'me') return assignee === me?.id;
    if (filter.assignedTo === 'mentions') return true; // a listed one stays; the server tells the new ones
    if (filter.assignedTo === 'unassigned') return !assignee;
    return true;
  }

  /**
   * Whether a change to a conversation that is not listed may bring it into the list: only the
   * fields it carries are known, the server tells the rest (the first page is asked again).
   */
  function mayEnter(updates) {
    if (filter.search || filter.assignedTo === 'mentions') return false;
    if (filter.status && 'status' in updates && updates.status !== filter.status) return false;
    if (filter.unreadOnly && 'unreadCount' in updates && !updates.unreadCount) return false;
    if ('assignedCsId' in updates && !fitsTab(updates.assignedCsId ?? null)) return false;
    return 'lastMessage' in updates
      || ('assignedCsId' in updates && filter.assignedTo !== 'all')
      || ('status' in updates && !!filter.status)
      || ('unreadCount' in updates && filter.unreadOnly);
  }

  /** Draws the row; an assignee new to this screen gets their name once the team is known, and the row again. */
  function replaceWithAssignee(known) {
    replaceRow(known);
    const assignee = known.assignedCs;
    if (!assignee || assignee.name) return;
    // The event names only the id: the name comes from the team, asked once.
    teamMembers().then((members) => {
      const member = members.find((m) => m.id === assignee.id);
      if (known.assignedCs !== assignee || !member) return;
      assignee.name = member.name;
      replaceRow(known);
    }).catch(() => { /* the row says "assigned" without the name */ });
  }

  /** A handover, told by conversation-assigned and conversation-updated alike: it may leave or enter this tab. */
  function assigneeChanged(conversationId, assignee) {
    const known = state.conversations.find((c) => c.id === conversationId);
    if (!known) {
      if (mayEnter({ assignedCsId: assignee })) reloadSoon();
      return;
    }
    setAssignee(known, assignee);
    if (fits(known, true) || conversationId === openId) replaceWithAssignee(known);
    else { state.conversations = state.conversations.filter((c) => c.id !== conversationId); renderList(); }
  }

  /** A conversation with a new message: first in a list by latest activity; elsewhere the server tells its place. */
  function moveToTop(conversation) {
    if (!newestFirst(filter)) {
      if (state.conversations.includes(conversation)) replaceRow(conversation);
      reloadSoon();
      return;
    }
    state.conversations = [conversation, ...state.conversations.filter((c) => c.id !== conversation.id)];
    renderList();
  }

  let reloadTimer = null;
  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => load(1), 300);
  }

  // The open conversation's chat and side panel: their modules are not on the way to the list.
  let chat = null;
  let panel = null;
  let closed = false;
  if (openId) {
    Promise.all([import('./chat.js'), import('./panel.js')]).then(([{ chatPane }, { sidePanel }]) => {
      if (closed) return;
      panel = sidePanel(panelSlot, { onClose: () => layout.classList.remove('panel-open') });
      chat = chatPane(chatSlot, openId, {
        onBack: () => { location.hash = '#/inbox'; },
        onTogglePanel: () => layout.classList.toggle('panel-open'),
        onLoaded: (conversation) => panel.show(conversation),
      });
    });
  } else {
    mount(chatSlot, h('div', { class: 'placeholder' }, h('p', {}, t('inbox.pick'))));
    panelSlot.hidden = true;
  }
  if (searchNext) {
    searchNext = false;
    searchBox.focus();
  }

  /** Opens the conversation step rows below (1) or above (-1) the open one; with none open, the first. */
  function openNext(step) {
    const at = state.conversations.findIndex((c) => c.id === openId);
    const next = state.conversations[at < 0 ? 0 : at + step];
    if (next) location.hash = `#/inbox/${next.id}`;
  }

  function clickIfShown(id) {
    const button = document.getElementById(id);
    if (button && !button.hidden) button.click();
  }

  const stopShortcuts = inboxShortcuts({
    next: () => openNext(1),
    previous: () => openNext(-1),
    resolve: () => clickIfShown('resolve'),
    assignToMe: () => clickIfShown('take'),
    note: () => chat?.writeNote(),
    search: () => {
      // On a phone an open chat hides the list: back to it, the search box focused there.
      if (searchBox.offsetParent) searchBox.focus();
      else { searchNext = true; location.hash = '#/inbox'; }
    },
  });

  const unsubscribe = [
    realtime.on('new-conversation', ({ conversation }) => {
      if (conversation.lastMessage?.from === 'customer') chime();
      if (state.conversations.some((c) => c.id === conversation.id)) return;
      if (fits(conversation)) moveToTop(conversation);
    }),
    realtime.on('new-message', ({ conversationId, message }) => {
      if (message.senderType === 'customer' && !(conversationId === openId && document.visibilityState === 'visible')) chime();
      state.typing.delete(conversationId);
      const known = state.conversations.find((c) => c.id === conversationId);
      if (known) {
        known.lastMessage = { content: message.content, from: message.senderType, timestamp: message.sentAt };
        if (message.senderType === 'customer') known.lastCustomerMessage = { content: message.content, timestamp: message.sentAt };
        moveToTop(known);
      } else if (!filter.search) {
        reloadSoon();
      }
      chat?.messageArrived(conversationId, message);
    }),
    realtime.on('conversation-updated', ({ conversationId, updates }) => {
      const known = state.conversations.find((c) => c.id === conversationId);
      if (known) {
        const { assignedCsId, ...rest } = updates;
        Object.assign(known, rest);
        if (updates.lastMessage?.from === 'customer') known.lastCustomerMessage = updates.lastMessage;
        if ('assignedCsId' in updates) setAssignee(known, assignedCsId ?? null);
        if (fits(known, true) || conversationId === openId) replaceWithAssignee(known);
        else { state.conversations = state.conversations.filter((c) => c.id !== conversationId); renderList(); }
      } else if (mayEnter(updates)) {
        reloadSoon();
      }
      if (conversationId === openId) panel?.update(updates);
      chat?.updated(conversationId, updates);
    }),
    // Also told as conversation-updated; whichever comes first moves the row, the other finds it done.
    realtime.on('conversation-assigned', ({ conversationId, assignedCsId }) => assigneeChanged(conversationId, assignedCsId ?? null)),
    realtime.on('internal-note-added', ({ conversationId, note }) => chat?.noteAdded(conversationId, note)),
    // Someone named this user in a note: under Mentions it is one more chat.
    realtime.on('mentioned', () => { if (filter.assignedTo === 'mentions') reloadSoon(); }),
    realtime.on('message-status-updated', (update) => chat?.statusChanged(update)),
    realtime.on('customer-typing', ({ conversationId, isTyping }) => {
      if (isTyping) state.typing.add(conversationId); else state.typing.delete(conversationId);
      const known = state.conversations.find((c) => c.id === conversationId);
      if (known) replaceRow(known);
      chat?.customerTyping(conversationId, isTyping);
    }),
    realtime.on('realtime-state', ({ namespace, connected }) => {
      if (namespace === 'messages' && connected) load(1);
    }),
  ];
  const ticker = setInterval(() => {
    for (const time of listElement.querySelectorAll('time.when')) time.textContent = relativeTime(time.dateTime);
  }, 30_000);

  const shown = load(1);
  const stop = () => {
    unsubscribe.forEach((off) => off());
    stopShortcuts();
    clearInterval(ticker);
    clearTimeout(reloadTimer);
    closed = true;
    chat?.close();
  };
  stop.shown = shown;
  return stop;
}
