// The web app's shell: sign-in state, the navigation, the language switch and the hash router.
import { api, can, session, whenExpired } from './api.js';
import { displayName } from './customer.js';
import { h, mount } from './dom.js';
import { icon } from './icons.js';
import { LANGUAGES, language, setLanguage, t } from './i18n.js';
import * as realtime from './realtime.js';
import { noticesRegion, notify } from './notices.js';
import { inboxView } from './views/inbox.js';
import { chime } from './sound.js';
import { notifyDesktop } from './desktop.js';

/**
 * The screens of the main navigation, in order. A new screen is one more entry here and one more
 * module in views/. A screen's module is loaded when it is first opened, but the inbox's: the app
 * starts there (index.html preloads the modules it needs). permission: what the screen is about (the
 * server refuses the others anyway); without it, every signed-in user.
 */
const NAVIGATION = [
  { route: 'inbox', label: 'nav.inbox', icon: 'inbox', view: async () => inboxView },
  { route: 'contacts', label: 'nav.contacts', icon: 'contacts', view: () => import('./views/contacts.js').then((m) => m.contactsView) },
  { route: 'quick-replies', label: 'nav.quickReplies', icon: 'quick', permission: 'work_chats',
    view: () => import('./views/quickreplies.js').then((m) => m.quickRepliesView) },
  { route: 'auto-reply', label: 'nav.autoReply', icon: 'bolt', view: () => import('./views/autoreply.js').then((m) => m.autoReplyView) },
  { route: 'notifications', label: 'nav.notifications', icon: 'bell', permission: 'send_notices',
    view: () => import('./views/notifications.js').then((m) => m.notificationsView) },
  { route: 'team', label: 'nav.team', icon: 'team', view: () => import('./views/team.js').then((m) => m.teamView) },
  { route: 'whatsapp', label: 'nav.whatsapp', icon: 'phone', view: () => import('./views/whatsapp.js').then((m) => m.whatsappView) },
  { route: 'simulator', label: 'nav.simulator', icon: 'flask', view: () => import('./views/simulator.js').then((m) => m.simulatorView) },
  { route: 'settings', label: 'nav.settings', icon: 'tune', view: () => import('./views/settings.js').then((m) => m.settingsView) },
];
const authViews = () => import('./views/auth.js');
const PUBLIC = {
  login: () => authViews().then((m) => m.authView('login')),
  register: () => authViews().then((m) => m.authView('register')),
  invite: () => authViews().then((m) => m.acceptInviteView),
  reset: () => authViews().then((m) => m.resetPasswordView),
};
const RETURN_KEY = 'sapa.returnTo';

const root = document.getElementById('app');
let cleanup = null;
let expired = false;
let realtimeUp = null;

// A lost socket is said once on every screen; the screens reload what they show when it is back.
realtime.on('realtime-state', ({ namespace, connected }) => {
  if (namespace !== 'messages') return;
  realtimeUp = connected;
  const banner = root.querySelector('.offline');
  if (banner) banner.hidden = connected;
});

// A conversation handed to this user by someone else (or by automatic assignment) is said on any screen.
realtime.on('conversation-assigned', async ({ conversationId, assignedCsId, assignedBy }) => {
  const me = session.get()?.user?.id;
  if (!me || assignedCsId !== me || assignedBy === me) return;
  let name = null;
  try {
    const { conversation } = await api.get(`/api/conversations/${conversationId}`);
    name = displayName(conversation);
  } catch { /* said without the name */ }
  notify(name ? t('assign.toYouNamed', { name }) : t('assign.toYou'),
    { href: `#/inbox/${conversationId}`, linkLabel: t('assign.open'), kind: 'assigned' });
  notifyDesktop(name ? t('assign.toYouNamed', { name }) : t('assign.toYou'), '', `#/inbox/${conversationId}`);
  chime();
});

// A customer starting a conversation the user may take: on the desktop too, when Sapa is not in front.
realtime.on('new-conversation', ({ conversation }) => {
  const me = session.get()?.user?.id;
  if (!me || conversation.lastMessage?.from !== 'customer') return;
  if (conversation.assignedCsId && conversation.assignedCsId !== me) return;
  notifyDesktop(t('desktop.newChat', { name: displayName(conversation) }), conversation.lastMessage.content,
    `#/inbox/${conversation.id}`);
});

// A colleague named this user in a note: said on any screen, with the note's start and a link to the chat.
realtime.on('mentioned', ({ conversationId, note }) => {
  const me = session.get()?.user?.id;
  if (!me || note?.author?.id === me) return;
  const said = t('mention.toYou', { name: note?.author?.name ?? '–', text: (note?.content ?? '').slice(0, 80) });
  notify(said, { href: `#/inbox/${conversationId}`, linkLabel: t('assign.open'), kind: 'mentioned' });
  notifyDesktop(said, '', `#/inbox/${conversationId}`);
  chime();
});

function allowed(item) {
  return !item.permission || can(item.permission);
}

function parseRoute() {
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const [name = '', ...rest] = path.split('/');
  return { name, params: rest.map(decodeURIComponent), query: new URLSearchParams(search) };
}

export function navigate(path) {
  if (location.hash === `#/${path}`) render();
  else location.hash = `#/${path}`;
}

whenExpired(() => {
  if (expired) return;
  expired = true;
  const { name } = parseRoute();
  if (!PUBLIC[name]) sessionStorage.setItem(RETURN_KEY, location.hash);
  realtime.disconnect();
  navigate('login');
});

/** Called by the sign-in screen: back where the user was when the session ended. */
export function signedIn(auth) {
  session.set(auth);
  expired = false;
  const back = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  location.hash = back && back !== '#/login' ? back : '#/inbox';
}

function signOut() {
  session.clear();
  realtime.disconnect();
  sessionStorage.removeItem(RETURN_KEY);
  navigate('login');
}

export function wasExpired() {
  return expired;
}

function languageSwitch() {
  return h('label', { class: 'language' },
    h('span', { class: 'visually-hidden' }, t('nav.language')),
    h('select', {
      id: 'language', 'aria-label': t('nav.language'),
      onchange: (event) => { setLanguage(event.target.value); render(); },
    }, Object.entries(LANGUAGES).map(([code, name]) =>
      h('option', { value: code, selected: code === language() }, name))));
}

function shell(active) {
  const user = session.get();
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const header = h('header', { class: 'topbar' },
    // To what the screen is for: in the inbox the open chat's composer, else the conversation list.
    h('a', { class: 'skip', href: '#main', onclick: (e) => {
      e.preventDefault();
      (main.querySelector('[data-skip]') ?? main).focus();
    } }, t('app.skip')),
    h('a', { class: 'brand', href: '#/inbox' }, icon('logo', 26), t('app.name')),
    h('nav', { class: 'nav', 'aria-label': t('nav.menu') },
      NAVIGATION.filter(allowed).map((item) => h('a', {
        href: `#/${item.route}`,
        title: t(item.label), // where the bar shows only the icons
        class: item.route === active ? 'active' : '',
        'aria-current': item.route === active ? 'page' : null,
      }, icon(item.icon), h('span', { class: 'nav-label' }, t(item.label))))),
    h('div', { class: 'account' },
      languageSwitch(),
      h('span', { class: 'who', title: user?.tenant?.name ?? '' }, user?.user?.name ?? ''),
      h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: signOut }, t('nav.signOut'))));
  const offline = h('p', { class: 'offline', role: 'status', hidden: realtimeUp !== false }, t('common.offline'));
  mount(root, header, offline, noticesRegion(), main);
  // On a phone the bar scrolls sideways: the screen one is on stays in sight.
  header.querySelector('.nav a.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return main;
}

let rendering = 0;

/** Loads a screen's module; a newer render started meanwhile wins (answers null). */
async function screen(load, ticket) {
  let view;
  try {
    view = await load();
  } catch (error) {
    console.error(error);
    view = (main) => { mount(main, h('p', { class: 'page form-error', role: 'alert' }, t('common.error', { detail: error.message }))); };
  }
  return ticket === rendering ? view : null;
}

async function render() {
  cleanup?.();
  cleanup = null;
  const ticket = ++rendering;
  performance.mark('sapa:render');
  const { name, params, query } = parseRoute();
  if (PUBLIC[name]) {
    const view = await screen(PUBLIC[name], ticket);
    if (!view) return;
    document.title = t('app.name');
    const main = h('main', { id: 'main', class: 'main public' });
    mount(root, h('div', { class: 'public-top' }, languageSwitch()), main);
    cleanup = view(main, params, query) ?? null;
    return;
  }
  if (!session.token()) {
    navigate('login');
    return;
  }
  const item = NAVIGATION.find((entry) => entry.route === name && allowed(entry));
  if (!item) {
    navigate('inbox');
    return;
  }
  const view = await screen(item.view, ticket);
  if (!view) return;
  performance.mark('sapa:screen-ready'); // read by bench/…/InboxBenchmark
  document.title = `${t(item.label)} · ${t('app.name')}`;
  const main = shell(item.route);
  const stop = view(main, params) ?? null;
  cleanup = stop;
  // Once the screen shows its data (a screen's cleanup may carry that promise as `shown`): the
  // socket library and its connection are not on the way to the first screen.
  Promise.resolve(stop?.shown).catch(() => {}).then(() => {
    if (ticket === rendering) realtime.connect().catch((error) => console.warn('realtime', error));
  });
}

window.addEventListener('hashchange', render);
render();

// A signed-in page checks its token once at start (an expired one goes to sign-in at once) and takes
// the user's permissions as they are now: an admin may have changed them since the sign-in.
if (session.token()) {
  api.get('/api/auth/me').then((me) => {
    const before = JSON.stringify(session.get()?.user?.permissions);
    session.set({ ...session.get(), user: me.user, tenant: me.tenant });
    if (JSON.stringify(me.user.permissions) !== before) render();
  }).catch(() => {});
}
