// Labels shared by the aid pages (帮扶救助); the form components are the shell's (ctx.ui, ui.js).
// Money is in fen (分) on the wire; never floating point.

const BADGES = { REVIEWING: 'warn', NOTICE: 'warn', APPROVED: 'ok', PAID: 'ok', RECEIVED: 'ok', REJECTED: 'bad' };

export function statusBadge(ctx, status, label) {
  return ctx.h('span', { class: 'badge ' + (BADGES[status] || '') }, label || status);
}

// label tables {CODE: [zh, en]} for ctx.ui.select / ui.checks / ui.label (the current language's label)
export const LEVELS = { COMMUNITY: ['社区/村', 'Community/village'], STREET: ['街道/乡镇', 'Street/township'], DISTRICT: ['区县', 'District/county'] };
export const CHANNELS = { BANK: ['银行卡', 'Bank card'], CASH: ['现金', 'Cash'], GOODS: ['实物', 'Goods'], INSURER: ['投保', 'Insurance policy'] };
export const KINDS = { CASH: ['现金', 'Cash'], GOODS: ['物资', 'Goods'], SERVICE: ['服务', 'Service'], INSURANCE: ['保险', 'Insurance'] };
export const STATUS = { REVIEWING: ['审核中', 'In review'], APPROVED: ['已批准', 'Approved'], NOTICE: ['公示中', 'On notice'],
  PAID: ['已发放', 'Paid'], RECEIVED: ['已签收', 'Received'], REJECTED: ['未通过', 'Rejected'] };
export const FUNDS = { LOTTERY: ['彩票公益金', 'Lottery fund'], BUDGET: ['财政预算', 'Budget'], DONATION: ['社会捐赠', 'Donations'], OTHER: ['其他', 'Other'] };

/** Replaces the children of el. */
export function show(el, ...nodes) {
  el.replaceChildren(...nodes.filter(Boolean));
}
