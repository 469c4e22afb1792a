// 总结审核: the summaries of a unit's children (and its own) for a year, where each stands in the chain
// community → street → district; open one to review it (approve or return with comments).
import { statusBadge, unitYearBar } from './common.js';

export async function render(el, ctx) {
  const h = ctx.h;
  const t = ctx.t;
  const { el: bar, unitSelect, year } = await unitYearBar(ctx, t('查询', 'Show'), () => load());
  const board = h('div', {});
  el.append(h('div', { class: 'card' }, bar),
  h('div', { class: 'card' }, h('p', { class: 'muted' },
    t('下级单位的总结全部审核通过后，才能审核本级总结（或逐个勾选、留痕后不含未审核的下级单位审核通过）。审核通过后，该单位统计截止日及以前的数据锁定，之后的数据照常录入；退回后解锁。',
      'A unit\'s summary can be approved once all its children\'s are (or, ticking each, without those not approved; audited). Approval locks its records up to the cut-off date, later ones stay open; a return unlocks them.')), board));

  async function load() {
    try {
      const rows = await ctx.api.get('reporting/approval/board?unitId=' + unitSelect.value + '&year=' + year.value);
      const children = rows.filter(r => !r.self);
      const approved = children.filter(r => r.status === 'APPROVED').length;
      board.replaceChildren(
        h('p', {}, t('下级单位 ' + children.length + ' 个，已审核 ' + approved + ' 个。', children.length + ' units below, ' + approved + ' approved.')),
        ctx.table([
          { title: t('单位', 'Unit'), value: r => r.self ? r.unitName + t('（本级）', ' (own)') : r.unitName },
          { title: t('状态', 'Status'), value: r => statusBadge(ctx, r.status) },
          { title: t('更新时间', 'Updated'), value: r => r.updatedAt ? new Date(r.updatedAt).toLocaleString('zh-CN') : '' },
          { title: '', value: r => {
            // 审核 only where the caller reviews (a district reads a street's communities; their street reviews them)
            const review = r.status === 'SUBMITTED' && r.reviewable;
            return h('button', { class: 'btn' + (review ? ' primary' : ''), 'data-unit': String(r.unitId),
              onclick: () => ctx.navigate('reporting-summary', { unitId: r.unitId, year: year.value }) },
            review ? t('审核', 'Review') : t('查看', 'Open'));
          } },
        ], rows));
    } catch (e) { ctx.showError(e); }
  }
  load();
}
