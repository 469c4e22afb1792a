// Shared helpers of the reporting pages: status labels, number formatting, period pickers, ECharts loading.

export const STATUS = {
  DRAFT: ['草稿', 'Draft', 'warn'],
  SUBMITTED: ['已提交', 'Submitted', 'warn'],
  APPROVED: ['已审核', 'Approved', 'ok'],
  RETURNED: ['已退回', 'Returned', 'bad'],
};

export function statusBadge(ctx, status) {
  if (!status) return ctx.h('span', { class: 'badge' }, ctx.t('未编写', 'None'));
  const [zh, en, cls] = STATUS[status] || [status, status, ''];
  return ctx.h('span', { class: 'badge ' + cls }, ctx.t(zh, en));
}

/** A value as the table shows it (values are exact decimals: money in yuan, rates in percent); missing as —. */
export function formatValue(indicator, v) {
  if (v === null || v === undefined) return '—';
  if (indicator.measure === 'RATE' || (indicator.ratio && indicator.unitZh === '%')) return Number(v) + '%';
  return Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/**
 * The columns of a table for an indicator: its whole figure, then (when asked) one per member of its breakdown;
 * titles in the language of `t` (Chinese without it).
 */
export function figureColumns(indicator, withMembers, t) {
  const tr = t || ((zh) => zh);
  const name = tr(indicator.nameZh, indicator.nameEn || indicator.nameZh);
  const own = [{ key: indicator.id, indicator, title: name }];
  if (!withMembers || !indicator.dimension) return own;
  return own.concat(indicator.dimension.members.map(m => ({
    key: indicator.id + '[' + m.code + ']', indicator, title: name + '·' + tr(m.nameZh, m.nameEn || m.nameZh), unitZh: m.unitZh })));
}

/** The summary's sections as the dashboard groups its columns (the opening line, problems and plan as 综合). */
export const SECTIONS = {
  organisation: ['组织建设', 'Organisation'],
  outreach: ['思想引领', 'Guidance and learning'],
  family: ['家庭家教家风', 'Families'],
  rights: ['维权服务', 'Rights'],
  care: ['关爱帮扶', 'Care and aid'],
  employment: ['巾帼建功与志愿服务', 'Work and volunteering'],
  general: ['综合', 'General'],
};

/** The dashboard section of an indicator. */
export function sectionOf(indicator) {
  return SECTIONS[indicator.section] ? indicator.section : 'general';
}

/** "（元）", "（%）", "（份）": the unit of an indicator, or of one member counted in its own, as a column title shows it. */
export function unitOf(indicator, memberUnit) {
  return '（' + (indicator.measure === 'RATE' ? '%' : memberUnit || indicator.unitZh) + '）';
}

/** Change against last year as "▲ 3" / "▼ 2" / "—". */
export function change(indicator, now, before) {
  if (now === null || now === undefined || before === null || before === undefined) return '';
  const d = Math.round((now - before) * 10) / 10;
  if (d === 0) return '持平';
  const shown = indicator.measure === 'RATE' ? Math.abs(d) + '个百分点' : formatValue(indicator, Math.abs(d));
  return (d > 0 ? '▲ ' : '▼ ') + shown;
}

/**
 * The year a reporting page opens on for the unit, as the server decides it (GET reporting/summaries/year): the
 * current one, or early in the year (until a configurable month) the previous one while its summary is not approved.
 */
export async function reportingYear(ctx, unitId) {
  return (await ctx.api.get('reporting/summaries/year?unitId=' + encodeURIComponent(unitId || ctx.user.unitId))).year;
}

/**
 * The bar of a page about one unit's year: 单位, 年份 (the reported year by default) and a button running
 * show(); answers {el, unitSelect, year}.
 */
export async function unitYearBar(ctx, buttonText, show) {
  const unitSelect = await ctx.unitSelect(ctx.params.unitId || ctx.user.unitId);
  const year = ctx.h('input', { type: 'number', name: 'year', min: '2000', max: '2100', class: 'short',
    value: ctx.params.year || String(await reportingYear(ctx, unitSelect.value)) });
  const el = ctx.h('div', { class: 'filters' },
    ctx.ui.field(ctx.t('单位', 'Unit'), unitSelect), ctx.ui.field(ctx.t('年份', 'Year'), year),
    ctx.h('button', { class: 'btn primary', type: 'button', onclick: () => show() }, buttonText));
  return { el, unitSelect, year };
}

/** Year (the reported one by default), then quarter or month (optional); answers a promise of {year, part, query()}. */
export async function periodPicker(ctx, params) {
  const year = ctx.h('input', { type: 'number', name: 'year', class: 'short', min: '2000', max: '2100',
    value: params.year || String(await reportingYear(ctx, params.unitId)) });
  const part = ctx.h('select', {},
    ctx.h('option', { value: '' }, ctx.t('全年', 'Whole year')),
    ...[1, 2, 3, 4].map(q => ctx.h('option', { value: 'q' + q }, ctx.t('第' + q + '季度', 'Q' + q))),
    ...Array.from({ length: 12 }, (_, i) => ctx.h('option', { value: 'm' + (i + 1) }, ctx.t((i + 1) + '月', 'Month ' + (i + 1)))));
  if (params.part) part.value = params.part;
  return {
    year, part,
    query() {
      let q = 'year=' + encodeURIComponent(year.value);
      if (part.value.startsWith('q')) q += '&quarter=' + part.value.substring(1);
      if (part.value.startsWith('m')) q += '&month=' + part.value.substring(1);
      return q;
    },
  };
}

let echartsLoading = null;
/** Loads the ECharts shipped in this bundle (window.echarts); resolves null if it cannot load. */
export function loadEcharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!echartsLoading) {
    echartsLoading = new Promise(resolve => {
      const s = document.createElement('script');
      s.src = new URL('./echarts.min.js', import.meta.url).href;
      s.onload = () => resolve(window.echarts || null);
      s.onerror = () => resolve(null);
      document.head.appendChild(s);
    });
  }
  return echartsLoading;
}

/** A link that downloads with the session cookie (GET needs no CSRF token). */
export function download(ctx, label, path) {
  return ctx.h('a', { class: 'btn', href: '/api/' + path, target: '_blank', rel: 'noopener' }, label);
}
