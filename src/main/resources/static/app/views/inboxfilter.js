// The inbox's filters, kept for the browser tab's session, and the request for a page of its list.
import { query } from '../api.js';

export const PAGE_SIZE = 30;
const FILTER_KEY = 'sapa.inboxFilter';
// Open chats first: a resolved one is a click away in the status filter.
const NONE = { assignedTo: 'all', status: 'active', unreadOnly: false, search: '', sort: 'recent' };

/** The list's orders, each the server's sortBy and sortOrder. */
const ORDERS = {
  recent: ['last_message', 'desc'],
  oldest: ['last_message', 'asc'],
  unread: ['unread_count', 'desc'],
  newest: ['created_at', 'desc'],
};
export const SORTS = Object.keys(ORDERS);

/** Whether a conversation with a new message goes first in the list (else the server tells where it goes). */
export function newestFirst(filter) {
  return (ORDERS[filter.sort] ? filter.sort : 'recent') === 'recent';
}

export function loadFilter() {
  try {
    return { ...NONE, ...JSON.parse(sessionStorage.getItem(FILTER_KEY)) };
  } catch {
    return { ...NONE };
  }
}

export function saveFilter(filter) {
  sessionStorage.setItem(FILTER_KEY, JSON.stringify(filter));
}

export function listPath(filter, page) {
  const [sortBy, sortOrder] = ORDERS[filter.sort] ?? ORDERS.recent;
  return `/api/conversations${query({
    assignedTo: filter.assignedTo === 'all' || filter.assignedTo === 'mentions' ? null : filter.assignedTo,
    mentioned: filter.assignedTo === 'mentions' ? 'me' : null,
    status: filter.status, unreadOnly: filter.unreadOnly ? 'true' : null, search: filter.search,
    sortBy: sortBy === 'last_message' && sortOrder === 'desc' ? null : sortBy, sortOrder: sortOrder === 'desc' ? null : sortOrder,
    page, limit: PAGE_SIZE,
  })}`;
}
