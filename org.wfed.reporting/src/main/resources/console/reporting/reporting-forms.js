// 统计报表: a statistical form filled from the records for a unit and period, with its failed checks.
import { periodPicker } from './common.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const forms = await ctx.api.get('reporting/forms').catch(e => { ctx.showError(e); return []; });
  const formSelect = ctx.h('select', {}, ...forms.map(f => ctx.h('option', { value: f.id }, f.title)));
  const unitSelect = await ctx.unitSelect(ctx.params.unitId || ctx.user.unitId);
  const period = await periodPicker(ctx, ctx.params);
  const out = ctx.h('div', {});
  el.append(ctx.h('div', { class: 'card' }, ctx.h('div', { class: 'toolbar' },
    ctx.ui.field(t('报表', 'Form'), formSelect), ctx.ui.field(t('单位', 'Unit'), unitSelect),
    ctx.ui.field(t('年份', 'Year'), period.year), ctx.ui.field(t('期间', 'Period'), period.part),
    ctx.h('button', { class: 'btn primary', onclick: () => load() }, t('填报', 'Fill')))), out);

  async function load() {
    if (!formSelect.value) { out.replaceChildren(ctx.h('p', { class: 'muted' }, t('没有统计报表', 'No forms'))); return; }
    try {
      const f = await ctx.api.get('reporting/forms/' + encodeURIComponent(formSelect.value) + '?unitId=' + unitSelect.value + '&' + period.query());
      const columns = [{ title: t('项目', 'Item'), value: r => r.label },
        ...f.columns.map((c, k) => ({ title: c, value: r => !r.cells[k].indicatorId ? ''
          : r.cells[k].absent ? ctx.h('span', { class: 'badge bad', title: r.cells[k].indicatorId }, t('无此指标', 'No such figure'))
            : r.cells[k].text }))];
      out.replaceChildren(
        ctx.h('div', { class: 'card' }, ctx.h('h3', {}, f.title), ctx.h('p', { class: 'muted' }, f.unitName + '　' + f.from + ' — ' + f.to),
          ctx.table(columns, f.rows)),
        ctx.h('div', { class: 'card' }, ctx.h('h3', {}, t('校验', 'Checks'),
          ' ', ctx.h('span', { class: 'badge ' + (f.failed ? 'bad' : 'ok') }, f.failed ? t(f.failed + ' 项未通过', f.failed + ' failed') : t('全部通过', 'All passed'))),
        ctx.table([
          { title: t('规则', 'Rule'), value: c => c.message },
          { title: t('公式', 'Formula'), value: c => ctx.h('code', {}, c.formula) },
          { title: t('结果', 'Result'), value: c => ctx.h('span', { class: 'badge ' + (c.passed ? 'ok' : 'bad'), title: c.reason || '' },
            c.passed ? t('通过', 'Passed') : c.reason ? c.reason : t('未通过', 'Failed')) }], f.checks)),
        f.absent.length ? ctx.h('p', { class: 'muted' }, t('没有模块提供这些指标：', 'No module provides: ') + f.absent.join('、')) : '');
    } catch (e) { ctx.showError(e); }
  }
  load();
}
