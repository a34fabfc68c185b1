// Short notices about what happens elsewhere while the user works, e.g. a conversation handed to them.
import { h } from './dom.js';
import { icon } from './icons.js';
import { t } from './i18n.js';

const SHOWN_FOR = 20_000;

// One region for the whole app, kept across screens: a notice stays while the user moves on.
const region = h('div', { class: 'notices', id: 'notices', role: 'status', 'aria-live': 'polite' });

export function noticesRegion() {
  return region;
}

/** Shows text, with a link when href is given, until dismissed or for SHOWN_FOR. */
export function notify(text, { href = null, linkLabel = null, kind = '' } = {}) {
  const item = h('div', { class: `toast ${kind}`.trim() },
    h('span', { class: 'toast-text' }, text),
    href ? h('a', { href, class: 'toast-link', onclick: () => item.remove() }, linkLabel) : null,
    h('button', { type: 'button', class: 'icon-button', 'aria-label': t('common.dismiss'), onclick: () => item.remove() },
      icon('close', 18)));
  region.append(item);
  setTimeout(() => item.remove(), SHOWN_FOR);
  return item;
}
