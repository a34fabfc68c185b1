// What a message shows inside its bubble: who sent it, its text and media, a one-line snippet for quotes.
import { mediaObjectUrl } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { icon } from '../icons.js';

export function senderLabel(message) {
  switch (message.senderType) {
    case 'customer': return null;
    case 'auto_reply': return t('chat.autoReply');
    case 'ai': return t('chat.ai');
    case 'system': return t('chat.system');
    default: return message.senderName || t('chat.you');
  }
}

export function snippet(message) {
  if (!message) return '…';
  return message.content || message.mediaFileName || `[${message.messageType}]`;
}

/** Media need the bearer token: the element gets its source once fetched. */
function mediaElement(tag, message, attrs = {}) {
  const element = h(tag, attrs);
  mediaObjectUrl(message.mediaUrl).then((url) => { element.src = url; }).catch(() => element.classList.add('broken'));
  return element;
}

export function body(message) {
  const text = message.content ? h('p', { class: 'text' }, message.content) : null;
  switch (message.messageType) {
    case 'image':
    case 'sticker':
      return [mediaElement('img', message, { class: 'media', alt: message.content || message.mediaFileName || t('chat.document'), loading: 'lazy' }), text];
    case 'video':
      return [mediaElement('video', message, { class: 'media', controls: true }), text];
    case 'audio':
      return [mediaElement('audio', message, { controls: true }), text];
    case 'document': {
      const link = h('a', { class: 'document', href: '#', download: message.mediaFileName ?? '' },
        icon('document', 18), ' ', message.mediaFileName || t('chat.document'));
      link.addEventListener('click', async (event) => {
        event.preventDefault();
        const url = await mediaObjectUrl(message.mediaUrl);
        window.open(url, '_blank', 'noopener');
      });
      return [link, text];
    }
    case 'location': {
      const where = `${message.latitude},${message.longitude}`;
      return [h('a', { class: 'location', href: `https://www.openstreetmap.org/?mlat=${message.latitude}&mlon=${message.longitude}#map=17/${message.latitude}/${message.longitude}`,
        target: '_blank', rel: 'noopener' }, icon('pin', 18), ' ', t('chat.location'), ` (${where})`), text];
    }
    default:
      return [text ?? h('p', { class: 'text muted' }, `[${message.messageType}]`)];
  }
}
