// Settings: the member's own account (password, signing out on every device), this browser's
// notifications, and for who manages the business its profile, hours and how chats are shared.
import { api, can, session } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { desktopNotificationsSwitch } from '../desktop.js';
import { t } from '../i18n.js';
import { notify } from '../notices.js';
import * as realtime from '../realtime.js';
import { soundOn, setSound } from '../sound.js';

/** The name the member goes by in the team: theirs to change. */
function nameForm(user) {
  const name = h('input', { name: 'name', id: 'my-name', value: user.name ?? '', required: true, maxLength: 100, autocomplete: 'name' });
  const form = h('form', { class: 'inline-form settings-name', novalidate: true },
    field(t('settings.myName'), name),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('button', { type: 'submit', class: 'secondary', id: 'save-name' }, t('panel.save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!name.value.trim()) { showErrors(form, { errors: [{ field: 'name', message: t('settings.required') }] }); return; }
    try {
      const me = await api.patch('/api/auth/me', { name: name.value.trim() });
      session.set({ ...session.get(), user: me.user });
      showErrors(form, null);
      notify(t('settings.nameSaved'));
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });
  return form;
}

function accountSection() {
  const user = session.get()?.user ?? {};
  const current = h('input', { name: 'currentPassword', id: 'current-password', type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { name: 'newPassword', id: 'new-password', type: 'password', autocomplete: 'new-password', required: true, minLength: 8 });
  const form = h('form', { class: 'settings-password', novalidate: true, 'aria-labelledby': 'password-title' },
    h('h3', { id: 'password-title' }, t('settings.changePassword')),
    field(t('settings.currentPassword'), current),
    field(t('settings.newPassword'), next, t('auth.passwordHint')),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('button', { type: 'submit', class: 'secondary', id: 'change-password' }, t('settings.changePassword')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The browser's checks first: the server says the same, a round trip later.
    const errors = [];
    if (!current.value) errors.push({ field: 'currentPassword', message: t('settings.required') });
    if (next.value.length < 8) errors.push({ field: 'newPassword', message: t('auth.passwordHint') });
    if (errors.length) { showErrors(form, { errors }); return; }
    try {
      const auth = await api.post('/api/auth/change-password', { currentPassword: current.value, newPassword: next.value });
      // This device carries on with the new session; the others were signed out.
      session.set(auth);
      form.reset();
      showErrors(form, null);
      notify(t('settings.passwordChanged'));
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });
  const everywhere = h('button', { type: 'button', class: 'danger', id: 'logout-all', onclick: async () => {
    if (!window.confirm(t('settings.logoutAllConfirm'))) return;
    try {
      await api.post('/api/auth/logout-all');
    } finally {
      session.clear();
      realtime.disconnect();
      location.hash = '#/login';
    }
  } }, t('settings.logoutAll'));
  return h('section', { class: 'card settings-account', 'aria-labelledby': 'account-title' },
    h('h2', { id: 'account-title' }, t('settings.account')),
    nameForm(user),
    h('dl', { class: 'facts' },
      h('dt', {}, t('auth.email')), h('dd', {}, user.email ?? ''),
      h('dt', {}, t('team.role')), h('dd', {}, user.role ? t(`role.${user.role}`) : '')),
    form,
    h('h3', {}, t('settings.sessions')),
    h('p', { class: 'field-hint' }, t('settings.logoutAllHint')),
    everywhere);
}

function notificationsSection() {
  const sound = h('input', { type: 'checkbox', id: 'setting-sound', checked: soundOn(),
    onchange: (event) => setSound(event.target.checked) });
  return h('section', { class: 'card', 'aria-labelledby': 'notifications-title' },
    h('h2', { id: 'notifications-title' }, t('settings.notifications')),
    h('p', { class: 'field-hint' }, t('settings.notificationsHint')),
    h('p', {}, h('label', { class: 'check inline', for: sound.id }, sound, t('settings.sound'))),
    h('p', {}, desktopNotificationsSwitch()));
}

export function settingsView(main) {
  const business = h('div', { class: 'settings-business' });
  mount(main, h('div', { class: 'page settings' },
    h('h1', {}, t('nav.settings')),
    accountSection(),
    notificationsSection(),
    business));
  if (!can('manage_tenant')) return null;
  mount(business, h('p', { class: 'muted' }, t('common.loading')));
  const shown = Promise.all([api.get('/api/tenant'), import('./businesssettings.js')])
    .then(([tenant, { businessSettings }]) => mount(business, businessSettings(tenant)))
    .catch((problem) => mount(business, h('p', { class: 'form-error', role: 'alert' }, t('common.error', { detail: problem.message }))));
  const stop = () => {};
  stop.shown = shown;
  return stop;
}
