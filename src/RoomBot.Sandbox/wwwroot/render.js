// How WeCom draws messages: text, its markdown subset, and template cards.
import { el, esc, state, t } from './core.js';

// WeCom's markdown subset (doc 90236): headings, bold, links, inline code, quotes and <font color="info|comment|warning">.
export function renderMarkdown(src) {
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

// ---------- template card (button_interaction, doc 90236) ----------
export function renderCard(message, onClick) {
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
  if (card.emphasis_content && (card.emphasis_content.title || card.emphasis_content.desc)) {
    const em = el('div', 'card-emphasis');
    em.append(el('div', 'card-emphasis-title', card.emphasis_content.title), el('div', 'card-desc', card.emphasis_content.desc));
    inner.append(em);
  }
  if (card.quote_area && (card.quote_area.title || card.quote_area.quote_text)) {
    const quote = el('div', 'card-quote');
    if (card.quote_area.title) quote.append(el('div', 'card-quote-title', card.quote_area.title));
    if (card.quote_area.quote_text) quote.append(el('div', null, card.quote_area.quote_text));
    inner.append(quote);
  }
  if (card.sub_title_text) inner.append(el('div', 'card-sub', card.sub_title_text));
  for (const v of card.vertical_content_list || []) {
    inner.append(el('div', 'card-title card-vertical', v.title), el('div', 'card-desc', v.desc));
  }
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
      b.addEventListener('click', () => onClick(message, btn.key, bar));
      bar.append(b);
    }
    box.append(bar);
  }
  if (card.card_action && card.card_action.type === 1 && card.card_action.url) {
    const a = el('a', 'card-link', t('details'));
    a.title = card.card_action.url;
    a.href = card.card_action.url;
    a.target = '_blank';
    a.rel = 'noopener';
    box.append(a);
  }
  return box;
}

export function renderBody(msgType, content, message, onClick) {
  if (msgType === 'template_card') return renderCard(message, onClick);
  if (msgType === 'markdown') {
    const b = el('div', 'bubble markdown');
    b.innerHTML = renderMarkdown(content && content.content);
    return b;
  }
  const text = content && (content.content ?? content.text);
  return el('div', 'bubble', text ?? JSON.stringify(content));
}
