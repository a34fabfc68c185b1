// The phone simulator (sandbox): play a customer, send text or an image, read the business's replies.
import { api, mediaObjectUrl, query } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatTime, t } from '../i18n.js';
import { icon } from '../icons.js';

const CUSTOMER_KEY = 'sapa.simulator.customer';
const SENT_KEY = 'sapa.simulator.sent';
const POLL_MS = 1500;

function stored(key, fallback) {
  try { return JSON.parse(localStorage.getItem(key)) ?? fallback; } catch { return fallback; }
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export function simulatorView(main) {
  const customer = stored(CUSTOMER_KEY, { from: '081234567890', name: 'Budi' });
  // What this customer sent, per number, kept in the browser: the sandbox only keeps the business's side.
  const sent = stored(SENT_KEY, {});
  let outbox = [];
  const read = new Set();
  const delivered = new Set();
  let timer = null;
  let closed = false;

  const numberInput = h('input', { name: 'from', id: 'sim-from', value: customer.from, inputmode: 'tel', autocomplete: 'off' });
  const nameInput = h('input', { name: 'name', id: 'sim-name', value: customer.name, autocomplete: 'off' });
  const notice = h('p', { class: 'notice', role: 'alert', hidden: true });
  const thread = h('ol', { class: 'phone-thread', 'aria-live': 'polite', 'aria-label': t('sim.title') });
  const textInput = h('input', { name: 'text', id: 'sim-text', placeholder: t('sim.message'), 'aria-label': t('sim.message'), autocomplete: 'off' });
  const imageInput = h('input', { type: 'file', id: 'sim-image', accept: 'image/jpeg,image/png', class: 'visually-hidden' });
  const markAll = h('button', { type: 'button', class: 'link', id: 'sim-mark-read', onclick: () => markRead([...outbox]) }, t('sim.markRead'));

  function mine() {
    return sent[customer.from] ?? [];
  }

  function save() {
    localStorage.setItem(CUSTOMER_KEY, JSON.stringify(customer));
    localStorage.setItem(SENT_KEY, JSON.stringify(sent));
  }

  function render() {
    const items = [
      ...mine().map((m) => ({ ...m, side: 'out' })),
      ...outbox.map((m) => ({ ...m, side: 'in' })),
    ].sort((a, b) => new Date(a.sentAt) - new Date(b.sentAt));
    const stick = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 60;
    mount(thread, items.length ? items.map((m) => {
      const image = m.image ? h('img', { class: 'media', src: m.image, alt: m.text || 'image' }) : null;
      const remote = !m.image && m.mediaUrl ? h('img', { class: 'media', alt: m.content || m.type }) : null;
      if (remote) mediaObjectUrl(m.mediaUrl).then((url) => { remote.src = url; }).catch(() => remote.remove());
      return h('li', { class: `phone-bubble ${m.side}`, dataset: { wa: m.waMessageId ?? '' } },
        image, remote,
        h('p', { class: 'text' }, m.text ?? m.content ?? (m.type && m.type !== 'text' ? `[${m.type}]` : '')),
        h('p', { class: 'meta' }, formatTime(m.sentAt),
          m.side === 'in' && read.has(m.waMessageId) ? h('span', { class: 'read' }, ` · ${t('sim.read')}`) : null));
    }) : h('li', { class: 'muted empty' }, t('sim.empty')));
    markAll.hidden = !outbox.some((m) => !read.has(m.waMessageId));
    if (stick) thread.scrollTop = thread.scrollHeight;
  }

  function showProblem(problem) {
    notice.textContent = problem.status === 409 ? t('sim.notConnected') : t('common.error', { detail: problem.message });
    notice.hidden = false;
  }

  async function poll() {
    if (closed) return;
    try {
      const answer = await api.get(`/api/sandbox/outbox${query({ to: customer.from })}`);
      const changed = answer.length !== outbox.length;
      outbox = answer;
      notice.hidden = true;
      if (changed) render();
      // Like a phone that is on: what arrives is acknowledged as delivered.
      for (const m of answer) {
        if (delivered.has(m.waMessageId)) continue;
        delivered.add(m.waMessageId);
        api.post('/api/sandbox/receipts', { waMessageId: m.waMessageId, status: 'delivered' }).catch(() => delivered.delete(m.waMessageId));
      }
    } catch (problem) {
      if (problem.status === 409) showProblem(problem);
    }
    if (!closed) timer = setTimeout(poll, POLL_MS);
  }

  async function markRead(messages) {
    for (const m of messages) {
      if (read.has(m.waMessageId)) continue;
      try {
        await api.post('/api/sandbox/receipts', { waMessageId: m.waMessageId, status: 'read' });
        read.add(m.waMessageId);
      } catch (problem) {
        showProblem(problem);
        break;
      }
    }
    render();
  }

  async function sendInbound(body, local) {
    try {
      const answer = await api.post('/api/sandbox/inbound', { from: customer.from, name: customer.name || undefined, ...body });
      sent[customer.from] = [...mine(), { ...local, waMessageId: answer.waMessageId, sentAt: new Date().toISOString() }];
      save();
      notice.hidden = true;
      render();
      return true;
    } catch (problem) {
      showProblem(problem);
      return false;
    }
  }

  const form = h('form', { class: 'phone-composer', onsubmit: async (event) => {
    event.preventDefault();
    const text = textInput.value.trim();
    if (!text) return;
    if (await sendInbound({ type: 'text', text }, { text })) textInput.value = '';
    textInput.focus();
  } },
  h('label', { class: 'icon-button', for: 'sim-image', title: t('sim.image') },
    icon('image'), h('span', { class: 'visually-hidden' }, t('sim.image'))),
  imageInput, textInput, h('button', { type: 'submit', class: 'primary round', id: 'sim-send', 'aria-label': t('sim.send') }, icon('send')));

  imageInput.addEventListener('change', async () => {
    const file = imageInput.files[0];
    if (!file) return;
    const dataUrl = await readFile(file);
    const caption = textInput.value.trim();
    if (await sendInbound({ type: 'image', mediaBase64: dataUrl, mimeType: file.type, fileName: file.name, text: caption || undefined },
      { image: dataUrl, text: caption })) textInput.value = '';
    imageInput.value = '';
  });

  function customerChanged() {
    customer.from = numberInput.value.trim();
    customer.name = nameInput.value.trim();
    save();
    outbox = [];
    read.clear();
    render();
  }
  numberInput.addEventListener('change', customerChanged);
  nameInput.addEventListener('change', customerChanged);

  mount(main, h('div', { class: 'simulator' },
    h('section', { class: 'sim-intro' },
      h('h1', {}, t('sim.title')),
      h('p', { class: 'sim-help' }, t('sim.intro')),
      h('div', { class: 'sim-fields' }, field(t('sim.number'), numberInput), field(t('sim.name'), nameInput)),
      notice),
    h('section', { class: 'phone', 'aria-label': t('sim.title') },
      h('header', { class: 'phone-header' }, h('span', { class: 'avatar', 'aria-hidden': 'true' }, icon('store')), h('span', {}, 'Sapa'), markAll),
      thread,
      form)));
  render();
  poll();
  return () => { closed = true; clearTimeout(timer); };
}
