// Sign in and register a business.
import { api } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';
import { signedIn, wasExpired } from '../app.js';

const DRAFT_KEY = 'sapa.authDraft';

/** What was typed survives a language switch or a reload (never the password). */
function remember(form) {
  const values = {};
  for (const input of form.querySelectorAll('input')) if (input.type !== 'password') values[input.name] = input.value;
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values));
}

function input(name, type, autocomplete, draft, extra = {}) {
  return h('input', { name, type, autocomplete, value: draft[name] ?? '', required: true, ...extra });
}

export function authView(mode) {
  return (main) => {
    const draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}');
    const registering = mode === 'register';
    const fields = registering
      ? [
          field(t('auth.businessName'), input('businessName', 'text', 'organization', draft)),
          field(t('auth.name'), input('name', 'text', 'name', draft)),
          field(t('auth.email'), input('email', 'email', 'email', draft)),
          field(t('auth.password'), input('password', 'password', 'new-password', draft, { minLength: 8 }), t('auth.passwordHint')),
        ]
      : [
          field(t('auth.email'), input('email', 'email', 'username', draft)),
          field(t('auth.password'), input('password', 'password', 'current-password', draft)),
        ];
    const submit = h('button', { type: 'submit', class: 'primary wide' }, registering ? t('auth.register') : t('auth.signIn'));
    const form = h('form', { class: 'card auth', novalidate: true, 'aria-labelledby': 'auth-title' },
      h('h1', { id: 'auth-title' }, registering ? t('auth.registerTitle') : t('auth.signInTitle')),
      !registering && wasExpired() ? h('p', { class: 'notice', role: 'status' }, t('auth.expired')) : null,
      fields,
      h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
      submit,
      h('p', { class: 'switch' }, h('a', { href: registering ? '#/login' : '#/register' },
        registering ? t('auth.haveAccount') : t('auth.noAccount'))));
    form.addEventListener('input', () => remember(form));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = Object.fromEntries(new FormData(form));
      submit.disabled = true;
      try {
        const auth = await api.post(registering ? '/api/auth/register' : '/api/auth/login', body);
        sessionStorage.removeItem(DRAFT_KEY);
        signedIn(auth);
      } catch (problem) {
        showErrors(form, problem.body);
      } finally {
        submit.disabled = false;
      }
    });
    mount(main, h('div', { class: 'auth-page' },
      h('p', { class: 'auth-brand' }, icon('logo', 40), 'Sapa'),
      form));
    (form.querySelector('input:invalid') ?? form.querySelector('input'))?.focus();
  };
}

/**
 * A page a single-use link opens, where a password is chosen and the member is signed in: an
 * invitation (keys under invite.) or a password reset (reset.). The link's token is in the query.
 */
function passwordPage(main, query, { keys, endpoint, inputId, buttonId }) {
  const token = query?.get('token') ?? '';
  const password = h('input', { name: 'password', id: inputId, type: 'password', autocomplete: 'new-password', required: true, minLength: 8 });
  const submit = h('button', { type: 'submit', class: 'primary wide', id: buttonId }, t(`${keys}.accept`));
  const form = h('form', { class: 'card auth', novalidate: true, 'aria-labelledby': 'auth-title' },
    h('h1', { id: 'auth-title' }, t(`${keys}.title`)),
    h('p', {}, t(`${keys}.intro`)),
    field(t(`${keys}.password`), password, t('auth.passwordHint')),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: !!token }, token ? '' : t(`${keys}.noToken`)),
    submit,
    h('p', { class: 'switch' }, h('a', { href: '#/login' }, t('invite.haveAccount'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      signedIn(await api.post(endpoint, { token, password: password.value }));
    } catch (problem) {
      // 400: unknown token, 410: used, replaced or expired: both said in the form's message line.
      const body = problem.status === 410 ? { detail: t(`${keys}.expired`) } : problem.body;
      showErrors(form, body?.errors?.some((error) => error.field === 'token') ? { detail: t(`${keys}.invalid`) } : body);
    } finally {
      submit.disabled = false;
    }
  });
  mount(main, h('div', { class: 'auth-page' },
    h('p', { class: 'auth-brand' }, icon('logo', 40), 'Sapa'),
    form));
  password.focus();
}

/** The page an invitation link opens: the new member chooses a password and is signed in. */
export function acceptInviteView(main, params, query) {
  passwordPage(main, query, { keys: 'invite', endpoint: '/api/auth/accept-invite', inputId: 'invite-password', buttonId: 'accept-invite' });
}

/** The page a password reset link opens: a new password, signed in here and out everywhere else. */
export function resetPasswordView(main, params, query) {
  passwordPage(main, query, { keys: 'reset', endpoint: '/api/auth/reset-password', inputId: 'reset-password', buttonId: 'save-password' });
}
