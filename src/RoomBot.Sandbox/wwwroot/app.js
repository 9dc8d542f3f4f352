// The chat simulator: plays the WeCom client for one user at a time. Plain JS, no build step; all state comes from
// /sandbox/api/* and live changes arrive over the SSE stream /sandbox/api/events.
(() => {
  'use strict';

  const I18N = {
    zh: {
      pickUser: '当前用户', connecting: '连接中…', live: '实时更新已连接', offline: '连接断开，正在重连…',
      composerPlaceholder: '给 RoomBot 发消息，例如：明天下午3点订一个10人会议室', composerHint: 'Enter 发送，Shift+Enter 换行',
      send: '发送', tabDay: '会议室', tabAdmin: '客户端操作', today: '今天',
      status0: '已预定', status1: '已取消', status2: '申请中', status3: '审批中',
      adminNote: '以当前用户身份在企业微信客户端里预定或取消会议室；机器人会收到 book_meeting_room / cancel_meeting_room 事件。需要审批的会议室从「申请中」开始。',
      date: '日期', room: '会议室', start: '开始', end: '结束', subject: '主题', bookInClient: '在客户端预定', bookingsOfDay: '当天的预定',
      botName: 'RoomBot 会议室助手', botSubtitle: '企业应用 · 单聊', appchat: '应用群聊', webhook: '群机器人',
      groupReadonly: '机器人在这个群里发的消息', members: '成员', emptyBot: '还没有消息。试试发送 “help” 或 “帮助”。',
      emptyGroup: '机器人还没有在这个群里发过消息。', noRooms: '没有会议室', free: '全天空闲', needApproval: '需审批',
      advance: '推进', submit: '提交审批', approve: '审批通过', cancel: '取消预定', noBookings: '当天没有预定',
      deliveryFailed: '回调失败：机器人在 {n} 次投递内没有应答', deliveryRetried: '第 {n} 次投递才成功',
      sendFailed: '发送失败', clicked: '已点击', capacity: '{n} 人', booked: '已在客户端预定', cancelled: '已取消预定',
      advanced: '状态已更新', you: '我', delivering: '正在投递回调…',
    },
    en: {
      pickUser: 'Current user', connecting: 'Connecting…', live: 'Live updates on', offline: 'Disconnected, reconnecting…',
      composerPlaceholder: 'Message RoomBot, e.g. "book a room for 10 tomorrow at 3pm"', composerHint: 'Enter to send, Shift+Enter for a new line',
      send: 'Send', tabDay: 'Rooms', tabAdmin: 'Client actions', today: 'Today',
      status0: 'Booked', status1: 'Cancelled', status2: 'Applying', status3: 'In approval',
      adminNote: 'Book or cancel rooms as the current user would in the WeCom client; the bot receives book_meeting_room / cancel_meeting_room events. Rooms that need approval start at "Applying".',
      date: 'Date', room: 'Room', start: 'Start', end: 'End', subject: 'Subject', bookInClient: 'Book in client', bookingsOfDay: 'Bookings of the day',
      botName: 'RoomBot', botSubtitle: 'Workplace app · direct chat', appchat: 'App group chat', webhook: 'Group robot',
      groupReadonly: 'What the bot posts in this group', members: 'Members', emptyBot: 'No messages yet. Try sending "help".',
      emptyGroup: 'The bot has not posted in this group yet.', noRooms: 'No rooms', free: 'Free all day', needApproval: 'Approval',
      advance: 'Advance', submit: 'Submit for approval', approve: 'Approve', cancel: 'Cancel', noBookings: 'No bookings that day',
      deliveryFailed: 'Callback failed: the bot did not answer in {n} deliveries', deliveryRetried: 'Delivered on attempt {n}',
      sendFailed: 'Sending failed', clicked: 'Clicked', capacity: '{n} seats', booked: 'Booked in the client', cancelled: 'Booking cancelled',
      advanced: 'Status updated', you: 'Me', delivering: 'Delivering the callback…',
    },
  };

  const state = {
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

  const $ = (id) => document.getElementById(id);
  const t = (key, n) => (I18N[state.lang][key] || key).replace('{n}', n ?? '');

  // ---------- HTTP ----------
  async function api(path, options = {}) {
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
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // WeCom's markdown subset (doc 90236): headings, bold, links, inline code, quotes and <font color="info|comment|warning">.
  function renderMarkdown(src) {
    const inline = (s) => esc(s)
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
      .replace(/&lt;font color=&quot;(info|comment|warning)&quot;&gt;([\s\S]*?)&lt;\/font&gt;/g, '<span class="md-$1">$2</span>')
      .replace(/&lt;@([A-Za-z0-9_.@-]+)&gt;/g, '<strong>@$1</strong>');
    return String(src ?? '').split('\n').map((line) => {
      const h = /^(#{1,6})\s+(.*)$/.exec(line);
      if (h) {
        const level = Math.min(h[1].length, 3);
        return `<h${level}>${inline(h[2])}</h${level}>`;
      }
      const q = /^>\s?(.*)$/.exec(line);
      if (q) return `<blockquote>${inline(q[1])}</blockquote>`;
      return line.trim() === '' ? '' : `<p>${inline(line)}</p>`;
    }).join('');
  }

  function fmtTime(unix) {
    // The corp's wall clock, like the day view, whatever zone the browser is in.
    const options = { hour: '2-digit', minute: '2-digit' };
    if (state.info && state.info.timeZone) options.timeZone = state.info.timeZone;
    try {
      return new Date(unix * 1000).toLocaleTimeString(state.lang === 'zh' ? 'zh-CN' : 'en-GB', options);
    } catch {
      return new Date(unix * 1000).toLocaleTimeString();
    }
  }

  function initial(name) { return (name || '?').trim().slice(-2); }

  // ---------- template card (button_interaction, doc 90236) ----------
  function renderCard(message) {
    const card = message.replacedCard || message.content || {};
    const box = el('div', 'card');
    box.dataset.messageId = message.id;
    const inner = el('div', 'card-inner');
    if (card.source && (card.source.desc || card.source.icon_url)) {
      const src = el('div', 'card-source c' + (card.source.desc_color || 0));
      if (card.source.icon_url) {
        const img = el('img');
        img.src = card.source.icon_url;
        img.alt = '';
        src.append(img);
      }
      src.append(el('span', null, card.source.desc || ''));
      inner.append(src);
    }
    if (card.main_title) {
      if (card.main_title.title) inner.append(el('div', 'card-title', card.main_title.title));
      if (card.main_title.desc) inner.append(el('div', 'card-desc', card.main_title.desc));
    }
    if (card.sub_title_text) inner.append(el('div', 'card-sub', card.sub_title_text));
    const fields = card.horizontal_content_list || [];
    if (fields.length) {
      const dl = el('dl', 'card-fields');
      for (const f of fields) {
        dl.append(el('dt', null, f.keyname), el('dd', null, f.value));
      }
      inner.append(dl);
    }
    box.append(inner);

    const buttons = card.button_list || [];
    const replaced = message.replacedName || card.replace_text;
    if (replaced) {
      // update_button / replace_text: WeCom greys the button area and shows the new label (doc 94945).
      const bar = el('div', 'card-buttons');
      const b = el('button', 'replaced', replaced);
      b.type = 'button';
      b.disabled = true;
      bar.append(b);
      box.append(bar);
    } else if (buttons.length) {
      const bar = el('div', 'card-buttons');
      const pendingKey = state.pending.get(message.id);
      for (const btn of buttons) {
        const b = el('button', 'b' + (btn.style || 1), btn.text);
        b.type = 'button';
        b.dataset.key = btn.key;
        if (pendingKey !== undefined) {
          b.disabled = true;
          if (pendingKey === btn.key) b.classList.add('pending');
        }
        b.addEventListener('click', () => clickButton(message, btn.key, bar));
        bar.append(b);
      }
      box.append(bar);
    }
    if (card.card_action && card.card_action.type === 1 && card.card_action.url) {
      const a = el('a', 'card-link', card.card_action.url);
      a.href = card.card_action.url;
      a.target = '_blank';
      a.rel = 'noopener';
      box.append(a);
    }
    return box;
  }

  function renderBody(msgType, content, message) {
    if (msgType === 'template_card') return renderCard(message);
    if (msgType === 'markdown') {
      const b = el('div', 'bubble markdown');
      b.innerHTML = renderMarkdown(content && content.content);
      return b;
    }
    const text = content && (content.content ?? content.text);
    return el('div', 'bubble', text ?? JSON.stringify(content));
  }

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
      $('chat-subtitle').textContent = t('groupReadonly') + members;
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
      col.append(renderBody(m.msgType, m.content, m));
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
      col.append(renderBody(m.msgType, m.content, m));
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

  // ---------- rooms: day view and client actions ----------
  function statusLabel(s) { return t('status' + s); }

  async function loadDay() {
    if (!state.date) return;
    const day = await api('day?date=' + encodeURIComponent(state.date));
    state.day = day;
    renderDay();
    renderAdmin();
  }

  function renderDay() {
    const view = $('day-view');
    view.replaceChildren();
    const day = state.day;
    if (!day || !day.rooms.length) {
      view.append(el('div', 'free', t('noRooms')));
      return;
    }
    // Office hours (07:00–22:00) fill the bar, widened when a booking falls outside them.
    let from = day.dayStart + 7 * 3600;
    let to = day.dayStart + 22 * 3600;
    for (const room of day.rooms) {
      for (const b of room.bookings) {
        from = Math.max(day.dayStart, Math.min(from, b.startTime));
        to = Math.min(day.dayEnd, Math.max(to, b.endTime));
      }
    }
    const span = to - from;
    for (const room of day.rooms) {
      const card = el('div', 'room');
      card.dataset.roomId = room.meetingRoomId;
      const head = el('div', 'room-head');
      head.append(el('div', 'room-name', room.name));
      if (room.needApproval) head.append(el('span', 'room-tag', t('needApproval')));
      card.append(head);
      const where = [room.city, room.building, room.floor].filter(Boolean).join(' · ');
      card.append(el('div', 'room-where', `${where} · ${t('capacity', room.capacity)}`));
      const line = el('div', 'timeline');
      for (const b of room.bookings) {
        const seg = el('span', 't' + b.status);
        seg.style.left = (100 * (Math.max(b.startTime, from) - from) / span) + '%';
        seg.style.width = Math.max(0.8, 100 * (Math.min(b.endTime, to) - Math.max(b.startTime, from)) / span) + '%';
        seg.title = `${b.startText}–${b.endText} ${b.bookerName || b.booker} ${statusLabel(b.status)}`;
        line.append(seg);
      }
      card.append(line);
      if (!room.bookings.length) card.append(el('div', 'free', t('free')));
      for (const b of room.bookings) {
        const row = el('div', 'booking');
        row.dataset.bookingId = b.bookingId;
        row.append(el('span', 'booking-time', `${b.startText}–${b.endText}`));
        row.append(el('span', 'booking-who', [b.bookerName || b.booker, b.subject].filter(Boolean).join(' · ')));
        row.append(el('span', 'status s' + b.status, statusLabel(b.status)));
        card.append(row);
      }
      view.append(card);
    }
  }

  function renderRoomSelect() {
    const select = $('admin-room');
    const current = select.value;
    select.replaceChildren();
    for (const room of state.rooms) {
      const o = el('option', null, `${room.name} · ${room.city || ''}${room.needApproval ? ' · ' + t('needApproval') : ''}`);
      o.value = room.meetingRoomId;
      select.append(o);
    }
    if (current) select.value = current;
  }

  function renderAdmin() {
    $('admin-date').textContent = state.date || '';
    const list = $('admin-list');
    list.replaceChildren();
    const day = state.day;
    const items = [];
    for (const room of day ? day.rooms : []) {
      for (const b of room.bookings) items.push({ room, b });
    }
    items.sort((x, y) => x.b.startTime - y.b.startTime);
    if (!items.length) list.append(el('div', 'free', t('noBookings')));
    for (const { room, b } of items) {
      const item = el('div', 'admin-item');
      item.dataset.bookingId = b.bookingId;
      const head = el('div', 'admin-item-head');
      head.append(el('span', null, `${room.name} ${b.startText}–${b.endText}`), el('span', 'status s' + b.status, statusLabel(b.status)));
      item.append(head, el('div', 'booking-who', [b.bookerName || b.booker, b.subject].filter(Boolean).join(' · ')));
      if (b.status !== 1) {
        const actions = el('div', 'admin-item-actions');
        if (b.status === 2 || b.status === 3) {
          const adv = el('button', 'btn btn-small', b.status === 2 ? t('submit') : t('approve'));
          adv.type = 'button';
          adv.dataset.action = 'advance';
          adv.addEventListener('click', () => adminAction(`admin/bookings/${encodeURIComponent(b.bookingId)}/advance`, t('advanced')));
          actions.append(adv);
        }
        const cancel = el('button', 'btn btn-small btn-danger', t('cancel'));
        cancel.type = 'button';
        cancel.dataset.action = 'cancel';
        cancel.addEventListener('click', () => adminAction(`admin/bookings/${encodeURIComponent(b.bookingId)}/cancel`, t('cancelled')));
        actions.append(cancel);
        item.append(actions);
      }
      list.append(item);
    }
  }

  async function adminAction(path, done) {
    try {
      await api(path, { method: 'POST', body: {} });
      toast(done);
    } catch (e) {
      toast(e.message);
    }
    await loadDay();
  }

  async function adminBook(ev) {
    ev.preventDefault();
    $('admin-error').textContent = '';
    if (!state.user) return;
    const btn = $('admin-book-btn');
    btn.disabled = true;
    try {
      await api('admin/bookings', {
        body: {
          meetingRoomId: Number($('admin-room').value),
          date: state.date,
          start: $('admin-start').value,
          end: $('admin-end').value,
          booker: state.user.userId,
          subject: $('admin-subject').value || null,
        },
      });
      toast(t('booked'));
    } catch (e) {
      $('admin-error').textContent = e.message;
    } finally {
      btn.disabled = false;
      await loadDay();
    }
  }

  function shiftDate(days) {
    const d = new Date(state.date + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    state.date = d.toISOString().slice(0, 10);
    $('day-date').value = state.date;
    loadDay().catch(showError);
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
        if (state.user && e.userId === state.user.userId && state.session === 'bot') await loadConversation(false);
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

  // ---------- misc ----------
  let toastTimer;
  function toast(text) {
    const box = $('toast');
    box.textContent = text;
    box.classList.remove('hidden');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => box.classList.add('hidden'), 4000);
  }

  function showError(e) { toast(e && e.message ? e.message : String(e)); }

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
    $('day-prev').addEventListener('click', () => shiftDate(-1));
    $('day-next').addEventListener('click', () => shiftDate(1));
    $('day-today').addEventListener('click', () => { state.date = state.info.today; $('day-date').value = state.date; loadDay().catch(showError); });
    $('day-date').addEventListener('change', (ev) => { if (ev.target.value) { state.date = ev.target.value; loadDay().catch(showError); } });
    $('admin-book').addEventListener('submit', adminBook);

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
})();
