// The bulk sends (send-bulk), newest first: each batch's progress bar kept live by
// notification-batch-progress, and a cancel for one still going.
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import * as realtime from '../realtime.js';
import { coalesced, typeName } from './noticetypes.js';

const OPEN = ['queued', 'running'];
const PARTS = ['sent', 'failed', 'skipped', 'cancelled'];

function done(batch) {
  return PARTS.reduce((sum, part) => sum + Number(batch[part] ?? 0), 0);
}

function counts(batch) {
  const text = t('batches.counts', { done: done(batch), total: batch.total, sent: batch.sent, failed: batch.failed,
    skipped: batch.skipped, pending: batch.pending });
  return batch.cancelled ? text + t('batches.cancelledCount', { n: batch.cancelled }) : text;
}

/** One bar, its parts as wide as their share of the batch. */
function progress(batch) {
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': t('batches.progress', { name: typeName(batch.type) }),
    'aria-valuemin': '0', 'aria-valuemax': String(batch.total), 'aria-valuenow': String(done(batch)), 'aria-valuetext': counts(batch) });
  for (const part of PARTS) {
    const piece = h('span', { class: `progress-part ${part}` });
    piece.style.width = `${batch.total ? (100 * Number(batch[part] ?? 0)) / batch.total : 0}%`;
    bar.append(piece);
  }
  return bar;
}

export function batchesPanel() {
  const batches = new Map(); // id → { batch, element }
  const list = h('ul', { class: 'batches', id: 'batches', 'aria-label': t('notices.tab.batches'), 'aria-busy': 'true' });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  let stopped = false;

  async function cancel(batch) {
    if (!window.confirm(t('batches.confirmCancel', { left: batch.total - done(batch) }))) return;
    try {
      update((await api.post(`/api/whatsapp/batches/${batch.id}/cancel`)).data);
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function card(batch) {
    const seconds = batch.delayMs ? Math.round(batch.delayMs / 100) / 10 : 0;
    return h('li', { class: 'batch card', dataset: { id: batch.id, status: batch.status } },
      h('div', { class: 'notice-head' },
        h('strong', {}, typeName(batch.type)),
        h('span', { class: 'batch-status', dataset: { status: batch.status } }, t(`batchStatus.${batch.status}`))),
      h('p', { class: 'muted' },
        h('time', { datetime: batch.createdAt }, t('batches.created', { when: formatDateTime(batch.createdAt) })),
        batch.finishedAt ? [' · ', h('time', { datetime: batch.finishedAt }, t('batches.finished', { when: formatDateTime(batch.finishedAt) }))] : null,
        seconds ? ` · ${t('batches.delay', { seconds })}` : ''),
      progress(batch),
      h('p', { class: 'batch-counts' }, counts(batch)),
      OPEN.includes(batch.status) ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger batch-cancel', onclick: () => cancel(batches.get(batch.id).batch) },
          t('batches.cancel'), h('span', { class: 'visually-hidden' }, ` ${typeName(batch.type)} ${formatDateTime(batch.createdAt)}`))) : null);
  }

  function put(batch) {
    const shown = batches.get(batch.id);
    const element = card(batch);
    if (shown) shown.element.replaceWith(element);
    else list.append(element);
    batches.set(batch.id, { batch, element });
  }

  async function load() {
    try {
      const answer = await api.get('/api/whatsapp/batches');
      if (stopped) return;
      batches.clear();
      mount(list);
      answer.data.forEach(put);
      status.hidden = answer.data.length > 0;
      status.textContent = t('batches.empty');
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    } finally {
      list.setAttribute('aria-busy', 'false');
    }
  }

  /** Shows what the server said unless the card already shows more (answers and events may cross). */
  function update(batch) {
    const shown = batches.get(batch.id)?.batch;
    if (shown && ((!OPEN.includes(shown.status) && OPEN.includes(batch.status)) || done(batch) < done(shown))) return;
    put({ ...shown, ...batch });
  }

  // The batch as the server has it now, for the batches whose rows moved: the progress events are
  // spaced out, and a batch is completed once its last row is queued, before that row is sent.
  const moved = new Set();
  const refreshMoved = coalesced(() => {
    for (const id of moved) {
      api.get(`/api/whatsapp/batches/${id}`).then((answer) => { if (!stopped) update(answer.data); }).catch(() => {});
    }
    moved.clear();
  });

  const reload = coalesced(load);
  const off = [
    realtime.on('notification-batch-progress', ({ batchId, ...now }) => {
      if (!batches.has(batchId)) { reload(); return; }
      update({ id: batchId, ...now });
      if (!OPEN.includes(now.status)) { moved.add(batchId); refreshMoved(); } // its end time is not in the event
    }),
    realtime.on('notification-updated', ({ batchId }) => {
      if (!batchId || !batches.has(batchId)) return;
      moved.add(batchId);
      refreshMoved();
    }),
    realtime.on('realtime-state', ({ namespace, connected }) => { if (namespace === 'whatsapp' && connected) reload(); }),
  ];

  load();
  return {
    element: h('section', { class: 'batches-panel', 'aria-label': t('notices.tab.batches') },
      h('p', { class: 'muted' }, t('batches.intro')), status, list),
    stop() {
      stopped = true;
      reload.cancel();
      refreshMoved.cancel();
      off.forEach((unsubscribe) => unsubscribe());
    },
  };
}
