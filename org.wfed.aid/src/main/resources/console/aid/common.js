// Helpers shared by the aid pages (帮扶救助). Money is in fen (分) on the wire; never floating point.

/** "1,000.00" from fen. */
export function yuan(fen) {
  if (fen === null || fen === undefined) return '';
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return (neg ? '-' : '') + whole + '.' + cents;
}

/** Fen from a typed amount in 元 ("100", "100.5", "100.50"); null when not a number. */
export function toFen(text) {
  const m = String(text || '').trim().replace(/,/g, '').match(/^(\d+)(?:\.(\d{1,2}))?$/);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'));
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}

/** A labelled form row. */
export function field(ctx, label, input) {
  return ctx.h('div', { class: 'field' }, ctx.h('label', {}, label), input);
}

export function input(ctx, attrs) {
  return ctx.h('input', attrs || {});
}

export function select(ctx, options, selected) {
  const s = ctx.h('select', {});
  for (const [value, label] of options) {
    const o = ctx.h('option', { value: String(value) }, label);
    if (String(value) === String(selected)) o.selected = true;
    s.appendChild(o);
  }
  return s;
}

/** Checkboxes for a list of [value, label]; answers {node, values()}. */
export function checks(ctx, options, chosen) {
  const boxes = options.map(([value, label]) => {
    const b = ctx.h('input', { type: 'checkbox', value: String(value) });
    b.checked = (chosen || []).includes(value);
    return [b, ctx.h('label', { class: 'check' }, b, ' ' + label)];
  });
  return {
    node: ctx.h('span', {}, ...boxes.map(x => x[1])),
    values: () => boxes.filter(x => x[0].checked).map(x => x[0].value),
  };
}

const BADGES = { REVIEWING: 'warn', NOTICE: 'warn', APPROVED: 'ok', PAID: 'ok', RECEIVED: 'ok', REJECTED: 'bad' };

export function statusBadge(ctx, status, label) {
  return ctx.h('span', { class: 'badge ' + (BADGES[status] || '') }, label || status);
}

export const LEVELS = [['COMMUNITY', '社区/村'], ['STREET', '街道/乡镇'], ['DISTRICT', '区县']];
export const CHANNELS = [['BANK', '银行卡'], ['CASH', '现金'], ['GOODS', '实物'], ['INSURER', '投保']];
export const KINDS = [['CASH', '现金'], ['GOODS', '物资'], ['SERVICE', '服务'], ['INSURANCE', '保险']];
export const FUNDS = [['LOTTERY', '彩票公益金'], ['BUDGET', '财政预算'], ['DONATION', '社会捐赠'], ['OTHER', '其他']];

export function label(pairs, value) {
  const p = pairs.find(x => x[0] === value);
  return p ? p[1] : (value || '');
}

/** Replaces the children of el. */
export function show(el, ...nodes) {
  el.replaceChildren(...nodes.filter(Boolean));
}

/** "共 N 条 · 第 p/q 页" with previous/next buttons for a core Page {items, total, page, size}. */
export function pager(ctx, page, go) {
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  return ctx.h('div', { class: 'toolbar' },
    ctx.t('共 ' + page.total + ' 条 · 第 ' + page.page + '/' + pages + ' 页', page.total + ' rows · page ' + page.page + '/' + pages),
    page.page > 1 ? ctx.h('button', { class: 'btn', onclick: () => go(page.page - 1) }, ctx.t('上一页', 'Previous')) : null,
    page.page < pages ? ctx.h('button', { class: 'btn', onclick: () => go(page.page + 1) }, ctx.t('下一页', 'Next')) : null);
}
