// Notifikasi: the notices the business's systems send to its customers — the figures of a period,
// and in tabs the history (live), the bulk sends, the texts, when notices may go, and the API keys.
import { api, query } from '../api.js';
import { h, mount } from '../dom.js';
import { formatNumber, formatPercent, t } from '../i18n.js';
import * as realtime from '../realtime.js';
import { apiKeysPanel } from './apikeys.js';
import { batchesPanel } from './noticebatches.js';
import { historyPanel } from './noticehistory.js';
import { settingsPanel } from './noticesettings.js';
import { templatesPanel } from './noticetemplates.js';
import { coalesced, managesNotices } from './noticetypes.js';

const PERIODS = ['today', '7d', '30d'];
const PERIOD_KEY = 'sapa.noticePeriod';
const TILES = ['total', 'sent', 'delivered', 'read', 'failed', 'pending', 'skipped', 'successRate'];

/**
 * The tabs, each a panel built when opened: panel({ manager }) returns { element, stop? } and
 * follows its own events until stopped. managers: shown to owners and admins only.
 */
const TABS = [
  { id: 'history', label: 'notices.tab.history', panel: historyPanel },
  { id: 'batches', label: 'notices.tab.batches', panel: batchesPanel },
  { id: 'templates', label: 'notices.tab.templates', panel: templatesPanel },
  { id: 'settings', label: 'notices.tab.settings', panel: settingsPanel },
  { id: 'api-keys', label: 'notices.tab.apiKeys', panel: apiKeysPanel, managers: true },
];

function statsSection() {
  const stored = sessionStorage.getItem(PERIOD_KEY);
  let period = PERIODS.includes(stored) ? stored : 'today';
  let ticket = 0;
  const tiles = h('dl', { class: 'tiles', id: 'notice-stats', 'aria-busy': 'true' });
  const status = h('p', { class: 'muted', role: 'status' });
  const periods = h('div', { class: 'tabs periods', role: 'group', 'aria-label': t('notices.period') },
    PERIODS.map((value) => h('button', {
      type: 'button', class: 'tab', dataset: { period: value }, 'aria-pressed': String(value === period),
      onclick: () => {
        period = value;
        sessionStorage.setItem(PERIOD_KEY, value);
        for (const button of periods.children) button.setAttribute('aria-pressed', String(button.dataset.period === value));
        load();
      },
    }, t(`notices.period.${value}`))));

  function tile(name, stats) {
    const value = name === 'successRate' ? formatPercent(stats.successRate) : formatNumber(stats[name]);
    return h('div', { class: 'tile', dataset: { stat: name } }, h('dt', {}, t(`notices.stat.${name}`)), h('dd', {}, value));
  }

  async function load() {
    const mine = ++ticket;
    tiles.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.get(`/api/whatsapp/stats${query({ period })}`);
      if (mine !== ticket) return;
      mount(tiles, TILES.map((name) => tile(name, answer.data)));
      status.textContent = '';
      tiles.setAttribute('aria-busy', 'false');
    } catch (problem) {
      if (mine === ticket) status.textContent = t('common.error', { detail: problem.message });
    }
  }

  return {
    element: h('section', { class: 'notice-figures', 'aria-labelledby': 'notice-stats-title' },
      h('div', { class: 'section-head' }, h('h2', { id: 'notice-stats-title' }, t('notices.stats')), periods),
      tiles, status),
    load,
  };
}

function tabList(tabs, onChoose) {
  const list = h('div', { class: 'tabs notice-tabs', role: 'tablist', 'aria-label': t('notices.sections') },
    tabs.map((tab) => h('button', {
      type: 'button', role: 'tab', class: 'tab', id: `notice-tab-${tab.id}`, 'aria-controls': 'notice-panel',
      dataset: { tab: tab.id }, onclick: () => onChoose(tab),
    }, t(tab.label))));
  // The tab pattern: one stop on Tab, arrows (and Home, End) move between the tabs.
  list.addEventListener('keydown', (event) => {
    const buttons = [...list.children];
    const at = buttons.indexOf(document.activeElement);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (at < 0 || to === undefined) return;
    event.preventDefault();
    const next = buttons[(to + buttons.length) % buttons.length];
    next.focus();
    onChoose(tabs.find((tab) => tab.id === next.dataset.tab));
  });
  return {
    element: list,
    select(id) {
      for (const button of list.children) {
        const selected = button.dataset.tab === id;
        button.setAttribute('aria-selected', String(selected));
        button.tabIndex = selected ? 0 : -1;
      }
    },
  };
}

export function notificationsView(main, params) {
  const manager = managesNotices();
  const tabs = TABS.filter((tab) => !tab.managers || manager);
  const stats = statsSection();
  const panel = h('div', { class: 'tab-panel', role: 'tabpanel', id: 'notice-panel', tabindex: '0' });
  let open = null;
  let current = null;

  function show(tab) {
    if (tab === current) return;
    open?.stop?.();
    current = tab;
    list.select(tab.id);
    panel.setAttribute('aria-labelledby', `notice-tab-${tab.id}`);
    open = tab.panel({ manager });
    mount(panel, open.element);
    // The tab is in the address (a reload comes back to it) without drawing the screen again.
    history.replaceState(null, '', `#/notifications/${tab.id}`);
  }

  const list = tabList(tabs, show);
  mount(main, h('div', { class: 'page notifications' },
    h('h1', {}, t('notices.title')),
    h('p', { class: 'muted' }, t('notices.intro')),
    stats.element,
    list.element,
    panel));
  show(tabs.find((tab) => tab.id === params[0]) ?? tabs[0]);

  const refreshStats = coalesced(stats.load, 800);
  const off = [
    realtime.on('notification-updated', refreshStats),
    realtime.on('realtime-state', ({ namespace, connected }) => { if (namespace === 'whatsapp' && connected) refreshStats(); }),
  ];
  const shown = stats.load();
  return Object.assign(() => {
    refreshStats.cancel();
    open?.stop?.();
    off.forEach((unsubscribe) => unsubscribe());
  }, { shown });
}
