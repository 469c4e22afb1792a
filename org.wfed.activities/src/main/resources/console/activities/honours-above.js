// 上级荣誉登记: what this unit recommended to a level above the deployment's top unit (推荐市级最美家庭) and the titles
// that level gave its families, people and collectives (市级三八红旗手), recorded as the unit's own account. Every
// input is named as the API's field, so the server's Chinese per-field errors show under it; a stale edit answers 409.

const KIND = {FAMILY: '家庭', PERSON: '个人', UNIT: '集体'};
const OUTCOME = {AWARDED: '获得称号', RECOMMENDED: '推荐'};
const LEVEL = {CITY: '市级', PROVINCE: '省级', NATIONAL: '全国'};

export async function honoursAboveCard(ctx) {
  const {t, h} = ctx;
  const year = new Date().getFullYear();
  const unit = await ctx.unitSelect(ctx.user.unitId);
  unit.setAttribute('name', 'unitId');
  const origin = await ctx.unitSelect(ctx.user.unitId);
  origin.setAttribute('name', 'originUnitId');
  const types = await ctx.api.get('activities/contest-types');
  const select = (name, options) => h('select', {name}, ...Object.entries(options).map(([v, label]) => h('option', {value: v}, label)));
  const f = {
    id: null, version: null, unit, origin,
    kind: select('kind', KIND),
    name: h('input', {type: 'text', name: 'name', placeholder: '张xx家庭'}),
    outcome: select('outcome', OUTCOME),
    level: select('level', LEVEL),
    title: h('input', {type: 'text', name: 'title', placeholder: '市级最美家庭'}),
    type: h('select', {name: 'typeId'}, h('option', {value: ''}, t('（不属评选类型）', '(none)')),
      ...types.map(ty => h('option', {value: String(ty.id)}, ty.name))),
    dated: h('input', {type: 'date', name: 'dated', value: new Date().toISOString().slice(0, 10)}),
    documentNo: h('input', {type: 'text', name: 'documentNo', placeholder: '市妇字〔2026〕12号'}),
  };
  const list = h('div', {});
  const heading = h('h3', {}, t('登记', 'Record'));
  const load = async () => {
    try {
      const rows = await ctx.api.get(`activities/honours-above?unitId=${unit.value}&year=${year}`);
      list.replaceChildren(rows.length ? ctx.table([
        {title: t('日期', 'Date'), value: r => r.dated},
        {title: t('对象', 'Who'), value: r => `${r.name}（${r.kindZh}）`},
        {title: t('所属单位', 'From'), value: r => r.originUnitName},
        {title: t('情况', 'Outcome'), value: r => `${r.outcomeZh} ${r.levelZh}“${r.title}”`},
        {title: '', value: r => ctx.can('activities.manage') ? h('span', {},
          h('button', {class: 'btn', onclick: () => fill(r)}, t('修改', 'Edit')), ' ',
          h('button', {class: 'btn danger', onclick: () => remove(r)}, t('删除', 'Delete'))) : ''},
      ], rows) : h('p', {class: 'muted'}, t(`${year}年尚无登记。`, 'Nothing recorded this year.')));
    } catch (err) { ctx.showError(err); }
  };
  const fill = r => {
    f.id = r.id; f.version = r.version; f.unit.value = String(r.unitId); f.kind.value = r.kind; f.name.value = r.name;
    f.outcome.value = r.outcome; f.level.value = r.level; f.title.value = r.title; f.type.value = r.typeId ? String(r.typeId) : '';
    f.dated.value = r.dated; f.documentNo.value = r.documentNo || ''; f.origin.value = String(r.originUnitId);
    heading.textContent = t('修改登记', 'Edit');
    heading.scrollIntoView();
  };
  const reset = () => { f.id = null; f.version = null; f.name.value = ''; heading.textContent = t('登记', 'Record'); };
  const remove = async r => {
    if (!confirm(t(`删除“${r.name}”的这条记录？`, 'Delete?'))) return;
    try { await ctx.api.del(`activities/honours-above/${r.id}?version=${r.version}`); ctx.notify(t('已删除', 'Deleted')); load(); } catch (err) { ctx.showError(err); }
  };
  const save = async () => {
    const body = {unitId: Number(f.unit.value), originUnitId: Number(f.origin.value), kind: f.kind.value, name: f.name.value, outcome: f.outcome.value, level: f.level.value,
      title: f.title.value, typeId: f.type.value ? Number(f.type.value) : null, dated: f.dated.value, documentNo: f.documentNo.value || null};
    try {
      if (f.id) {
        await ctx.api.put(`activities/honours-above/${f.id}`, {...body, version: f.version});
      } else {
        await ctx.api.post('activities/honours-above', body);
      }
      ctx.notify(t('已保存', 'Saved'));
      reset();
      load();
    } catch (err) { ctx.showError(err); }
  };
  unit.onchange = load;
  const card = h('div', {class: 'card'}, h('h2', {}, t('上级荣誉登记', 'Titles from above')),
    h('p', {class: 'muted'}, t('登记本单位向更高一级（如市妇联）推荐的对象和获得的上级称号，计入本单位本级数据；本系统内各级表彰请通过评选办理。',
      'Recommendations to and titles from the level above the top unit; the unit\'s own account.')),
    ctx.ui.field(t('单位', 'Unit'), unit), list);
  if (ctx.can('activities.manage')) {
    card.append(heading, h('div', {class: 'form grid2'},
      ctx.ui.field(t('对象类别', 'Kind'), f.kind), ctx.ui.field(t('名称（家庭、个人或集体）', 'Name'), f.name),
      ctx.ui.field(t('所属单位', 'From unit'), f.origin),
      ctx.ui.field(t('情况', 'Outcome'), f.outcome), ctx.ui.field(t('级别', 'Level'), f.level),
      ctx.ui.field(t('称号', 'Title'), f.title), ctx.ui.field(t('评选类型', 'Contest type'), f.type),
      ctx.ui.field(t('日期', 'Date'), f.dated), ctx.ui.field(t('文号', 'Document no.'), f.documentNo)),
      h('button', {class: 'btn primary', onclick: save}, t('保存', 'Save')));
  }
  await load();
  return card;
}
