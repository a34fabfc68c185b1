// The business's contacts: add one, search, tags, block and unblock, and writing to one first.
import { api, can, query } from '../api.js';
import { contactHandle } from '../customer.js';
import { field, h, mount, showErrors } from '../dom.js';
import { formatRupiah, relativeTime, t } from '../i18n.js';

const LIMIT = 20;

export function contactsView(main, params = []) {
  // #/contacts/<id>: one contact's page.
  if (params[0]) {
    const shown = import('./contact.js').then((module) => module.contactView(main, params[0]));
    const stop = () => {};
    stop.shown = shown;
    return stop;
  }
  let search = '';
  let page = 1;
  const list = h('ul', { class: 'contacts', 'aria-label': t('contacts.title') });
  const status = h('p', { class: 'muted', role: 'status' }, t('common.loading'));
  const pager = h('nav', { class: 'pager', 'aria-label': t('contacts.title') });
  let timer = null;

  async function act(request) {
    try {
      await request();
      await load();
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function editTags(contact) {
    const input = h('input', { name: 'tags', value: contact.tags.join(', '), 'aria-label': t('panel.tags') });
    const form = h('form', { class: 'inline-form', onsubmit: (e) => {
      e.preventDefault();
      act(() => api.post(`/api/contacts/${contact.id}/tags`, {
        mode: 'replace', tags: input.value.split(',').map((tag) => tag.trim()).filter(Boolean),
      }));
    } }, input, h('button', { type: 'submit', class: 'secondary' }, t('panel.save')));
    return form;
  }

  /** Opens (or finds) the contact's conversation and goes to it: the composer sends what WhatsApp allows. */
  async function write(contact) {
    try {
      const answer = await api.post('/api/conversations', { contactId: contact.id });
      location.hash = `#/inbox/${answer.conversation.id}`;
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  function addForm() {
    const phone = h('input', { name: 'phone', id: 'contact-phone', type: 'tel', autocomplete: 'off', required: true, placeholder: '0812…' });
    const name = h('input', { name: 'name', id: 'contact-name', autocomplete: 'off' });
    const form = h('form', { class: 'card contact-add', novalidate: true, 'aria-labelledby': 'contact-add-title' },
      h('h2', { id: 'contact-add-title' }, t('contacts.add')),
      h('div', { class: 'row' }, field(t('contacts.phone'), phone, t('contacts.phoneHint')), field(t('team.name'), name)),
      h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
      h('button', { type: 'submit', class: 'secondary', id: 'add-contact' }, t('contacts.add')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!phone.value.trim()) { showErrors(form, { errors: [{ field: 'phone', message: t('settings.required') }] }); return; }
      try {
        await api.post('/api/contacts', { phone: phone.value.trim(), name: name.value.trim() || null });
        showErrors(form, null);
        form.reset();
        search = '';
        page = 1;
        await load();
      } catch (problem) {
        showErrors(form, problem.body);
      }
    });
    return form;
  }

  function item(contact) {
    const tagsSlot = h('div', { class: 'tags' }, contact.tags.map((tag) => h('span', { class: 'tag' }, tag)),
      h('button', { type: 'button', class: 'link', onclick: () => mount(tagsSlot, editTags(contact)) }, t('contacts.editTags')));
    return h('li', { class: 'contact card', dataset: { id: contact.id } },
      h('div', { class: 'contact-main' },
        h('a', { href: `#/contacts/${contact.id}`, class: 'contact-name' }, h('strong', {}, contact.name || contactHandle(contact))),
        contact.isBlocked ? h('span', { class: 'tag blocked' }, t('contacts.blocked')) : null,
        contact.optedOutAt ? h('span', { class: 'tag blocked' }, t('contacts.optedOut')) : null,
        h('p', { class: 'muted' }, contactHandle(contact), contact.email ? ` · ${contact.email}` : ''),
        h('p', { class: 'muted' },
          contact.lastContactAt ? t('contacts.lastContact', { when: relativeTime(contact.lastContactAt) }) : '',
          contact.totalSpent ? ` · ${formatRupiah(contact.totalSpent)}` : '')),
      tagsSlot,
      h('div', { class: 'actions' },
        // Never first to who asked to hear nothing more, nor to a blocked contact.
        contact.isBlocked || contact.optedOutAt ? null
          : h('button', { type: 'button', class: 'primary write', onclick: () => write(contact) }, t('contacts.write')),
        contact.isBlocked
        ? h('button', { type: 'button', class: 'secondary', onclick: () => act(() => api.post(`/api/contacts/${contact.id}/unblock`)) }, t('contacts.unblock'))
        : h('button', { type: 'button', class: 'danger', onclick: () => act(() => api.post(`/api/contacts/${contact.id}/block`, {})) }, t('contacts.block'))));
  }

  async function load() {
    try {
      const answer = await api.get(`/api/contacts${query({ search, page, limit: LIMIT })}`);
      mount(list, answer.data.map(item));
      status.hidden = answer.data.length > 0;
      status.textContent = t('contacts.empty');
      const pages = Math.max(1, answer.meta.totalPages);
      mount(pager,
        h('button', { type: 'button', class: 'secondary', disabled: page <= 1, onclick: () => { page -= 1; load(); } }, t('contacts.prev')),
        h('span', {}, t('contacts.page', { page, pages })),
        h('button', { type: 'button', class: 'secondary', disabled: page >= pages, onclick: () => { page += 1; load(); } }, t('contacts.next')));
    } catch (problem) {
      status.hidden = false;
      status.textContent = t('common.error', { detail: problem.message });
    }
  }

  mount(main, h('div', { class: 'page' },
    h('h1', {}, t('contacts.title')),
    can('work_chats') ? addForm() : null,
    h('input', { type: 'search', id: 'contact-search', placeholder: t('contacts.search'), 'aria-label': t('contacts.search'),
      oninput: (e) => { clearTimeout(timer); timer = setTimeout(() => { search = e.target.value.trim(); page = 1; load(); }, 250); } }),
    status, list, pager));
  load();
  return () => clearTimeout(timer);
}
