// The API keys a billing or point-of-sale system calls Sapa with: created with their scopes (the key
// itself shown once, to copy), listed by their prefix only, revoked. Owners and admins only.
import { api } from '../api.js';
import { copyButton, field, h, mount, showErrors } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { checkbox, groupField } from './rulefields.js';

const PATH = '/api/api-keys';
// The server's ApiKeyScope codes; a new key offers the two a billing system needs.
const SCOPES = ['notifications:send', 'notifications:read', 'contacts:read', 'contacts:write'];
const SUGGESTED = ['notifications:send', 'notifications:read'];

function scopeName(code) {
  return SCOPES.includes(code) ? t(`scope.${code.replace(':', '.')}`) : code;
}

function time(key, iso) {
  return h('time', { datetime: iso }, t(key, { when: formatDateTime(iso) }));
}

/** The new key, this once, in a modal dialog: copy it, then it is gone from the page. */
function showKey(slot, created) {
  const input = h('input', { id: 'new-api-key', class: 'key-value', readonly: true, spellcheck: false, value: created.key });
  const dialog = h('dialog', { class: 'key-dialog', id: 'api-key-dialog', 'aria-labelledby': 'api-key-dialog-title',
    'aria-describedby': 'api-key-warning' },
  h('h2', { id: 'api-key-dialog-title' }, t('apiKeys.createdTitle', { name: created.apiKey.name })),
  h('p', { class: 'notice', id: 'api-key-warning' }, t('apiKeys.onceWarning')),
  field(t('apiKeys.key'), input),
  h('div', { class: 'actions' },
    copyButton(input, t('apiKeys.copy'), t('team.copied'), { id: 'copy-api-key' }),
    h('button', { type: 'button', class: 'primary', id: 'close-api-key', onclick: () => dialog.close() }, t('apiKeys.done'))));
  dialog.addEventListener('close', () => dialog.remove());
  slot.append(dialog);
  dialog.showModal();
  input.select();
}

export function apiKeysPanel() {
  const list = h('ul', { class: 'api-keys', id: 'api-keys', 'aria-label': t('apiKeys.list') });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const dialogSlot = h('div');

  async function revoke(key) {
    if (!window.confirm(t('apiKeys.confirmRevoke', { name: key.name }))) return;
    try {
      await api.delete(`${PATH}/${key.id}`);
      await load();
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function item(key) {
    return h('li', { class: `api-key card${key.revoked ? ' off' : ''}`, dataset: { id: key.id, prefix: key.prefix } },
      h('div', { class: 'notice-head' },
        h('strong', {}, key.name),
        key.revoked ? h('span', { class: 'tag blocked' }, t('apiKeys.revoked')) : null),
      h('p', {}, h('code', { class: 'key-prefix', title: t('apiKeys.prefixHint') }, `${key.prefix}…`)),
      h('div', { class: 'tags', 'aria-label': t('apiKeys.scopes') }, key.scopes.map((scope) => h('span', { class: 'tag' }, scopeName(scope)))),
      h('p', { class: 'muted' },
        time('apiKeys.created', key.createdAt), ' · ',
        key.lastUsedAt ? time('apiKeys.lastUsed', key.lastUsedAt) : t('apiKeys.neverUsed'),
        key.revokedAt ? [' · ', time('apiKeys.revokedAt', key.revokedAt)] : null),
      key.revoked ? null : h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'danger api-key-revoke', onclick: () => revoke(key) },
          t('apiKeys.revoke'), h('span', { class: 'visually-hidden' }, ` ${key.name}`))));
  }

  async function load() {
    try {
      const keys = await api.get(PATH);
      mount(list, keys.map(item));
      status.hidden = keys.length > 0;
      status.textContent = t('apiKeys.empty');
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  const name = h('input', { name: 'name', id: 'api-key-name', autocomplete: 'off', required: true, maxlength: 100 });
  const form = h('form', { class: 'card api-key-form', novalidate: true, 'aria-labelledby': 'api-key-form-title' },
    h('h2', { id: 'api-key-form-title' }, t('apiKeys.new')),
    field(t('apiKeys.name'), name, t('apiKeys.nameHint')),
    groupField('scopes', t('apiKeys.scopes'), SCOPES.map((code) =>
      checkbox('scopes', SUGGESTED.includes(code), scopeName(code), { value: code, id: `scope-${code.replace(':', '-')}` }))),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('button', { type: 'submit', class: 'primary', id: 'create-api-key' }, t('apiKeys.create')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const scopes = [...form.querySelectorAll('input[name=scopes]:checked')].map((box) => box.value);
    try {
      const created = await api.post(PATH, { name: name.value.trim(), scopes });
      showErrors(form, null);
      form.reset();
      await load();
      showKey(dialogSlot, created);
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });

  load();
  return {
    element: h('section', { class: 'api-keys-panel', 'aria-label': t('notices.tab.apiKeys') },
      h('p', { class: 'muted' }, t('apiKeys.intro')), form, status, list, dialogSlot),
  };
}
