// What the Notifikasi screen's parts share: the names of the notice types, statuses and reasons, and
// who may change what. Everyone the screen is shown to (SEND_NOTICES, see app.js) follows and sends
// notices; the texts, the settings and the API keys need MANAGE_TENANT, which only owners and admins
// hold. The server refuses the rest (403) whatever the screen shows.
import { can } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { sendFailure } from '../failures.js';

export const NOTICE_TYPES = ['payment_notification', 'invoice_notification', 'late_payment_reminder_3',
  'late_payment_reminder_4', 'prepaid_expiry', 'message', 'consent_confirmation'];
export const NOTICE_STATUSES = ['pending', 'sent', 'delivered', 'read', 'failed', 'skipped', 'cancelled'];
const REASONS = ['opted_out', 'blocked', 'window_closed', 'template_unsendable', 'not_connected', 'sending_stopped', 'unreachable'];

// How far a notice got: a status event older than what is shown (they may cross) changes nothing.
const PROGRESS = { pending: 0, sent: 1, delivered: 2, read: 3, failed: 3, skipped: 3, cancelled: 3 };

export function managesNotices() {
  return can('manage_tenant');
}

export function typeName(type) {
  return NOTICE_TYPES.includes(type) ? t(`noticeType.${type}`) : type;
}

export function statusTag(status) {
  return h('span', { class: 'notice-status', dataset: { status } },
    NOTICE_STATUSES.includes(status) ? t(`noticeStatus.${status}`) : status);
}

/** Whether status is further on than shown (or the same). */
export function isNewer(status, shown) {
  return (PROGRESS[status] ?? 0) >= (PROGRESS[shown] ?? 0);
}

/** Why a notice was skipped or failed, in the app's language where the reason is known. */
export function reasonText(notice) {
  if (REASONS.includes(notice.reason)) return t(`noticeReason.${notice.reason}`);
  return sendFailure(notice.reason, notice.errorMessage ?? notice.reason);
}

/**
 * fn run once, ms after the last of a burst of calls: a batch's hundred status events make one
 * request, not a hundred. cancel() drops a pending run (the screen was left).
 */
export function coalesced(fn, ms = 400) {
  let timer = null;
  const run = () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  run.cancel = () => clearTimeout(timer);
  return run;
}
