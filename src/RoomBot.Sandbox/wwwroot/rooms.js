// The right-hand panel: the day view of rooms and bookings, and what a person does "in the WeCom client".
import { $, api, el, showError, state, t, toast } from './core.js';

function statusLabel(s) { return t('status' + s); }

export async function loadDay() {
  if (!state.date) return;
  const day = await api('day?date=' + encodeURIComponent(state.date));
  state.day = day;
  renderDay();
  renderAdmin();
}

export function renderDay() {
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

export function renderRoomSelect() {
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

export function renderAdmin() {
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

export function initRooms() {
  $('day-prev').addEventListener('click', () => shiftDate(-1));
  $('day-next').addEventListener('click', () => shiftDate(1));
  $('day-today').addEventListener('click', () => { state.date = state.info.today; $('day-date').value = state.date; loadDay().catch(showError); });
  $('day-date').addEventListener('change', (ev) => { if (ev.target.value) { state.date = ev.target.value; loadDay().catch(showError); } });
  $('admin-book').addEventListener('submit', adminBook);
}
