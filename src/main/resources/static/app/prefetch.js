// What the first screen shows, asked for while the rest of the app still loads: a signed-in user
// opening the inbox needs its first page, and this request need not wait for every module.
// Loaded by index.html ahead of app.js, with only two small imports so it runs early;
// views/inbox.js takes the answer.
import { session } from './api.js';
import { listPath, loadFilter } from './views/inboxfilter.js';

let early = null;
const route = location.hash.replace(/^#\/?/, '');
const token = session.token();
if (token && (route === '' || route === 'inbox' || route.startsWith('inbox/') || route.startsWith('inbox?'))) {
  const path = listPath(loadFilter(), 1);
  // A plain fetch: a refused token is left to the app's own request, which knows what to do then.
  const answer = fetch(path, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` } })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  early = { path, answer };
  // While the answer travels, the locale's relative-time data is loaded (tens of milliseconds the
  // first time), rather than when the list is drawn.
  import('./i18n.js').then(({ relativeTime }) => relativeTime(new Date(Date.now() - 3_600_000).toISOString()));
}

/** The early answer for this request, once: a promise of its JSON, or of null when it failed; null when there is none. */
export function earlyAnswer(path) {
  if (!early || early.path !== path) return null;
  const { answer } = early;
  early = null;
  return answer;
}
