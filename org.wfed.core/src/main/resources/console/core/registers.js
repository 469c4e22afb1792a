// The organisation registers under a unit of 组织架构 (issue 15): the 六有 checklist of a station (ticks with the day each
// item was met), model grades, team kinds, and the unit's registered volunteers (志愿者) and pairings (结对: 爱心妈妈,
// 一格一姐联系户, 执委联系户) with their forms; people come from the registry through the person picker.
export const SIX_HAVE = {
  VENUE: ['有场所', 'Venue'], FACILITIES: ['有设施', 'Facilities'], PLAN: ['有计划', 'Plan'],
  RULES: ['有制度', 'Rules'], ACTIVITIES: ['有活动', 'Activities'], RESULTS: ['有效果', 'Results'],
};
export const MODEL_GRADES = {
  NATIONAL: ['国家级', 'National'], PROVINCE: ['省级', 'Provincial'], CITY: ['市级', 'City'],
  DISTRICT: ['区级', 'District'], STREET: ['街道级', 'Street'],
};
export const TEAM_KINDS = {
  VOLUNTEER: ['巾帼志愿服务队', 'Volunteer team'], CULTURE: ['文化队伍', 'Culture team'],
  SPORTS: ['文体队伍', 'Sports and arts team'], OTHER: ['其他队伍', 'Other team'],
};
export const PAIRING_KINDS = {
  LOVING_MOTHER: ['爱心妈妈结对留守困境儿童', 'Loving mother and children'],
  GRID_SISTER: ['一格一姐联系户', 'Grid sister households'],
  CONTACT_HOUSEHOLD: ['执委联系户', 'Committee member households'],
};

/** The six items as rows of a checkbox and the date it was met; errors of the list show on the group (items). */
export function sixHaveRows(ctx, station) {
  const { h, t } = ctx;
  const met = Object.fromEntries(((station && station.items) || []).map((i) => [i.item, i.metOn]));
  return h('div', { class: 'six-have', 'data-field': 'items' }, Object.entries(SIX_HAVE).map(([code, [zh, en]]) =>
    h('label', { class: 'six-item' },
      h('input', { type: 'checkbox', name: 'six_' + code, checked: !!met[code] }), ' ', t(zh, en), ' ',
      h('input', { type: 'date', name: 'six_' + code + '_on', value: met[code] || '', 'aria-label': t(zh + '达标日期', en + ': date met') }))));
}

/**
 * The station's request body from the form's values: the ticked items with their dates (today when left blank). A
 * station kept with a bare count (no dated items) keeps it while nothing is ticked.
 */
export function stationBody(v, station) {
  let items = Object.keys(SIX_HAVE).filter((code) => v['six_' + code])
    .map((code) => ({ item: code, metOn: v['six_' + code + '_on'] || new Date().toISOString().slice(0, 10) }));
  if (!items.length && station && !station.items.length && station.sixHave > 0) items = null;
  return {
    kind: v.kind, name: v.name, address: v.address, keeper: v.keeper, openingHours: v.openingHours,
    openedOn: v.openedOn, closedOn: v.closedOn, modelGrade: v.modelGrade, modelYear: v.modelYear, modelBy: v.modelBy, items,
  };
}

/** Volunteers and pairings of the unit, loaded after the unit's card; shown to those who may read its people. */
export function registersSections(ctx, u, active, open, close, reload) {
  const { h, t, ui } = ctx;
  const box = h('div', { class: 'registers', id: 'unit-registers' });
  if (!ctx.can('core.people.read')) return box;
  const canWrite = ctx.can('core.people.write') && active;
  const head = (title, button) => h('div', { class: 'section-head' }, h('h3', null, title), button);
  const form = (title, rows, send) => [ui.form({ title, submit: t('保存', 'Save'), cancel: close, onsubmit: (v) => send(v) }, rows)];

  const volunteerForm = () => form(t('登记巾帼志愿者', 'Register a volunteer'), [
    ui.field(t('志愿者', 'Volunteer'), ui.personPicker({ unitId: u.id }), true),
    ui.field(t('特长', 'Skills'), h('input', { name: 'skills', maxlength: 200 })),
    ui.field(t('登记日期', 'Joined'), h('input', { name: 'joinedOn', type: 'date', value: ui.today() }), true),
  ], async (v) => {
    await ctx.api.post('orgs/' + u.id + '/volunteers', { personId: v.personId, skills: v.skills, joinedOn: v.joinedOn });
    close();
    await reload();
    ctx.notify(t('已登记志愿者', 'Volunteer registered'));
  });

  const pairingForm = () => form(t('新增结对', 'New pairing'), [
    ui.field(t('结对类型', 'Kind'), ui.select('kind', PAIRING_KINDS, 'LOVING_MOTHER'), true),
    ui.field(t('结对人', 'Carer'), ui.personPicker({ unitId: u.id }), true),
    ui.field(t('结对儿童人数或联系户数', 'Children or households'), h('input', { name: 'covered', type: 'number', min: 1, value: '1' }), true),
    ui.field(t('结对日期', 'Started'), h('input', { name: 'startedOn', type: 'date', value: ui.today() }), true),
    ui.field(t('结束日期', 'Ended'), h('input', { name: 'endedOn', type: 'date' })),
  ], async (v) => {
    await ctx.api.post('orgs/' + u.id + '/pairings', { kind: v.kind, personId: v.personId, covered: v.covered, startedOn: v.startedOn, endedOn: v.endedOn });
    close();
    await reload();
    ctx.notify(t('已新增结对', 'Pairing added'));
  });

  Promise.all([ctx.api.get('orgs/' + u.id + '/volunteers'), ctx.api.get('orgs/' + u.id + '/pairings')]).then(([volunteers, pairings]) => {
    box.replaceChildren(
      head(t('巾帼志愿者', 'Volunteers') + '（' + volunteers.filter((v) => !v.leftOn).length + '）',
        canWrite ? h('button', { class: 'btn small', type: 'button', id: 'add-volunteer', onclick: () => open(volunteerForm()) }, t('登记志愿者', 'Register')) : null),
      ctx.table([
        { title: t('姓名', 'Name'), value: (v) => v.name },
        { title: t('特长', 'Skills'), value: (v) => v.skills || '' },
        { title: t('登记日期', 'Joined'), value: (v) => v.joinedOn + (v.leftOn ? ' — ' + v.leftOn : '') },
      ], volunteers),
      head(t('结对', 'Pairings') + '（' + pairings.filter((p) => !p.endedOn).length + '）',
        canWrite ? h('button', { class: 'btn small', type: 'button', id: 'add-pairing', onclick: () => open(pairingForm()) }, t('新增结对', 'Add pairing')) : null),
      ctx.table([
        { title: t('类型', 'Kind'), value: (p) => ui.label(PAIRING_KINDS, p.kind) },
        { title: t('结对人', 'Carer'), value: (p) => p.name },
        { title: t('儿童/户', 'Children or households'), class: 'num', value: (p) => String(p.covered) },
        { title: t('起止', 'Period'), value: (p) => p.startedOn + (p.endedOn ? ' — ' + p.endedOn : t(' 至今', ' to now')) },
      ], pairings));
  }).catch((e) => ctx.showError(e));
  return box;
}
