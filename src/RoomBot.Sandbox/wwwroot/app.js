// The chat simulator: plays the WeCom client for one user at a time. Plain ES modules, no build step; all state comes
// from /sandbox/api/* and live changes arrive over the SSE stream /sandbox/api/events.
import { $, api, el, fmtTime, initial, showError, state, t, toast } from './core.js';
import { renderBody } from './render.js';
import { initRooms, loadDay, renderAdmin, renderDay, renderRoomSelect } from './rooms.js';

// ---------- sessions ----------
function renderSessions() {
  const list = $('session-list');
  list.replaceChildren();
  const add = (key, avatarCls, avatarText, name, meta) => {
    const item = el('div', 'session' + (state.session === key ? ' active' : ''));
    item.setAttribute('role', 'listitem');
    item.dataset.session = key;
    const av = el('div', 'avatar ' + avatarCls, avatarText);
    const body = el('div', 'session-body');
    body.append(el('div', 'session-name', name), el('div', 'session-meta', meta));
    item.append(av, body);
    if (state.unread[key]) item.append(el('span', 'badge', String(state.unread[key])));
    item.addEventListener('click', () => openSession(key));
    list.append(item);
  };
  add('bot', 'bot', 'R', t('botName'), t('botSubtitle'));
  for (const g of state.groups) {
    add('group:' + g.groupId, g.kind === 'webhook' ? 'robot' : 'group', g.kind === 'webhook' ? '🤖' : '群',
      g.name || g.groupId, g.kind === 'webhook' ? t('webhook') : t('appchat'));
  }
}

async function openSession(key) {
  state.session = key;
  delete state.unread[key];
  renderSessions();
  const composer = $('composer');
  if (key === 'bot') {
    composer.classList.remove('readonly');
    $('chat-title').textContent = t('botName');
    $('chat-subtitle').textContent = state.user ? `${t('botSubtitle')} · ${state.user.name} (${state.user.userId})` : t('botSubtitle');
    await loadConversation(true);
  } else {
    composer.classList.add('readonly');
    const group = state.groups.find((g) => 'group:' + g.groupId === key);
    $('chat-title').textContent = group ? (group.name || group.groupId) : key;
    const members = group && group.members && group.members.length ? ` · ${t('members')}: ${group.members.join(', ')}` : '';
    const hook = group && group.webhookKey ? ` · ${t('webhookKey')}: ${group.webhookKey}` : '';
    $('chat-subtitle').textContent = t('groupReadonly') + members + hook;
    await loadGroupMessages(true);
  }
}

// ---------- conversation ----------
function nearBottom(box) { return box.scrollHeight - box.scrollTop - box.clientHeight < 80; }

function renderConversation(forceBottom) {
  const box = $('messages');
  const stick = forceBottom || nearBottom(box);
  box.replaceChildren();
  if (!state.conversation.length) box.append(el('div', 'empty', t('emptyBot')));
  for (const m of state.conversation) {
    const row = el('div', 'msg ' + (m.fromBot ? 'bot' : 'user'));
    row.dataset.messageId = m.id;
    const av = m.fromBot ? el('div', 'avatar bot', 'R') : el('div', 'avatar', initial(state.user && state.user.name));
    const col = el('div', 'msg-col');
    col.append(el('div', 'msg-meta', `${m.fromBot ? 'RoomBot' : (state.user ? state.user.name : t('you'))} ${fmtTime(m.createdAt)}`));
    col.append(renderBody(m.msgType, m.content, m, clickButton));
    row.append(av, col);
    box.append(row);
  }
  if (stick) box.scrollTop = box.scrollHeight;
}

async function loadConversation(forceBottom) {
  if (!state.user) return;
  const userId = state.user.userId;
  const messages = await api('conversation?userId=' + encodeURIComponent(userId));
  if (!state.user || state.user.userId !== userId || state.session !== 'bot') return;
  state.conversation = messages;
  renderConversation(forceBottom);
}

async function loadGroupMessages(forceBottom) {
  const key = state.session;
  if (!key.startsWith('group:')) return;
  const groupId = key.slice(6);
  const messages = await api('groups/' + encodeURIComponent(groupId) + '/messages');
  if (state.session !== key) return;
  const box = $('messages');
  const stick = forceBottom || nearBottom(box);
  box.replaceChildren();
  if (!messages.length) box.append(el('div', 'empty', t('emptyGroup')));
  for (const m of messages) {
    const row = el('div', 'msg bot');
    row.dataset.messageId = m.id;
    const col = el('div', 'msg-col');
    col.append(el('div', 'msg-meta', `RoomBot ${fmtTime(m.createdAt)}`));
    col.append(renderBody(m.msgType, m.content, m, clickButton));
    const mentioned = m.content && m.content.mentioned_list;
    if (mentioned && mentioned.length) col.append(el('div', 'msg-meta', '@' + mentioned.join(' @')));
    row.append(el('div', 'avatar bot', 'R'), col);
    box.append(row);
  }
  if (stick) box.scrollTop = box.scrollHeight;
}

// WeCom may take up to four 5-second deliveries: show that something is on its way.
let inflight = 0;
async function delivering(work) {
  inflight += 1;
  $('inflight').classList.remove('hidden');
  try {
    return await work();
  } finally {
    inflight -= 1;
    if (inflight === 0) $('inflight').classList.add('hidden');
  }
}

function reportDelivery(delivery) {
  if (!delivery) return;
  if (!delivery.delivered) toast(t('deliveryFailed', delivery.attempts));
  else if (delivery.attempts > 1) toast(t('deliveryRetried', delivery.attempts));
}

async function sendText(text) {
  if (!state.user || !text.trim()) return;
  // The composer stays usable while a slow bot is being retried, as in WeCom.
  try {
    const result = await delivering(() => api('messages', { body: { userId: state.user.userId, text } }));
    reportDelivery(result.delivery);
  } catch (e) {
    toast(t('sendFailed') + ': ' + e.message);
  } finally {
    await loadConversation(true);
  }
}

async function clickButton(message, key, bar) {
  if (!state.user || state.pending.has(message.id)) return;
  state.pending.set(message.id, key);
  for (const b of bar.querySelectorAll('button')) {
    b.disabled = true;
    if (b.dataset.key === key) b.classList.add('pending');
  }
  try {
    const result = await delivering(() => api('cards/click', { body: { userId: state.user.userId, messageId: message.id, key } }));
    reportDelivery(result.delivery);
  } catch (e) {
    toast(e.message);
  } finally {
    state.pending.delete(message.id);
    await loadConversation(false);
  }
}

async function addRobot(ev) {
  ev.preventDefault();
  const input = $('robot-name');
  if (!input.value.trim()) return;
  try {
    const group = await api('groups/robots', { body: { name: input.value.trim() } });
    input.value = '';
    state.groups = await api('groups');
    await openSession('group:' + group.groupId);
    toast(t('robotAdded', group.webhookKey));
  } catch (e) {
    toast(e.message);
  }
}
// ---------- live updates ----------
let events;
function connect() {
  events = new EventSource('/sandbox/api/events');
  events.onopen = () => { $('live-dot').classList.add('live'); $('live-text').textContent = t('live'); };
  events.onerror = () => { $('live-dot').classList.remove('live'); $('live-text').textContent = t('offline'); };
  events.onmessage = (msg) => onEvent(JSON.parse(msg.data)).catch(showError);
}

let dayTimer;
async function onEvent(e) {
  switch (e.kind) {
    case 'Connected':
      // A (re)connected stream may have missed events while it was down: catch up once.
      if (state.user && state.session === 'bot') await loadConversation(false);
      if (state.session.startsWith('group:')) await loadGroupMessages(false);
      if (state.day) await loadDay();
      break;
    case 'ChatMessage':
    case 'CardUpdated':
      if (!state.user || e.userId !== state.user.userId) break;
      if (state.session === 'bot') {
        await loadConversation(false);
      } else if (e.kind === 'ChatMessage') {
        state.unread.bot = (state.unread.bot || 0) + 1;
        renderSessions();
      }
      break;
    case 'GroupMessage': {
      const key = 'group:' + e.chatId;
      if (!state.groups.some((g) => g.groupId === e.chatId)) state.groups = await api('groups');
      if (state.session === key) await loadGroupMessages(false);
      else state.unread[key] = (state.unread[key] || 0) + 1;
      renderSessions();
      break;
    }
    default:
      // Booking changes come in bursts (a series books many days): refresh the day view once per burst.
      clearTimeout(dayTimer);
      dayTimer = setTimeout(() => loadDay().catch(showError), 150);
  }
}
function applyLanguage() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  $('lang-toggle').textContent = state.lang === 'zh' ? 'EN' : '中文';
  $('live-text').textContent = $('live-dot').classList.contains('live') ? t('live') : t('connecting');
}

async function selectUser(userId) {
  state.user = state.users.find((u) => u.userId === userId) || null;
  localStorage.setItem('roombot.user', userId);
  $('me-avatar').textContent = initial(state.user && state.user.name);
  state.conversation = [];
  const box = $('messages');
  delete box.dataset.ready;
  await openSession('bot');
  if (state.user && !state.conversation.length) {
    // WeCom sends enter_agent when a user opens the app's chat (doc 96468); fire it on a first visit only.
    try {
      await api('enter', { body: { userId: state.user.userId } });
      await loadConversation(true);
    } catch {
      // A bot that ignores enter_agent is fine.
    }
  }
  // Marks the chat as settled (history loaded, enter_agent answered) for people and tests alike.
  if (state.user && state.user.userId === userId) box.dataset.ready = userId;
}

async function init() {
  applyLanguage();
  $('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem('roombot.lang', state.lang);
    applyLanguage();
    renderSessions();
    renderRoomSelect();
    openSession(state.session).catch(showError);
    renderDay();
    renderAdmin();
  });
  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', () => {
      for (const x of document.querySelectorAll('.tab')) x.classList.toggle('active', x === tab);
      $('panel-day').classList.toggle('hidden', tab.dataset.tab !== 'day');
      $('panel-admin').classList.toggle('hidden', tab.dataset.tab !== 'admin');
    });
  }
  $('composer').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const input = $('composer-input');
    const text = input.value;
    input.value = '';
    sendText(text);
  });
  $('composer-input').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      $('composer').requestSubmit();
    }
  });
  initRooms();
  $('robot-form').addEventListener('submit', addRobot);

  const [info, users, groups] = await Promise.all([api('info'), api('users'), api('groups')]);
  state.info = info;
  state.users = users;
  state.groups = groups;
  state.date = info.today;
  $('day-date').value = state.date;
  const select = $('user-select');
  for (const u of users) {
    const o = el('option', null, `${u.name} (${u.userId})`);
    o.value = u.userId;
    select.append(o);
  }
  select.addEventListener('change', () => selectUser(select.value).catch(showError));
  const saved = localStorage.getItem('roombot.user');
  const first = users.find((u) => u.userId === saved) || users[0];
  connect();
  let selecting = Promise.resolve();
  if (first) {
    select.value = first.userId;
    // Not awaited first: a slow bot answering enter_agent must not hold up the day view.
    selecting = selectUser(first.userId);
  }
  const day = await api('day?date=' + encodeURIComponent(state.date));
  state.day = day;
  state.rooms = day.rooms;
  renderRoomSelect();
  renderDay();
  renderAdmin();
  await selecting;
}

init().catch(showError);
