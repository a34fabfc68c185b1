// The Socket.IO connections (/messages and /whatsapp) of the signed-in user, shared by every screen.
import { api, session } from './api.js';

// Loaded (and run) when the first connection is made, after the first screen is drawn.
const SOCKET_IO = '../vendor/socket.io-client/socket.io.esm.min.js';

const listeners = new Map();
const sockets = {};
let connecting = null;

function dispatch(event, payload) {
  for (const callback of listeners.get(event) ?? []) {
    try { callback(payload); } catch (error) { console.error(error); }
  }
}

/** Subscribes to an event of either namespace; returns the unsubscribe function. */
export function on(event, callback) {
  if (!listeners.has(event)) listeners.set(event, new Set());
  listeners.get(event).add(callback);
  return () => listeners.get(event).delete(callback);
}

const EVENTS = {
  messages: ['new-message', 'message-status-updated', 'customer-typing', 'conversation-updated', 'new-conversation',
    'internal-note-added', 'mentioned', 'cs-status-changed', 'conversation-assigned', 'cs-typing'],
  whatsapp: ['qr-code', 'connection-status', 'session-expired', 'notification-updated', 'notification-batch-progress'],
};

export async function connect() {
  if (connecting) return connecting;
  connecting = (async () => {
    const [info, { io }] = await Promise.all([api.get('/api/realtime'), import(SOCKET_IO)]);
    if (!info.enabled) return;
    const base = `${location.protocol}//${location.hostname}:${info.port}`;
    for (const [name, events] of Object.entries(EVENTS)) {
      const socket = io(`${base}/${name}`, { auth: (cb) => cb({ token: session.token() }) });
      socket.on('connect', () => dispatch('realtime-state', { namespace: name, connected: true }));
      socket.on('disconnect', () => dispatch('realtime-state', { namespace: name, connected: false }));
      socket.on('connect_error', () => dispatch('realtime-state', { namespace: name, connected: false }));
      for (const event of events) socket.on(event, (payload) => dispatch(event, payload));
      sockets[name] = socket;
    }
  })();
  try {
    await connecting;
  } catch (error) {
    connecting = null;
    throw error;
  }
}

export function emit(namespace, event, payload) {
  sockets[namespace]?.emit(event, payload);
}

export function disconnect() {
  for (const socket of Object.values(sockets)) socket.disconnect();
  for (const name of Object.keys(sockets)) delete sockets[name];
  connecting = null;
}
