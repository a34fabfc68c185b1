// One contact's page: what the business knows of them (editable), their conversation with its notes,
// and joining a duplicate of the same customer into them.
import { api, can, query } from '../api.js';
import { contactHandle } from '../customer.js';
import { field, h, mount, showErrors } from '../dom.js';
import { formatDateTime, formatRupiah, t } from '../i18n.js';
import { notify } from '../notices.js';

const SEGMENTS = ['vip', 'regular', 'new', 'inactive'];

function detailsForm(contact, onSaved) {
  const input = (name, attrs = {}) => h('input', { name, id: `contact-${name}`, value: contact[name] ?? '', ...attrs });
  const area = (name) => h('textarea', { name, id: `contact-${name}`, rows: 2, value: contact[name] ?? '' });
  const segment = h('select', { name: 'segment', id: 'contact-segment' },
    h('option', { value: '' }, t('contact.noSegment')),
    SEGMENTS.map((value) => h('option', { value, selected: contact.segment === value }, t(`segment.${value}`))));
  const form = h('form', { class: 'card contact-details', novalidate: true, 'aria-labelledby': 'contact-details-title' },
    h('h2', { id: 'contact-details-title' }, t('contact.details')),
    h('div', { class: 'row' },
      field(t('team.name'), input('name', { maxLength: 100 })),
      field(t('auth.email'), input('email', { type: 'email', maxLength: 254 }))),
    field(t('contact.address'), area('address')),
    field(t('contact.notes'), area('notes'), t('contact.notesHint')),
    field(t('contact.segment'), segment),
    h('p', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }),
    h('button', { type: 'submit', class: 'primary', id: 'save-contact' }, t('panel.save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = form.querySelector('#contact-email');
    // The browser's check first; the server checks the same.
    if (email.value && !email.checkValidity()) {
      showErrors(form, { errors: [{ field: 'email', message: t('contact.badEmail') }] });
      return;
    }
    const value = (name) => form.querySelector(`[name="${name}"]`).value.trim() || null;
    try {
      const saved = await api.patch(`/api/contacts/${contact.id}`, {
        name: value('name'), email: value('email'), address: value('address'), notes: value('notes'), segment: value('segment'),
      });
      showErrors(form, null);
      notify(t('contact.saved'));
      onSaved(saved);
    } catch (problem) {
      showErrors(form, problem.body);
    }
  });
  return form;
}

function facts(contact) {
  const row = (label, value) => [h('dt', {}, label), h('dd', {}, value ?? '–')];
  return h('dl', { class: 'facts contact-facts' },
    row(contact.phone ? t('panel.phone') : t('panel.username'), contactHandle(contact)),
    row(t('contact.firstContact'), contact.firstContactAt ? formatDateTime(contact.firstContactAt) : null),
    row(t('contact.lastContact'), contact.lastContactAt ? formatDateTime(contact.lastContactAt) : null),
    row(t('panel.orders'), String(contact.totalOrders ?? 0)),
    row(t('panel.spent'), formatRupiah(contact.totalSpent ?? 0)),
    row(t('contact.averageOrder'), formatRupiah(contact.averageOrderValue ?? 0)),
    row(t('contact.lastOrder'), contact.lastOrderAt ? formatDateTime(contact.lastOrderAt) : null));
}

async function conversationSection(contact) {
  const section = h('section', { class: 'card contact-conversation', 'aria-labelledby': 'contact-conversation-title' },
    h('h2', { id: 'contact-conversation-title' }, t('contact.conversation')));
  const answer = await api.get(`/api/conversations${query({ contactId: contact.id })}`);
  const conversation = answer.data[0];
  if (!conversation) {
    section.append(h('p', { class: 'muted' }, t('contact.noConversation')));
    return section;
  }
  const { notes } = await api.get(`/api/conversations/${conversation.id}/notes`);
  section.append(
    h('p', {}, h('span', { class: `chip-state status-${conversation.status}` }, t(`status.${conversation.status}`)), ' ',
      h('span', { translate: 'no' }, conversation.lastCustomerMessage?.content ?? conversation.lastMessage?.content ?? '')),
    h('p', {}, h('a', { href: `#/inbox/${conversation.id}`, id: 'open-conversation' }, t('contact.openConversation'))),
    h('h3', {}, t('panel.notes')),
    notes.length
      ? h('ol', { class: 'note-list' }, notes.map((note) => h('li', { class: 'note' },
        h('p', { class: 'note-text', translate: 'no' }, note.content),
        h('p', { class: 'note-meta muted' }, note.author?.name ?? '–', ' · ', formatDateTime(note.createdAt)))))
      : h('p', { class: 'muted' }, t('panel.noNotes')));
  return section;
}

/** Finds the duplicate by name or number and joins it into this contact, after asking. */
function mergeSection(contact, onMerged) {
  const results = h('ul', { class: 'merge-results', 'aria-label': t('contact.mergeResults') });
  const message = h('p', { class: 'muted', role: 'status' });
  let timer = null;
  const search = h('input', { type: 'search', id: 'merge-search', placeholder: t('contact.mergeSearch'), 'aria-label': t('contact.mergeSearch'),
    oninput: () => { clearTimeout(timer); timer = setTimeout(find, 250); } });
  async function find() {
    const text = search.value.trim();
    if (!text) { mount(results); return; }
    const answer = await api.get(`/api/contacts${query({ search: text, limit: 10 })}`);
    mount(results, answer.data.filter((other) => other.id !== contact.id).map((other) => h('li', { class: 'merge-result' },
      h('span', {}, other.name || contactHandle(other), ' · ', contactHandle(other)),
      h('button', { type: 'button', class: 'secondary', dataset: { id: other.id }, onclick: () => join(other) }, t('contact.mergeInto')))));
  }
  async function join(other) {
    if (!window.confirm(t('contact.mergeConfirm', { other: other.name || contactHandle(other), name: contact.name || contactHandle(contact) }))) return;
    try {
      await api.post(`/api/contacts/${contact.id}/merge`, { contactId: other.id });
      notify(t('contact.merged'));
      onMerged();
    } catch (problem) {
      message.textContent = t('common.error', { detail: problem.message });
    }
  }
  return h('section', { class: 'card contact-merge', 'aria-labelledby': 'contact-merge-title' },
    h('h2', { id: 'contact-merge-title' }, t('contact.merge')),
    h('p', { class: 'field-hint' }, t('contact.mergeHint')),
    search, results, message);
}

export function contactView(main, id) {
  const page = h('div', { class: 'page contact-page' }, h('p', { class: 'muted' }, t('common.loading')));
  mount(main, page);
  async function show() {
    try {
      const contact = await api.get(`/api/contacts/${id}`);
      const title = h('h1', { translate: 'no' }, contact.name || contactHandle(contact));
      mount(page,
        h('p', {}, h('a', { href: '#/contacts' }, `← ${t('contacts.title')}`)),
        title,
        facts(contact),
        // Saved in place: the form keeps the keyboard where it was, only the name above follows.
        detailsForm(contact, (saved) => { title.textContent = saved.name || contactHandle(saved); }),
        await conversationSection(contact),
        can('supervise') ? mergeSection(contact, () => show()) : null);
    } catch (problem) {
      mount(page, h('p', { class: 'form-error', role: 'alert' }, t('common.error', { detail: problem.message })));
    }
  }
  return show();
}
