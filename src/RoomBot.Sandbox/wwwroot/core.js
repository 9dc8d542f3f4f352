// Shared state and small helpers of the chat page.
import { I18N } from './i18n.js';

export const state = {
  lang: localStorage.getItem('roombot.lang') || 'zh',
  users: [],
  user: null,
  session: 'bot',
  groups: [],
  unread: {},
  day: null,
  date: null,
  rooms: [],
  conversation: [],
  // Cards whose click is still being delivered: their buttons stay disabled across re-renders.
  pending: new Map(),
};

export const $ = (id) => document.getElementById(id);
export const t = (key, n) => (I18N[state.lang][key] || key).replace('{n}', n ?? '');
// ---------- HTTP ----------
export async function api(path, options = {}) {
  const init = { headers: { Accept: 'application/json' }, ...options };
  if (options.body !== undefined) {
    init.method = init.method || 'POST';
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const res = await fetch('/sandbox/api/' + path, init);
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    throw new Error((data && (data.detail || data.title || data.error)) || res.statusText);
  }
  return data;
}
// ---------- rendering helpers ----------
export const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

export function fmtTime(unix) {
  // The corp's wall clock, like the day view, whatever zone the browser is in.
  const options = { hour: '2-digit', minute: '2-digit' };
  if (state.info && state.info.timeZone) options.timeZone = state.info.timeZone;
  try {
    return new Date(unix * 1000).toLocaleTimeString(state.lang === 'zh' ? 'zh-CN' : 'en-GB', options);
  } catch {
    return new Date(unix * 1000).toLocaleTimeString();
  }
}

export function initial(name) { return (name || '?').trim().slice(-2); }

let toastTimer;
export function toast(text) {
  const box = $('toast');
  box.textContent = text;
  box.classList.remove('hidden');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => box.classList.add('hidden'), 4000);
}

export function showError(e) { toast(e && e.message ? e.message : String(e)); }
