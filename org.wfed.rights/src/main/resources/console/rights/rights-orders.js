// 保护令待办: applications for a personal protection order awaiting the court's decision (72 hours, 24 if urgent; the
// overdue first) and granted orders ending within 30 days, for the caller's subtree; each links to its case.
import { ORDER_STATUS } from './labels.js';

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  el.textContent = '';
  const units = await ctx.unitSelect(ctx.user.unitId);
  const box = h('div', { id: 'order-worklist' });
  const caseLink = (o) => h('a', { href: '#/page/rights-cases?id=' + o.caseId }, t('个案', 'Case') + ' #' + o.caseId);
  const decide = (o) => ui.formDialog(t('登记法院决定', 'Record the decision'), {
    onsubmit: async (v) => { await ctx.api.post('rights/orders/' + o.id + '/decision', { ...v, version: o.version }); ctx.notify(t('已登记', 'Recorded')); await load(); },
  }, ui.field(t('决定', 'Decision'), ui.select('status', { GRANTED: ['签发', 'Granted'], REFUSED: ['驳回', 'Refused'], WITHDRAWN: ['撤回', 'Withdrawn'] }, 'GRANTED'), true),
  ui.field(t('决定日期', 'Decided on'), ui.date('decidedOn', ui.today()), true),
  ui.field(t('有效期至（签发时必填，最长六个月）', 'Valid until (granted; at most 6 months)'), ui.date('validUntil', '')),
  ui.field(t('作出决定的法院', 'Court'), ui.input('issuedBy', o.issuedBy || '', { maxlength: 100 })));
  const load = async () => {
    try {
      const w = await ctx.api.get('rights/orders/worklist?unitId=' + units.value);
      box.replaceChildren(
        h('h3', null, t('待法院决定的人身保护令申请', 'Applications awaiting a decision') + '（' + w.awaitingDecision.length + '）'),
        ctx.table([
          { title: t('应决定日期', 'Decision due'), key: true, value: (o) => o.overdue ? ui.badge('bad', o.decisionDue + t(' 已逾期', ' overdue')) : o.decisionDue },
          { title: t('申请日期', 'Filed'), value: (o) => o.appliedOn + (o.urgent ? t('（紧急）', ' (urgent)') : '') },
          { title: t('单位', 'Unit'), value: (o) => o.unitName },
          { title: t('个案', 'Case'), value: caseLink },
          { title: '', value: (o) => ctx.can('rights.manage') ? ui.button(t('登记决定', 'Decision'), () => decide(o), { kind: 'small' }) : '' },
        ], w.awaitingDecision, { empty: t('没有待决定的申请。', 'Nothing awaits a decision.') }),
        h('h3', null, t('30天内到期的保护令', 'Orders ending within 30 days') + '（' + w.expiring.length + '）'),
        ctx.table([
          { title: t('有效期至', 'Valid until'), key: true, value: (o) => o.validUntil },
          { title: t('签发日期', 'Granted'), value: (o) => o.decidedOn },
          { title: t('单位', 'Unit'), value: (o) => o.unitName },
          { title: t('状态', 'Status'), value: (o) => ui.status(ORDER_STATUS, o.status) },
          { title: t('个案', 'Case'), value: caseLink },
        ], w.expiring, { empty: t('没有即将到期的保护令。', 'No order ends soon.') }));
    } catch (err) { ctx.showError(err); }
  };
  units.onchange = load;
  el.append(h('div', { class: 'card' }, ui.section(t('人身保护令待办', 'Protection-order worklist')),
    h('p', { class: 'muted' }, t('法院应在受理申请后72小时内作出裁定，情况紧急的24小时内；保护令有效期不超过六个月。',
      'Courts decide within 72 hours (24 if urgent); an order lasts at most six months.')),
    h('div', { class: 'toolbar' }, ui.field(t('单位', 'Unit'), units)), box));
  await load();
}
