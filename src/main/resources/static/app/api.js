// The HTTP API: bearer token, JSON, RFC 9457 problems; a 401 sends the user back to sign-in.
import { language } from './i18n.js';

const TOKEN_KEY = 'sapa.session';
let onExpired = () => {};

export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail ?? body?.title ?? `HTTP ${status}`);
    this.status = status;
    this.body = body ?? { status, detail: `HTTP ${status}` };
  }
}

export const session = {
  get() {
    try { return JSON.parse(localStorage.getItem(TOKEN_KEY)); } catch { return null; }
  },
  set(value) { localStorage.setItem(TOKEN_KEY, JSON.stringify(value)); },
  clear() { localStorage.removeItem(TOKEN_KEY); },
  token() { return this.get()?.accessToken ?? null; },
};

/**
 * Whether the signed-in user may do something (the server's permission codes, e.g. 'manage_tenant',
 * their role's with their own flags applied): what a screen shows by. The server checks every request anyway.
 */
export function can(permission) {
  return session.get()?.user?.permissions?.includes(permission) ?? false;
}

export function whenExpired(callback) {
  onExpired = callback;
}

export async function request(method, path, body, { raw = false } = {}) {
  // The server writes its problem details in the language the app shows, not the browser's.
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': language() };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload });
  } catch (error) {
    throw new Problem(0, { detail: error.message });
  }
  if (response.status === 401 && token && !path.startsWith('/api/auth/')) {
    session.clear();
    onExpired();
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new Problem(response.status, problem);
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body) => request('POST', path, body),
  patch: (path, body) => request('PATCH', path, body),
  put: (path, body) => request('PUT', path, body),
  delete: (path) => request('DELETE', path),
};

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value == null || value === '' || value === false) continue;
    search.append(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const mediaCache = new Map();

/** Media are served only with the bearer token, so they are fetched and shown as object URLs. */
export async function mediaObjectUrl(path) {
  if (!path) return null;
  if (!path.startsWith('/api/')) return path;
  if (!mediaCache.has(path)) {
    mediaCache.set(path, request('GET', path, undefined, { raw: true })
      .then((response) => response.blob())
      .then((blob) => URL.createObjectURL(blob))
      .catch((error) => { mediaCache.delete(path); throw error; }));
  }
  return mediaCache.get(path);
}
