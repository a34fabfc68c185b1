// Quick replies: the team's ready-made answers, grouped by category, with a category filter and a
// search; those who may write them add, change and delete them here.
import { api, can } from '../api.js';
import { h, mount } from '../dom.js';
import { language, t } from '../i18n.js';
import { quickReplyForm } from './quickreplyform.js';

/** "Pengiriman" and "pengiriman" are one category to the people typing them. */
function categoryKey(reply) {
  return (reply.category ?? '').toLocaleLowerCase();
}

/**
 * The replies by category, named categories in alphabetical order and the uncategorised last. A
 * group is headed by the spelling most of its replies use; a tie goes to the capitalised one
 * (sorted first), as a heading reads.
 */
export function groupByCategory(replies) {
  const groups = new Map();
  for (const reply of replies) {
    const key = categoryKey(reply);
    if (!groups.has(key)) groups.set(key, { key, replies: [], spellings: new Map() });
    const group = groups.get(key);
    group.replies.push(reply);
    if (reply.category) group.spellings.set(reply.category, (group.spellings.get(reply.category) ?? 0) + 1);
  }
  const named = (group) => [...group.spellings.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
    .reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0])[0];
  return [...groups.values()]
    .map((group) => ({ key: group.key, label: group.key ? named(group) : null, replies: group.replies }))
    .sort((a, b) => (!a.key) - (!b.key) || a.label?.localeCompare(b.label ?? '', language()) || 0);
}

function matches(reply, words) {
  const text = `${reply.shortcut} ${reply.title ?? ''} ${reply.message} ${reply.category ?? ''}`.toLocaleLowerCase();
  return words.every((word) => text.includes(word));
}

export function quickRepliesView(main) {
  const mayWrite = can('manage_quick_replies');
  // A personal quick reply is seen by its author only, who may change it without the permission.
  const mayChange = (reply) => mayWrite || !reply.isGlobal;
  const search = h('input', { type: 'search', id: 'quick-search', 'aria-label': t('quick.search'), placeholder: t('quick.search') });
  const category = h('select', { id: 'quick-category-filter', 'aria-label': t('quick.categoryFilter') });
  const groupsBox = h('div', { class: 'quick-groups' });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const empty = h('p', { class: 'muted', id: 'quick-empty', hidden: true });
  const editorSlot = h('div');
  let replies = [];

  function categories() {
    return groupByCategory(replies).filter((group) => group.key);
  }

  function openEditor(reply = null) {
    mount(editorSlot, quickReplyForm(reply, {
      categories: categories().map((group) => group.label),
      onSaved: (saved) => { mount(editorSlot); status.textContent = t('quick.saved', { shortcut: saved.shortcut }); load(); },
      onCancel: () => mount(editorSlot),
    }));
    editorSlot.querySelector('input')?.focus();
  }

  async function remove(reply) {
    if (!window.confirm(t('quick.confirmDelete', { shortcut: reply.shortcut }))) return;
    try {
      await api.delete(`/api/quick-replies/${reply.id}`);
      await load();
    } catch (problem) {
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function item(reply) {
    return h('li', { class: `quick-reply-item card${reply.isActive ? '' : ' off'}`, dataset: { shortcut: reply.shortcut } },
      h('div', { class: 'quick-reply-main' },
        h('p', {}, h('strong', {}, reply.shortcut), reply.title ? ` · ${reply.title}` : '',
          reply.isActive ? null : h('span', { class: 'tag off' }, t('quick.off')),
          reply.isGlobal ? null : h('span', { class: 'tag' }, t('quick.personal')),
          h('span', { class: 'muted used' }, ` · ${t('quick.used', { n: reply.useCount })}`)),
        reply.needsOwnText ? h('p', { class: 'rule-hint' }, t('quick.needsOwnText')) : null,
        h('p', { class: 'quick-message' }, reply.message)),
      mayChange(reply) ? h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => openEditor(reply) },
          t('quick.editButton'), h('span', { class: 'visually-hidden' }, ` ${reply.shortcut}`)),
        h('button', { type: 'button', class: 'danger', onclick: () => remove(reply) },
          t('team.remove'), h('span', { class: 'visually-hidden' }, ` ${reply.shortcut}`))) : null);
  }

  function render() {
    const words = search.value.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const shown = replies.filter((reply) => (!category.value || categoryKey(reply) === category.value) && matches(reply, words));
    mount(groupsBox, groupByCategory(shown).map((group) => h('section', {
      class: 'quick-group', dataset: { category: group.key }, 'aria-labelledby': `quick-group-${group.key || 'none'}`,
    }, h('h2', { id: `quick-group-${group.key || 'none'}` }, group.label ?? t('quick.noCategory'),
      h('span', { class: 'muted count' }, ` (${group.replies.length})`)),
    h('ul', { class: 'quick-reply-list' }, group.replies.map(item)))));
    empty.textContent = replies.length ? t('quick.noneFound') : t('quick.empty');
    empty.hidden = shown.length > 0;
  }

  function renderCategories() {
    const chosen = category.value;
    mount(category, h('option', { value: '' }, t('quick.allCategories')),
      categories().map((group) => h('option', { value: group.key, selected: group.key === chosen }, group.label)));
    category.value = categories().some((group) => group.key === chosen) ? chosen : '';
  }

  async function load() {
    try {
      // Switched-off ones too: a starter waiting for the shop's own text is switched on from here.
      replies = (await api.get('/api/quick-replies?includeInactive=true')).quickReplies;
      if (status.textContent === t('common.loading')) status.textContent = '';
      renderCategories();
      render();
    } catch (problem) {
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  search.addEventListener('input', render);
  category.addEventListener('change', render);
  mount(main, h('div', { class: 'page quick-replies-page' },
    h('div', { class: 'section-head' },
      h('h1', {}, t('quick.title')),
      mayWrite ? h('button', { type: 'button', class: 'primary', id: 'new-quick-reply', onclick: () => openEditor() }, t('quick.new')) : null),
    h('p', { class: 'muted' }, t('quick.intro')),
    editorSlot,
    h('div', { class: 'quick-filters' }, search, category),
    status, empty, groupsBox));
  load();
}
