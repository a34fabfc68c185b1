// Link the business's WhatsApp: pick a provider, scan the QR live, or enter API credentials.
import { api, can } from '../api.js';
import { field, h, mount, showErrors } from '../dom.js';
import { t } from '../i18n.js';
import * as realtime from '../realtime.js';

/** The credentials each API provider asks for (the sandbox asks for none). */
const PROVIDERS = {
  sandbox: [],
  cloud_api: [['phoneNumberId', true], ['businessAccountId', true], ['accessToken', true, 'password'],
    ['appSecret', false, 'password'], ['verifyToken', false]],
  whapi: [['token', true, 'password'], ['baseUrl', false, 'url']],
};
const PROVIDER_KEY = 'sapa.provider';

export function whatsappView(main) {
  let provider = PROVIDERS[sessionStorage.getItem(PROVIDER_KEY)] ? sessionStorage.getItem(PROVIDER_KEY) : 'sandbox';
  let status = null;
  let qr = null;
  let countdown = null;

  const statusLine = h('p', { class: 'connection-status', id: 'connection-status', role: 'status', 'aria-live': 'polite' }, t('common.loading'));
  const qrBox = h('div', { class: 'qr', id: 'qr' });
  const actions = h('div', { class: 'actions' });
  const form = h('form', { class: 'connect-form', novalidate: true });
  // Only who may change the business's settings links or unlinks its number; the others see its status.
  const manages = can('manage_tenant');
  const managedBy = manages ? null : h('p', { class: 'muted', id: 'managed-by' }, t('wa.managedBy'));

  function withExpiry(code) {
    return { ...code, expiresAt: code.expiresIn ? Date.now() + code.expiresIn * 1000 : null };
  }

  function statusText() {
    if (!status) return t('common.loading');
    const label = t(`wa.${status.status}`);
    return status.phoneNumber ? `${label} · ${t('wa.number', { number: `+${status.phoneNumber}` })}` : label;
  }

  function renderStatus() {
    statusLine.textContent = statusText();
    statusLine.dataset.status = status?.status ?? '';
    const connected = status?.status === 'connected';
    if (connected) qr = null;
    clearInterval(countdown);
    const expiry = h('p', { class: 'muted', id: 'qr-expiry' });
    const tickDown = () => {
      const left = Math.max(0, Math.round((qr.expiresAt - Date.now()) / 1000));
      if (left > 0) {
        expiry.textContent = t('wa.expiresIn', { n: left });
        return;
      }
      clearInterval(countdown);
      mount(expiry, t('wa.expired'), ' ',
        h('button', { type: 'button', class: 'link', id: 'new-code', onclick: () => form.requestSubmit() }, t('wa.newCode')));
    };
    mount(qrBox, qr && status?.status !== 'connected'
      ? [h('img', { src: qr.qrCode, alt: t('wa.qrAlt'), width: 240, height: 240 }),
         h('p', { class: 'muted' }, t('wa.scanHelp')),
         qr.expiresAt ? expiry : null]
      : []);
    if (qr?.expiresAt && status?.status !== 'connected') {
      tickDown();
      countdown = setInterval(tickDown, 1000);
    }
    mount(actions,
      connected && manages ? h('button', { type: 'button', class: 'danger', id: 'disconnect', onclick: disconnect }, t('wa.disconnect')) : null,
      qr && status?.provider === 'sandbox' && !connected && manages
        ? h('button', { type: 'button', class: 'secondary', id: 'simulate-scan', onclick: simulateScan }, t('wa.simulateScan')) : null,
      connected && status?.provider === 'sandbox'
        ? h('p', {}, h('a', { href: '#/simulator' }, t('wa.tryIt'))) : null);
    form.hidden = connected;
  }

  function renderForm() {
    const fields = PROVIDERS[provider].map(([name, required, type]) =>
      field(t(`wa.${name}`), h('input', { name, type: type ?? 'text', required, autocomplete: 'off' })));
    mount(form,
      h('fieldset', { class: 'field', dataset: { field: 'provider' } },
        h('legend', {}, t('wa.provider')),
        Object.keys(PROVIDERS).map((code) => h('label', { class: 'radio' },
          h('input', { type: 'radio', name: 'provider', value: code, checked: code === provider,
            onchange: () => { provider = code; sessionStorage.setItem(PROVIDER_KEY, code); renderForm(); } }),
          t(`wa.${code}`))),
        h('p', { class: 'field-error', role: 'alert', hidden: true })),
      fields,
      h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
      h('button', { type: 'submit', class: 'primary', id: 'connect' }, t('wa.connect')));
  }

  async function refresh() {
    try {
      status = await api.get('/api/whatsapp/status');
      renderStatus();
    } catch (problem) {
      statusLine.textContent = t('common.error', { detail: problem.message });
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    showErrors(form, null);
    const body = { provider };
    for (const [name] of PROVIDERS[provider]) {
      const value = form.elements[name].value.trim();
      if (value) body[name] = value;
    }
    try {
      const answer = await api.post('/api/whatsapp/connect', body);
      status = { status: answer.status, phoneNumber: answer.phoneNumber, provider: answer.provider };
      qr = answer.qrCode ? withExpiry({ qrCode: answer.qrCode, expiresIn: answer.expiresIn }) : null;
      renderStatus();
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });

  async function simulateScan() {
    try {
      await api.post('/api/sandbox/scan');
      await refresh();
    } catch (problem) {
      statusLine.textContent = t('common.error', { detail: problem.message });
    }
  }

  async function disconnect() {
    if (!window.confirm(t('wa.confirmDisconnect'))) return;
    try {
      await api.delete('/api/whatsapp/disconnect');
      qr = null;
      await refresh();
    } catch (problem) {
      statusLine.textContent = t('common.error', { detail: problem.message });
    }
  }

  const unsubscribe = [
    realtime.on('qr-code', (payload) => { qr = withExpiry(payload); if (status) status.status = 'qr_pending'; renderStatus(); }),
    realtime.on('connection-status', (payload) => {
      // The socket speaks seed 002's three states; the full status (provider, number) comes from the API.
      status = { ...status, status: payload.status, phoneNumber: payload.phoneNumber ?? status?.phoneNumber };
      renderStatus();
      refresh();
    }),
    realtime.on('session-expired', () => { qr = null; refresh(); }),
  ];

  renderForm();
  mount(main, h('div', { class: 'page narrow' },
    h('h1', {}, t('wa.title')),
    h('section', { class: 'card' }, h('h2', {}, t('wa.status')), statusLine, qrBox, actions, managedBy),
    manages ? h('section', { class: 'card' }, form) : null));
  refresh();
  return () => {
    clearInterval(countdown);
    unsubscribe.forEach((off) => off());
  };
}
