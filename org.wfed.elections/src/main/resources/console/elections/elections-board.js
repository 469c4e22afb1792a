// 换届进度: a street's or district's progress board over the units below, with totals and the
// chairs' and vice-chairs' composition before → after.

export async function render(el, ctx) {
  const { h, t } = ctx;
  el.replaceChildren();
  const unit = await ctx.unitSelect(ctx.params && ctx.params.unitId ? Number(ctx.params.unitId) : ctx.user.unitId);
  const year = new Date().getFullYear();
  const from = h('input', { type: 'date', value: (year - 4) + '-01-01' });
  const to = h('input', { type: 'date', value: year + '-12-31' });
  const deadline = h('input', { type: 'date' });
  const out = h('div');
  const load = async () => {
    try {
      const q = 'elections/rollup?unitId=' + unit.value + '&from=' + from.value + '&to=' + to.value + (deadline.value ? '&deadline=' + deadline.value : '');
      show(ctx, out, await ctx.api.get(q));
    } catch (err) {
      ctx.showError(err);
    }
  };
  [unit, from, to, deadline].forEach(x => { x.onchange = load; });
  el.append(h('div', { class: 'toolbar' }, t('单位', 'Unit'), unit, t('期间', 'From'), from, '—', to,
    t('统一完成时限', 'Deadline'), deadline), out);
  await load();
}

function fmt(c, key) {
  if (!c || c[key] == null) return '—';
  return String(c[key]);
}

function show(ctx, out, r) {
  const { h, t } = ctx;
  const stat = (label, value) => h('div', { class: 'card' }, h('div', { class: 'muted' }, label), h('h2', {}, String(value)));
  out.replaceChildren(
    h('div', { class: 'grid2' },
      stat(t('应换届单位', 'Units'), r.units),
      stat(t('已完成（批复备案）', 'Finished'), r.finished),
      stat(t('逾期未完成', 'Late'), r.late),
      stat(t('未启动', 'Not started'), r.notStarted)),
    h('div', { class: 'card' },
      h('p', {}, t('选举产生妇女代表', 'Delegates ') + r.delegates + t('名，执委', ', executive members ') + r.executives
        + t('名，其中主席', ', chairs ') + r.chairs + t('名，副主席', ', vice-chairs ') + r.viceChairs + t('名。', '.')),
      h('p', {}, t('妇联主席进两委', 'Chairs in the two committees: ') + r.chairsInTwoCommittees + t('名', '')
        + (r.chairsInTwoCommitteesPercent == null ? '' : t('，占', ', ') + r.chairsInTwoCommitteesPercent + '%'),
        ' ', r.chairsInTwoCommitteesPercent === 100 ? h('span', { class: 'badge ok' }, t('达到100%目标', '100% target met'))
          : r.chairs > 0 ? h('span', { class: 'badge warn' }, t('未达100%目标', 'below the 100% target')) : null),
      ctx.table([
        { title: '', value: x => x[0] },
        { title: t('上届', 'Before'), value: x => x[1] },
        { title: t('本届', 'After'), value: x => x[2] },
      ], [
        [t('主席人数', 'Chairs'), fmt(r.chairsBefore, 'count'), fmt(r.chairsAfter, 'count')],
        [t('主席平均年龄', 'Chairs: average age'), fmt(r.chairsBefore, 'averageAge'), fmt(r.chairsAfter, 'averageAge')],
        [t('主席大专及以上', 'Chairs: college+'), fmt(r.chairsBefore, 'college'), fmt(r.chairsAfter, 'college')],
        [t('副主席人数', 'Vice-chairs'), fmt(r.viceChairsBefore, 'count'), fmt(r.viceChairsAfter, 'count')],
        [t('副主席平均年龄', 'Vice-chairs: average age'), fmt(r.viceChairsBefore, 'averageAge'), fmt(r.viceChairsAfter, 'averageAge')],
        [t('副主席大专及以上', 'Vice-chairs: college+'), fmt(r.viceChairsBefore, 'college'), fmt(r.viceChairsAfter, 'college')],
      ])),
    h('div', { class: 'card' }, ctx.table([
      { title: t('单位', 'Unit'), value: b => b.unitName },
      { title: t('进度', 'Step'), value: b => h('span', { class: 'badge ' + (b.finished ? 'ok' : b.late ? 'bad' : 'warn') }, b.stepZh) },
      { title: t('选举日期', 'Date'), value: b => b.electionDate || '—' },
      { title: t('完成时限', 'Deadline'), value: b => b.deadline || '—' },
      { title: t('状态', 'Status'), value: b => b.finished ? t('已完成', 'done') : b.late ? t('已逾期', 'late') : t('进行中', 'in progress') },
      { title: '', value: b => b.electionId ? h('button', { class: 'btn', onclick: () => ctx.navigate('elections', { id: b.electionId }) }, t('查看', 'Open')) : '' },
    ], r.board)));
}
