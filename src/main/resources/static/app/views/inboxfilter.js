// The inbox's filters, kept for the browser tab's session, and the request for a page of its list.
import { query } from '../api.js';

export const PAGE_SIZE = 30;
const FILTER_KEY = 'sapa.inboxFilter';
// Open chats first: a resolved one is a click away in the status filter.
const NONE = { assignedTo: 'all', status: 'active', unreadOnly: false, search: '' };

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
  return `/api/conversations${query({
    assignedTo: filter.assignedTo === 'all' ? null : filter.assignedTo,
    status: filter.status, unreadOnly: filter.unreadOnly ? 'true' : null, search: filter.search, page, limit: PAGE_SIZE,
  })}`;
}
