// Why a send failed, in the reader's language where Sapa knows the failure by its stable code
// (Sapa's own, or Meta's); otherwise the provider's own words.
import { t } from './i18n.js';

const KNOWN = ['131047', '131056', 'not_connected', 'no_answer', 'unreachable', 'timeout', 'server_error', 'rate_limit',
  'invalid_recipient', 'no_phone_number', 'unsupported', 'not_sent'];

export function sendFailure(code, message) {
  return KNOWN.includes(code) ? t(`sendError.${code}`) : message ?? '';
}
