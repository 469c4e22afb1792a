// 救助台账: approved and paid aid per programme, unit and year, by status and payment days; XLSX/CSV export (masked by default).
import { show } from './common.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const programmes = await ctx.api.get('aid/programmes');
  const progSel = ctx.ui.select(null, [['', t('全部项目', 'All programmes')], ...programmes.map(p => [p.id, p.name])], '');
  const unitSel = await ctx.unitSelect(ctx.user.unitId);
  const year = ctx.h('input', { type: 'number', value: String(new Date().getFullYear()), class: 'year' });
  const statusSel = ctx.ui.select(null, [['', t('全部状态', 'Any status')], ['APPROVED', t('已批准', 'Approved')], ['NOTICE', t('公示中', 'On notice')],
    ['PAID', t('已发放', 'Paid')], ['RECEIVED', t('已签收', 'Received')]], '');
  const paidFrom = ctx.h('input', { type: 'date', title: t('发放日期从', 'Paid from') });
  const paidTo = ctx.h('input', { type: 'date', title: t('发放日期到', 'Paid to') });
  const list = ctx.h('div', {});
  const link = ctx.h('a', { class: 'btn' }, t('导出CSV', 'Export CSV'));
  const xlsx = ctx.h('a', { class: 'btn' }, t('导出Excel', 'Export Excel'));

  function query() {
    return 'unitId=' + unitSel.value + '&year=' + year.value + (progSel.value ? '&programmeId=' + progSel.value : '')
      + (statusSel.value ? '&status=' + statusSel.value : '') + (paidFrom.value ? '&paidFrom=' + paidFrom.value : '')
      + (paidTo.value ? '&paidTo=' + paidTo.value : '');
  }

  async function load(pageNo) {
    try {
      link.setAttribute('href', '/api/aid/ledger.csv?' + query());
      xlsx.setAttribute('href', '/api/aid/ledger.xlsx?' + query());
      const page = await ctx.api.get('aid/ledger?' + query() + '&page=' + (pageNo || 1) + '&size=100');
      const rows = page.items;
      const total = rows.reduce((s, r) => s + (r.paidFen || 0), 0);
      show(list, ctx.ui.pager(page, load), ctx.h('p', {}, t('本页已发放 ' + ctx.ui.yuan(total) + ' 元', 'Paid on this page: ' + ctx.ui.yuan(total))),
        ctx.table([
          { title: t('项目', 'Programme'), value: r => r.programmeName },
          { title: t('姓名', 'Name'), value: r => r.personName },
          { title: t('困难类别', 'Categories'), value: r => r.categories },
          { title: t('状态', 'Status'), value: r => r.statusZh },
          { title: t('批准金额', 'Approved'), value: r => ctx.ui.yuan(r.amountFen) },
          { title: t('物资', 'Goods'), value: r => r.goods || '' },
          { title: t('发放日期', 'Paid on'), value: r => r.paidOn || '' },
          { title: t('发放金额', 'Paid'), value: r => ctx.ui.yuan(r.paidFen) },
          { title: t('账号', 'Account'), value: r => r.bankAccount || '' },
          { title: t('签收', 'Received'), value: r => r.receivedOn || '' },
        ], rows));
    } catch (e) { ctx.showError(e); }
  }

  progSel.onchange = () => load(1);
  unitSel.onchange = () => load(1);
  year.onchange = () => load(1);
  statusSel.onchange = () => load(1);
  paidFrom.onchange = () => load(1);
  paidTo.onchange = () => load(1);
  show(el, ctx.h('div', { class: 'filters' }, ctx.ui.field(t('项目', 'Programme'), progSel), ctx.ui.field(t('单位', 'Unit'), unitSel), ctx.ui.field(t('年度', 'Year'), year),
    ctx.ui.field(t('状态', 'Status'), statusSel), ctx.ui.field(t('发放日期从', 'Paid from'), paidFrom), ctx.ui.field(t('发放日期到', 'Paid to'), paidTo),
    ctx.h('div', { class: 'filter-extra' }, xlsx, link)), list);
  await load(1);
}
