// Desktop notifications (the browser's Notification API): a new chat or a mention reaches the user
// while Sapa is in a background tab or another window is in front.
import { h } from './dom.js';
import { t } from './i18n.js';

const KEY = 'sapa.desktopNotifications';

function supported() {
  return 'Notification' in window;
}

/** On when the browser allows it and the user has not turned it off here. */
export function desktopNotificationsOn() {
  return supported() && Notification.permission === 'granted' && localStorage.getItem(KEY) !== 'off';
}

/**
 * Shows a notification unless the user is looking at Sapa (the page's own notice is enough then).
 * Clicking it brings Sapa to the front at href. One per tag: a second about the same chat replaces it.
 */
export function notifyDesktop(title, body, href) {
  if (!desktopNotificationsOn()) return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  try {
    const notification = new Notification(title, { body: (body ?? '').slice(0, 140), tag: href, lang: document.documentElement.lang });
    notification.onclick = () => {
      window.focus();
      location.hash = href;
      notification.close();
    };
  } catch { /* a browser that refuses page notifications (some phones) has the in-page notice */ }
}

/**
 * The switch for this browser: asks the browser's permission the first time (it must come from a
 * click), then turns them on or off; says when the browser blocks them.
 */
export function desktopNotificationsSwitch() {
  const button = h('button', { type: 'button', class: 'link desktop-switch', id: 'desktop-notifications' });
  const label = () => {
    if (!supported()) return t('desktop.unsupported');
    if (Notification.permission === 'denied') return t('desktop.blocked');
    return desktopNotificationsOn() ? t('desktop.turnOff') : t('desktop.turnOn');
  };
  const refresh = () => {
    button.textContent = label();
    button.disabled = !supported() || Notification.permission === 'denied';
    button.setAttribute('aria-pressed', String(desktopNotificationsOn()));
  };
  button.addEventListener('click', async () => {
    if (desktopNotificationsOn()) {
      localStorage.setItem(KEY, 'off');
    } else {
      localStorage.removeItem(KEY);
      if (Notification.permission === 'default') await Notification.requestPermission();
    }
    refresh();
  });
  refresh();
  return button;
}
