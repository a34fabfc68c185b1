// The inbox's keyboard shortcuts, and the list of them that "?" shows.
import { h } from '../dom.js';
import { t } from '../i18n.js';

/**
 * Alt with a key works everywhere, in the composer too; a single key only where it is not being
 * typed into a field. event.code, not event.key: Alt changes the character on some keyboards.
 */
const WITH_ALT = { ArrowDown: 'next', ArrowUp: 'previous', KeyR: 'resolve', KeyM: 'assignToMe', KeyN: 'note' };
const SINGLE = { j: 'next', k: 'previous', '/': 'search', '?': 'help' };

/** What the help lists, in this order. */
const LISTED = [
  ['next', ['Alt', '↓'], 'j'],
  ['previous', ['Alt', '↑'], 'k'],
  ['resolve', ['Alt', 'R']],
  ['assignToMe', ['Alt', 'M']],
  ['note', ['Alt', 'N']],
  ['search', ['/']],
  ['rows', ['↑', '↓']],
  ['help', ['?']],
];

function inField(target) {
  return !!target?.closest?.('input, textarea, select, [contenteditable="true"]');
}

function keys(combination) {
  return combination.flatMap((key, i) => [i ? ' + ' : null, h('kbd', {}, key)]);
}

let dialog = null;

/** Opens the list of shortcuts; Escape or the close button closes it and focus goes back where it was. */
export function showShortcuts() {
  dialog?.remove();
  dialog = h('dialog', { id: 'shortcuts', class: 'shortcuts', 'aria-labelledby': 'shortcuts-title' },
    h('h2', { id: 'shortcuts-title' }, t('shortcuts.title')),
    h('table', {},
      h('tbody', {}, LISTED.map(([action, combination, single]) => h('tr', {},
        h('th', { scope: 'row' }, keys(combination), single ? [` ${t('shortcuts.or')} `, h('kbd', {}, single)] : null),
        h('td', {}, t(`shortcuts.${action}`)))))),
    h('form', { method: 'dialog' }, h('button', { type: 'submit', class: 'primary', id: 'shortcuts-close' }, t('shortcuts.close'))));
  document.body.append(dialog);
  dialog.addEventListener('close', () => { dialog?.remove(); dialog = null; });
  dialog.showModal();
}

/** The button that opens the list, for who does not know to press "?". */
export function shortcutsButton() {
  return h('button', { type: 'button', class: 'link shortcuts-button', id: 'show-shortcuts', onclick: showShortcuts },
    t('shortcuts.button'));
}

/**
 * Listens for the shortcuts while the inbox is shown; actions: next, previous, resolve, assignToMe,
 * note, search (each optional). Answers the function that stops listening.
 */
export function inboxShortcuts(actions) {
  const onKey = (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.isComposing || dialog) return;
    const action = event.altKey
      ? (event.shiftKey ? null : WITH_ALT[event.code])
      : (inField(event.target) ? null : SINGLE[event.key]);
    if (!action) return;
    event.preventDefault();
    if (action === 'help') showShortcuts();
    else actions[action]?.();
  };
  document.addEventListener('keydown', onKey);
  return () => {
    document.removeEventListener('keydown', onKey);
    dialog?.close();
  };
}
