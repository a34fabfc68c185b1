// One conversation: its timeline (messages and the team's notes), older pages on scroll, and the composer
// with its Reply / Note switch.
import { api, can, query, session } from '../api.js';
import { customerHandle, displayName } from '../customer.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';
import * as realtime from '../realtime.js';
import { icon } from '../icons.js';
import { chatStatus } from './chatstatus.js';
import { snippet } from './messagebody.js';
import { noteComposer } from './notecomposer.js';
import { quickReplyPicker } from './quickpicker.js';
import { teamTyping } from './teamtyping.js';
import { templateComposer } from './templatecomposer.js';
import { timeline } from './timeline.js';

const PAGE = 50;
const WINDOW_CLOSED = /\/window-closed$/;

let providerAnswer = null;

/** The number's provider (sandbox, cloud_api, whapi); asked once a minute at most, again for another sign-in. */
function provider() {
  const token = session.token();
  if (!providerAnswer || providerAnswer.token !== token || Date.now() - providerAnswer.at > 60_000) {
    providerAnswer = { token, at: Date.now(),
      value: api.get('/api/whatsapp/status').then((status) => status.provider ?? null).catch(() => null) };
  }
  return providerAnswer.value;
}

function draftKey(conversationId) {
  return `sapa.draft.${conversationId}`;
}

function kindOf(file) {
  if (file.type.startsWith('image/')) return 'image';
  if (file.type.startsWith('video/')) return 'video';
  if (file.type.startsWith('audio/')) return 'audio';
  return 'document';
}

export function chatPane(slot, conversationId, { onBack, onTogglePanel, onLoaded }) {
  let hasMore = false;
  let loadingOlder = false;
  let quoted = null;
  let file = null;
  let closed = false;
  let baseSubtitle = '';
  let customer = {};
  let channelProvider = null;
  let windowExpiresAt = null;
  let windowTimer = null;
  let assigneeId = null;
  // What the composer writes: a reply to the customer, or a note only the team sees.
  let mode = 'reply';

  const title = h('h2', { class: 'chat-title' }, t('common.loading'));
  const subtitle = h('p', { class: 'chat-subtitle', 'aria-live': 'polite' });
  const messages = timeline({ onQuote: (message) => quote_(message), onRetry: (message) => retry(message) });
  const scroller = h('div', { class: 'scroller', tabindex: '0' },
    h('p', { class: 'older muted', hidden: true }, t('chat.loadingOlder')), messages.list);
  const older = scroller.firstChild;

  const textarea = h('textarea', {
    id: 'composer', name: 'content', rows: 1, placeholder: t('chat.composer'), 'aria-label': t('chat.composer'),
    value: localStorage.getItem(draftKey(conversationId)) ?? '', dataset: { skip: '' },
  });
  const picker = quickReplyPicker(textarea, {
    onSend: (reply) => send(reply),
    onInsert: (reply) => {
      textarea.value = fillVariables(reply.message);
      textarea.dispatchEvent(new Event('input'));
      textarea.focus();
    },
  });
  const fileInput = h('input', { type: 'file', id: 'composer-file', class: 'visually-hidden',
    accept: 'image/jpeg,image/png,video/mp4,audio/*,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt' });
  const chips = h('div', { class: 'chips' });
  const sendError = h('p', { class: 'send-error', role: 'alert', hidden: true });
  const sendButton = h('button', { type: 'submit', class: 'primary', id: 'send' }, t('chat.send'));
  const note = noteComposer(conversationId, {
    assigneeOf: () => assigneeId,
    meId: session.get()?.user?.id,
    onAdded: (added) => { messages.addNote(added); sendError.hidden = true; scrollToBottom(); },
    onError: (reason) => showSendError(reason),
  });
  note.element.hidden = true;
  const replyRow = h('div', { class: 'reply-row' },
    chips,
    picker.element,
    h('div', { class: 'composer-row' },
      h('label', { class: 'icon-button', for: 'composer-file', title: t('chat.attach') },
        icon('attach'), h('span', { class: 'visually-hidden' }, t('chat.attach'))),
      fileInput, textarea, sendButton));
  const modeButtons = ['reply', 'note'].map((value) => h('button', {
    type: 'button', class: 'mode-tab', id: `mode-${value}`, 'aria-pressed': String(value === 'reply'),
    onclick: () => setMode(value, true),
  }, t(`chat.mode.${value}`)));
  const composer = h('form', { class: 'composer', 'aria-label': t('chat.composer') },
    h('div', { class: 'composer-modes', role: 'group', 'aria-label': t('chat.composerMode') }, modeButtons),
    sendError,
    replyRow,
    note.element);

  const team = teamTyping(conversationId);

  /** Reply or Note: the composer shows that side (a note can be written even when only templates may be sent). */
  function setMode(next, focus = false) {
    mode = next;
    for (const button of modeButtons) button.setAttribute('aria-pressed', String(button.id === `mode-${next}`));
    composer.classList.toggle('note-mode', next === 'note');
    sendError.hidden = true;
    showComposer();
    if (focus) (next === 'note' ? note.textarea : textarea).focus();
  }

  const templates = templateComposer(conversationId, {
    onSent: (sent, text) => {
      if (!messages.has(sent.id)) {
        messages.upsert({ id: sent.id, senderType: 'cs', messageType: 'template', content: text, status: sent.status,
          errorMessage: sent.errorMessage, sentAt: sent.sentAt });
      }
      scrollToBottom();
    },
  });

  const statusControls = chatStatus(conversationId, () => title.textContent);

  // A viewer reads the conversation; answering it is for who works the chats.
  const readOnly = can('work_chats') ? null : h('p', { class: 'muted read-only', id: 'read-only' }, t('chat.readOnly'));
  mount(slot,
    h('header', { class: 'chat-header' },
      h('button', { type: 'button', class: 'icon-button back', onclick: onBack, 'aria-label': t('inbox.back') }, icon('back')),
      h('div', { class: 'chat-heading' }, title, subtitle),
      statusControls.snoozeSelect,
      statusControls.resolveButton,
      h('button', { type: 'button', class: 'secondary', id: 'toggle-panel', onclick: onTogglePanel,
        'aria-controls': 'side-panel' }, icon('info', 20), h('span', { class: 'label' }, t('chat.details')))),
    scroller,
    team.element,
    composer,
    templates.element,
    readOnly);

  function atBottom() {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
  }

  function scrollToBottom() {
    scroller.scrollTop = scroller.scrollHeight;
  }

  function renderChips() {
    mount(chips,
      quoted ? h('div', { class: 'chip' }, h('span', {}, '↩ ', snippet(quoted)),
        h('button', { type: 'button', class: 'icon-button', 'aria-label': t('chat.cancelQuote'), onclick: () => { quoted = null; renderChips(); } }, icon('close', 18))) : null,
      file ? h('div', { class: 'chip' }, h('span', {}, t('chat.attached', { name: file.name })),
        h('button', { type: 'button', class: 'icon-button', 'aria-label': t('chat.removeAttachment'), onclick: () => { file = null; fileInput.value = ''; renderChips(); } }, icon('close', 18))) : null);
  }

  function quote_(message) {
    if (mode !== 'reply') setMode('reply');
    quoted = message;
    renderChips();
    textarea.focus();
  }

  async function markRead() {
    const unread = messages.all().filter((m) => m.senderType === 'customer' && m.status !== 'read').map((m) => m.id);
    if (!unread.length || document.visibilityState !== 'visible') return;
    try {
      await api.patch(`/api/messages/${unread.at(-1)}/mark-read`, { messageIds: unread.slice(-500) });
      for (const id of unread) messages.get(id).status = 'read';
    } catch { /* a viewer cannot mark read; the count stays */ }
  }

  async function open() {
    try {
      // The notes come with the conversation: the timeline is drawn once, with both.
      const noted = api.get(`/api/conversations/${conversationId}/notes`).then((answer) => answer.notes).catch(() => []);
      const answer = await api.get(`/api/conversations/${conversationId}`);
      if (closed) return;
      const conversation = answer.conversation;
      title.textContent = displayName(conversation);
      baseSubtitle = conversation.customerName ? customerHandle(conversation) : '';
      customer = { name: conversation.customerName ?? '', phone: conversation.customerPhone ?? '' };
      windowExpiresAt = conversation.windowExpiresAt ?? null;
      assigneeId = conversation.assignedCs?.id ?? null;
      statusControls.show(conversation.status, conversation.snoozedUntil ?? null);
      channelProvider = await provider();
      if (closed) return;
      showComposer();
      subtitle.textContent = baseSubtitle;
      hasMore = answer.messages.length >= PAGE;
      messages.reset(answer.messages, hasMore);
      messages.setNotes(await noted);
      if (closed) return;
      scrollToBottom();
      focusComposer();
      onLoaded(conversation);
      realtime.emit('messages', 'join-conversation', { conversationId });
      markRead();
    } catch (problem) {
      title.textContent = t('common.error', { detail: problem.message });
    }
  }

  /**
   * On the Cloud API WhatsApp delivers free text only within 24 hours of the customer's last
   * message; after that the composer offers the approved templates instead.
   */
  function windowClosed() {
    if (channelProvider !== 'cloud_api') return false;
    return !windowExpiresAt || Date.parse(windowExpiresAt) <= Date.now();
  }

  function showComposer() {
    clearTimeout(windowTimer);
    if (readOnly) {
      composer.hidden = true;
      templates.hide();
      team.stop();
      return;
    }
    // A closed window takes free replies away, not notes: the Note side stays, Reply offers the templates.
    const shut = windowClosed();
    composer.hidden = false;
    replyRow.hidden = shut || mode === 'note';
    note.element.hidden = mode !== 'note';
    if (shut && mode === 'reply') templates.show(); else templates.hide();
    if (shut) {
      team.stop();
    } else {
      // The window closes while the chat is open: the composer changes then.
      const left = windowExpiresAt && channelProvider === 'cloud_api' ? Date.parse(windowExpiresAt) - Date.now() : null;
      if (left != null && left < 2 ** 31 - 1) windowTimer = setTimeout(showComposer, left + 500);
    }
  }

  /**
   * A chat opened is a chat to answer: the keyboard goes to the composer (to the messages when only a
   * template may be sent or the user only reads). Not on a touch screen, where it would pop the
   * keyboard up over the messages.
   */
  function focusComposer() {
    if (matchMedia('(pointer: coarse)').matches) return;
    // Only when the keyboard is nowhere yet (the screen was just drawn): never taken from where the user put it.
    if (document.activeElement && document.activeElement !== document.body) return;
    (replyRow.hidden ? scroller : textarea).focus({ preventScroll: true });
  }

  async function loadOlder() {
    if (!hasMore || loadingOlder || !messages.size) return;
    loadingOlder = true;
    older.hidden = false;
    try {
      const first = messages.firstId();
      const page = await api.get(`/api/messages${query({ conversationId, before: first, limit: PAGE })}`);
      const previousHeight = scroller.scrollHeight;
      hasMore = page.hasMore;
      messages.prepend(page.messages, hasMore);
      scroller.scrollTop += scroller.scrollHeight - previousHeight;
    } finally {
      loadingOlder = false;
      older.hidden = true;
    }
  }

  async function retry(message) {
    try {
      const answer = await api.post(`/api/messages/${message.id}/retry`);
      if (messages.get(message.id).status === 'failed') {
        messages.upsert({ id: message.id, status: answer.message.status, errorCode: answer.message.errorCode,
          errorMessage: answer.message.errorMessage });
      }
    } catch (problem) {
      showSendError(problem.message);
    }
  }

  function showSendError(reason) {
    sendError.textContent = t('chat.sendFailed', { reason });
    sendError.hidden = false;
  }

  /** What the server sends for a quick reply, shown until the message's own event arrives. */
  function fillVariables(text) {
    return text.replace(/\{\{\s*(name|phone)\s*\}\}/g, (_, name) => customer[name] ?? '');
  }

  /** Sends what the composer holds, or the quick reply given (as it is, by its id). */
  async function send(quickReply = null) {
    const content = quickReply ? fillVariables(quickReply.message) : textarea.value.trim();
    const attached = quickReply ? null : file; // a quick reply goes alone; an attachment waits
    if (!content && !attached) return;
    sendError.hidden = true;
    sendButton.disabled = true;
    const kind = attached ? kindOf(attached) : 'text';
    let payload;
    if (attached) {
      payload = new FormData();
      payload.append('conversationId', conversationId);
      payload.append('messageType', kind);
      if (content) payload.append('content', content);
      if (quoted) payload.append('quotedMessageId', quoted.id);
      payload.append('file', attached);
    } else {
      payload = quickReply
        ? { conversationId, messageType: 'text', quickReplyId: quickReply.id, quotedMessageId: quoted?.id }
        : { conversationId, messageType: 'text', content, quotedMessageId: quoted?.id };
    }
    try {
      const answer = await api.post('/api/messages/send', payload);
      const sent = answer.message;
      // The socket may have told this message (and its later ticks) before the answer came.
      // Its quote is not in the socket's payload: the composer knows it.
      if (!messages.has(sent.id)) {
        messages.upsert({ id: sent.id, senderType: 'cs', messageType: kind, content, status: sent.status,
          errorCode: sent.errorCode, errorMessage: sent.errorMessage,
          sentAt: sent.sentAt, quotedMessageId: quoted?.id, mediaFileName: attached?.name });
      } else if (quoted || attached) {
        messages.upsert({ id: sent.id, quotedMessageId: quoted?.id, mediaFileName: attached?.name });
      }
      textarea.value = '';
      localStorage.removeItem(draftKey(conversationId));
      team.stop();
      if (!quickReply) {
        file = null;
        fileInput.value = '';
      }
      quoted = null;
      renderChips();
      scrollToBottom();
    } catch (problem) {
      // The text stays in the composer (and in the saved draft) to be sent again.
      showSendError(problem.body?.errors?.[0]?.message ?? problem.message);
      if (WINDOW_CLOSED.test(problem.body?.type ?? '')) {
        channelProvider = 'cloud_api';
        windowExpiresAt = problem.body.windowExpiresAt ?? null;
        showComposer();
      }
    } finally {
      sendButton.disabled = false;
      textarea.focus();
    }
  }

  textarea.addEventListener('input', () => {
    if (textarea.value) localStorage.setItem(draftKey(conversationId), textarea.value);
    else localStorage.removeItem(draftKey(conversationId));
    team.typing(textarea.value);
  });
  textarea.addEventListener('blur', () => { if (!textarea.value.trim()) team.stop(); });
  const unsubscribe = [
    // A socket that reconnects has left every room: join this conversation again.
    realtime.on('realtime-state', ({ namespace, connected }) => {
      if (namespace === 'messages' && connected && !closed && messages.size) {
        realtime.emit('messages', 'join-conversation', { conversationId });
      }
    }),
  ];
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      send();
    }
  });
  fileInput.addEventListener('change', () => { file = fileInput.files[0] ?? null; renderChips(); });
  composer.addEventListener('submit', (event) => { event.preventDefault(); send(); });
  scroller.addEventListener('scroll', () => { if (scroller.scrollTop < 60) loadOlder(); });
  const visibility = () => { if (document.visibilityState === 'visible') markRead(); };
  document.addEventListener('visibilitychange', visibility);

  open();

  return {
    messageArrived(id, message) {
      if (id !== conversationId) return;
      const stick = atBottom();
      messages.upsert(message);
      subtitle.classList.remove('typing');
      subtitle.textContent = baseSubtitle;
      if (stick || message.senderType !== 'customer') scrollToBottom();
      if (message.senderType === 'customer') markRead();
    },
    statusChanged({ conversationId: id, messageId, status, errorCode, errorMessage }) {
      if (id === conversationId) messages.statusChanged(messageId, status, errorCode, errorMessage);
    },
    /** internal-note-added: a colleague's note, or this screen's own coming back (kept once). */
    noteAdded(id, added) {
      if (id !== conversationId) return;
      const stick = atBottom();
      messages.addNote(added);
      if (stick) scrollToBottom();
    },
    /** The Note side of the composer, focused (the note shortcut). */
    writeNote() {
      if (!readOnly) setMode('note', true);
    },
    /** conversation-updated: the window moves on with each customer message; the status may change elsewhere. */
    updated(id, updates) {
      if (id !== conversationId) return;
      if ('assignedCsId' in updates) assigneeId = updates.assignedCsId ?? null;
      statusControls.updated(updates);
      if (!('windowExpiresAt' in updates)) return;
      windowExpiresAt = updates.windowExpiresAt ?? null;
      showComposer();
    },
    customerTyping(id, isTyping) {
      if (id !== conversationId) return;
      subtitle.classList.toggle('typing', isTyping);
      subtitle.textContent = isTyping ? t('inbox.typing') : baseSubtitle;
    },
    close() {
      team.close();
      closed = true;
      clearTimeout(windowTimer);
      unsubscribe.forEach((off) => off());
      document.removeEventListener('visibilitychange', visibility);
      realtime.emit('messages', 'leave-conversation', { conversationId });
    },
  };
}
