// Labels shared by the aid pages (帮扶救助); the form components are the shell's (ctx.ui, ui.js).
// Money is in fen (分) on the wire; never floating point.

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
