// 公示异议: objections lodged during an application's public notice; an open one holds the payment.

const RESULTS = [['false', ['异议不成立，继续发放', 'Dismissed: the payment goes ahead']],
  ['true', ['异议成立，取消本次救助', 'Upheld: the aid is not granted']]];

/**
 * The objections of an application on notice: the list, a form to record one (aid.apply) and, for each open one, a
 * form to resolve it (aid.review). `reopen` redraws the application after a change.
 */
export async function objectionSection(ctx, a, reopen) {
  const t = ctx.t;
  const base = 'aid/applications/' + a.id + '/objections';
  const items = await ctx.api.get(base);
  const resolution = (o) => o.open ? ctx.ui.badge('warn', t('待处理', 'Open'))
    : (o.upheld ? t('异议成立：', 'Upheld: ') : t('异议不成立：', 'Dismissed: ')) + o.resolution + '（' + o.resolvedOn + '）';
  const parts = [ctx.ui.section(t('公示异议', 'Objections to the notice')),
    ctx.ui.table([
      { title: t('提出日期', 'Lodged on'), value: (o) => o.lodgedOn, key: true },
      { title: t('提出人', 'From'), value: (o) => o.lodgedBy || t('未署名', 'Unsigned') },
      { title: t('反映内容', 'What it says'), value: (o) => o.content },
      { title: t('处理结果', 'Resolution'), value: resolution },
    ], items, { empty: t('公示期间未收到异议', 'No objection received during the notice') })];
  if (ctx.can('aid.review')) {
    for (const o of items.filter((x) => x.open)) {
      parts.push(ctx.ui.form({ title: t('处理异议（' + o.lodgedOn + '）', 'Resolve the objection of ' + o.lodgedOn), submit: t('保存处理结果', 'Save'),
        class: 'resolve-objection', onsubmit: async (v) => {
          await ctx.api.post(base + '/' + o.id, { upheld: v.upheld === 'true', resolution: v.resolution, resolvedOn: v.resolvedOn, version: o.version });
          ctx.notify(v.upheld === 'true' ? t('异议成立，本次救助已取消', 'Upheld: the aid is withdrawn') : t('异议不成立，公示期满后可发放', 'Dismissed'));
          await reopen();
        } },
      ctx.ui.field(t('处理结果', 'Result'), ctx.ui.select('upheld', ctx.ui.options(Object.fromEntries(RESULTS)), 'false'), true),
      ctx.ui.field(t('核实与处理情况', 'What was found'), ctx.ui.textarea('resolution', ''), { required: true, wide: true }),
      ctx.ui.field(t('处理日期', 'Resolved on'), ctx.ui.date('resolvedOn', ctx.ui.today()), true)));
    }
  }
  if (ctx.can('aid.apply')) {
    parts.push(ctx.ui.form({ title: t('登记异议', 'Record an objection'), submit: t('登记', 'Record'), submitId: 'lodge-objection',
      onsubmit: async (v) => {
        await ctx.api.post(base, v);
        ctx.notify(t('已登记异议，处理完毕前不能发放', 'Recorded: the payment waits until it is resolved'));
        await reopen();
      } },
    ctx.ui.field(t('收到日期', 'Received on'), ctx.ui.date('lodgedOn', ctx.ui.today()), true),
    ctx.ui.field(t('提出人（可不填）', 'From (optional)'), ctx.ui.input('lodgedBy', '')),
    ctx.ui.field(t('反映内容', 'What it says'), ctx.ui.textarea('content', ''), { required: true, wide: true })));
  }
  return ctx.h('div', { class: 'objections' }, ...parts);
}
