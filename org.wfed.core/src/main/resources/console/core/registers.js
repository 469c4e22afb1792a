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
    rules: namedLines(v.rulesText, (station && station.rules) || [], 'postedOn'),
    zones: namedLines(v.zonesText, (station && station.zones) || [], 'openedOn'),
  };
}

/**
 * A station's posted rules (制度上墙) or zones (功能区) as lines of text, one a line: the name, then optionally its date
 * (2026-03-08); a line without a date keeps the date the entry had, or today for a new one.
 */
export function linesOf(list, dateField) {
  return (list || []).map((x) => x.name + ' ' + x[dateField]).join('\n');
}

function namedLines(text, old, dateField) {
  const before = Object.fromEntries(old.map((x) => [x.name, x[dateField]]));
  return String(text || '').split(/\n/).map((line) => line.trim()).filter((line) => line).map((line) => {
    const m = line.match(/^(.*?)\s+(\d{4}-\d{2}-\d{2})$/);
    const name = (m ? m[1] : line).replace(/\s+/g, '');
    return { name, [dateField]: m ? m[2] : before[name] || new Date().toISOString().slice(0, 10) };
  });
}

/** The rows of the station form for its posted rules and its zones. */
export function stationListRows(ctx, station) {
  const { h, t, ui } = ctx;
  const area = (name, list, dateField, hint) => h('textarea', { name, rows: 4, 'data-field': name.replace('Text', ''),
    placeholder: hint, value: linesOf(list, dateField) });
  return [
    ui.field(t('上墙制度（每行一项，可在名称后写上墙日期）', 'Rules on the wall (one a line, optionally followed by the date posted)'),
      area('rulesText', station && station.rules, 'postedOn', t('妇女之家工作制度 2026-03-08', 'Rules of the home 2026-03-08')), { wide: true }),
    ui.field(t('功能区（每行一个，可在名称后写设立日期）', 'Zones (one a line, optionally followed by the date set up)'),
      area('zonesText', station && station.zones, 'openedOn', t('学习区', 'Study zone')), { wide: true }),
  ];
}

/** A station's rules and zones as the list of stations shows them: 10项制度上墙；学习区、艺术区、活动区. */
export function stationLists(ctx, s) {
  const { t } = ctx;
  const parts = [];
  if (s.rules && s.rules.length) parts.push(t(s.rules.length + '项制度上墙', s.rules.length + ' rules posted'));
  if (s.zones && s.zones.length) parts.push(s.zones.map((z) => z.name).join('、'));
  return parts.join('；');
}

const POSITIONS = { CHAIR: ['主席', 'Chair'], VICE_CHAIR: ['副主席', 'Vice-chair'], STANDING: ['常委', 'Standing member'], EXECUTIVE: ['执委', 'Executive member'] };

/**
 * Leaders seated without an election (任职登记): the unit's seats with their source, a form to seat a leader (person,
 * position, 进两委, the day she took office) and, on a seat, the day she left; kept by the unit's admins.
 */
export function seatsSection(ctx, u, active, open, close, reload) {
  const { h, t, ui } = ctx;
  const box = h('div', { class: 'registers', id: 'unit-seats' });
  const canWrite = ctx.can('core.org.write') && active;
  const seatForm = (seat) => [ui.form({
    title: seat ? t('修改任职：', 'Edit seat: ') + seat.name : t('登记任职（非选举产生）', 'Seat a leader (without an election)'),
    submit: t('保存', 'Save'), cancel: close,
    onsubmit: async (v) => {
      if (seat) {
        await ctx.api.put('orgs/seats/' + seat.id, { position: v.position, inTwoCommittees: !!v.inTwoCommittees, fullTime: !!v.fullTime,
          termFrom: v.termFrom, termTo: v.termTo || null, version: seat.version });
      } else {
        await ctx.api.post('orgs/' + u.id + '/seats', { personId: v.personId, position: v.position, inTwoCommittees: !!v.inTwoCommittees,
          fullTime: !!v.fullTime, termFrom: v.termFrom });
      }
      close();
      await reload();
      ctx.notify(t('已保存任职', 'Seat saved'));
    },
  }, [
    seat ? null : ui.field(t('任职人员', 'Person'), ui.personPicker({ unitId: u.id }), true),
    ui.field(t('职务', 'Position'), ui.select('position', POSITIONS, seat ? seat.position : 'CHAIR'), true),
    ui.field(t('进两委', 'On the two committees'), ui.checkbox('inTwoCommittees', seat && seat.inTwoCommittees)),
    ui.field(t('专职', 'Full-time'), ui.checkbox('fullTime', seat && seat.fullTime)),
    ui.field(t('任职日期', 'Took office'), h('input', { name: 'termFrom', type: 'date', value: seat ? seat.termFrom : ui.today() }), true),
    seat ? ui.field(t('离任日期', 'Left office'), h('input', { name: 'termTo', type: 'date', value: seat.termTo || '' })) : null,
  ])];
  ctx.api.get('orgs/' + u.id + '/seats').then((seats) => {
    box.replaceChildren(
      h('div', { class: 'section-head' }, h('h3', null, t('任职登记', 'Seats') + '（' + seats.filter((x) => !x.termTo).length + '）'),
        canWrite ? h('button', { class: 'btn small', type: 'button', id: 'add-seat', onclick: () => open(seatForm(null)) }, t('登记任职', 'Seat a leader')) : null),
      ctx.table([
        { title: t('姓名', 'Name'), value: (x) => canWrite ? h('button', { type: 'button', class: 'btn link', onclick: () => open(seatForm(x)) }, x.name) : x.name },
        { title: t('职务', 'Position'), value: (x) => ui.label(POSITIONS, x.position) + (x.inTwoCommittees ? t('（进两委）', ' (on the committees)') : '') },
        { title: t('任期', 'Term'), value: (x) => x.termFrom + (x.termTo ? ' — ' + x.termTo : t(' 至今', ' to now')) },
        { title: t('来源', 'Source'), value: (x) => x.source === 'core' ? t('任职登记', 'Entered') : t('换届选举', 'Election') },
      ], seats));
  }).catch((e) => ctx.showError(e));
  return box;
}

/**
 * Cadres the unit sent elsewhere (派驻/下沉干部): who, where to (a unit of the tree, picked by id from the sub-units, or a
 * place named), what for and the dates; kept by whoever keeps the unit's people.
 */
export function secondmentsSection(ctx, u, units, active, open, close, reload) {
  const { h, t, ui } = ctx;
  const box = h('div', { class: 'registers', id: 'unit-secondments' });
  if (!ctx.can('core.people.read')) return box;
  const canWrite = ctx.can('core.people.write') && active;
  const form = (x) => [ui.form({
    title: x ? t('修改派驻：', 'Edit: ') + x.name : t('登记派驻干部', 'Send a cadre'), submit: t('保存', 'Save'), cancel: close,
    onsubmit: async (v) => {
      const where = v.toUnitId ? { toUnitId: Number(v.toUnitId) } : { toPlace: v.toPlace };
      if (x) await ctx.api.put('orgs/secondments/' + x.id, { ...where, purpose: v.purpose, fromOn: v.fromOn, toOn: v.toOn || null, version: x.version });
      else await ctx.api.post('orgs/' + u.id + '/secondments', { personId: v.personId, ...where, purpose: v.purpose, fromOn: v.fromOn, toOn: v.toOn || null });
      close();
      await reload();
      ctx.notify(t('已保存派驻', 'Saved'));
    },
  }, [
    x ? null : ui.field(t('干部', 'Cadre'), ui.personPicker({ unitId: u.id }), true),
    ui.field(t('派驻单位', 'To a unit'), ui.select('toUnitId', units.map((c) => [c.id, c.name]), x && x.toUnitId, { empty: t('（组织架构外的地点）', '(a place outside the tree)') })),
    ui.field(t('派驻地点', 'Or a place'), h('input', { name: 'toPlace', maxlength: 100, value: (x && x.toPlace) || '', placeholder: t('如：大托新村', 'e.g. 大托新村') })),
    ui.field(t('派驻事由', 'Purpose'), h('input', { name: 'purpose', maxlength: 200, value: (x && x.purpose) || '', placeholder: t('如：参加防疫抗疫', 'e.g. epidemic prevention') }), true),
    ui.field(t('派驻日期', 'From'), h('input', { name: 'fromOn', type: 'date', value: x ? x.fromOn : ui.today() }), true),
    ui.field(t('结束日期', 'To'), h('input', { name: 'toOn', type: 'date', value: (x && x.toOn) || '' })),
  ])];
  ctx.api.get('orgs/' + u.id + '/secondments').then((list) => {
    box.replaceChildren(
      h('div', { class: 'section-head' }, h('h3', null, t('派驻干部', 'Cadres sent') + '（' + list.length + '）'),
        canWrite ? h('button', { class: 'btn small', type: 'button', id: 'add-secondment', onclick: () => open(form(null)) }, t('登记派驻', 'Send a cadre')) : null),
      ctx.table([
        { title: t('干部', 'Cadre'), value: (x) => canWrite ? h('button', { type: 'button', class: 'btn link', onclick: () => open(form(x)) }, x.name) : x.name },
        { title: t('派驻到', 'To'), value: (x) => x.destination },
        { title: t('事由', 'Purpose'), value: (x) => x.purpose },
        { title: t('起止', 'Period'), value: (x) => x.fromOn + (x.toOn ? ' — ' + x.toOn : t(' 至今', ' to now')) },
      ], list));
  }).catch((e) => ctx.showError(e));
  return box;
}

/** Volunteers and pairings of the unit, loaded after the unit's card; shown to those who may read its people. */
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

  // 导入志愿者名单: a file or a pasted block of volunteers into this unit; checked first, then all or nothing.
  const importVolunteers = () => {
    let dialog = null;
    const counts = (r) => t('新增 ' + r.created + ' 人，修改 ' + r.updated + ' 人，不变 ' + r.unchanged + ' 人',
      r.created + ' new, ' + r.updated + ' changed, ' + r.unchanged + ' unchanged');
    const importer = ui.importer({
      checkId: 'volunteer-import-check',
      templates: [[t('下载Excel模板', 'Excel template'), '/api/people/import/volunteers/template.xlsx'],
        [t('下载CSV模板', 'CSV template'), '/api/people/import/volunteers/template.csv']],
      pasteHint: t('从表格复制整块粘贴到这里，第一行为表头：姓名、身份证号、联系电话、登记日期、特长、所在队伍',
        'Paste cells from a spreadsheet, header first: 姓名, 身份证号, 联系电话, 登记日期, 特长, 所在队伍'),
      request: () => ({ unitId: u.id }),
      preview: (req) => ctx.api.post('people/import/volunteers/preview', req),
      commit: (req) => ctx.api.post('people/import/volunteers/commit', req),
      counts,
      done: async () => { if (dialog) dialog.close(); await reload(); },
    });
    dialog = ui.dialog(t('导入巾帼志愿者名单', 'Import volunteers'), importer, { wide: true });
  };

  // A pairing's visits (结对走访): the list, newest first, and a form to record one; the note names no child.
  const visitForm = async (p) => {
    const visits = await ctx.api.get('orgs/pairings/' + p.id + '/visits');
    const title = t('走访记录：', 'Visits: ') + p.name + '（' + ui.label(PAIRING_KINDS, p.kind) + '）';
    return [
      ...(canWrite ? form(title, [
        ui.field(t('走访日期', 'Visited on'), h('input', { name: 'visitedOn', type: 'date', value: ui.today() }), true),
        ui.field(t('走访情况', 'Note'), h('input', { name: 'note', maxlength: 200, placeholder: t('请勿填写儿童姓名', 'Do not name the children') })),
      ], async (v) => {
        await ctx.api.post('orgs/pairings/' + p.id + '/visits', { visitedOn: v.visitedOn, note: v.note });
        close();
        await reload();
        ctx.notify(t('已记录走访', 'Visit recorded'));
      }) : [h('h3', null, title), h('button', { class: 'btn', type: 'button', onclick: close }, t('关闭', 'Close'))]),
      h('div', { class: 'visit-list', id: 'visit-list' }, ctx.table([
        { title: t('走访日期', 'Visited on'), value: (x) => x.visitedOn },
        { title: t('走访情况', 'Note'), value: (x) => x.note || '' },
      ], visits)),
    ];
  };
  const nextVisit = (p) => {
    if (!p.nextVisitOn) return '';
    return p.visitDue ? ui.badge('warn', t('待走访（' + p.nextVisitOn + '起）', 'Due since ' + p.nextVisitOn)) : p.nextVisitOn;
  };

  Promise.all([ctx.api.get('orgs/' + u.id + '/volunteers'), ctx.api.get('orgs/' + u.id + '/pairings')]).then(([volunteers, pairings]) => {
    const due = pairings.filter((p) => p.visitDue).length;
    box.replaceChildren(
      head(t('巾帼志愿者', 'Volunteers') + '（' + volunteers.filter((v) => !v.leftOn).length + '）',
        canWrite ? [h('button', { class: 'btn small', type: 'button', id: 'add-volunteer', onclick: () => open(volunteerForm()) }, t('登记志愿者', 'Register')),
          ' ', h('button', { class: 'btn small', type: 'button', id: 'import-volunteers', onclick: importVolunteers }, t('导入名单', 'Import list'))] : null),
      ctx.table([
        { title: t('姓名', 'Name'), value: (v) => v.name },
        { title: t('特长', 'Skills'), value: (v) => v.skills || '' },
        { title: t('登记日期', 'Joined'), value: (v) => v.joinedOn + (v.leftOn ? ' — ' + v.leftOn : '') },
      ], volunteers),
      head(t('结对', 'Pairings') + '（' + pairings.filter((p) => !p.endedOn).length + '）'
        + (due ? t('，待走访' + due + '对', ', ' + due + ' visits due') : ''),
        canWrite ? h('button', { class: 'btn small', type: 'button', id: 'add-pairing', onclick: () => open(pairingForm()) }, t('新增结对', 'Add pairing')) : null),
      ctx.table([
        { title: t('类型', 'Kind'), value: (p) => ui.label(PAIRING_KINDS, p.kind) },
        { title: t('结对人', 'Carer'), value: (p) => p.name },
        { title: t('儿童/户', 'Children or households'), class: 'num', value: (p) => String(p.covered) },
        { title: t('起止', 'Period'), value: (p) => p.startedOn + (p.endedOn ? ' — ' + p.endedOn : t(' 至今', ' to now')) },
        { title: t('走访', 'Visits'), class: 'num', value: (p) => String(p.visits) + (p.lastVisitOn ? t('（最近' + p.lastVisitOn + '）', ' (last ' + p.lastVisitOn + ')') : '') },
        { title: t('下次走访', 'Next visit'), value: nextVisit },
        { title: '', value: (p) => h('button', { type: 'button', class: 'btn small visit', 'data-pairing': p.id,
          onclick: () => visitForm(p).then(open).catch((e) => ctx.showError(e)) }, canWrite ? t('记录走访', 'Record visit') : t('走访记录', 'Visits')) },
      ], pairings));
  }).catch((e) => ctx.showError(e));
  return box;
}

/**
 * The 两委 of a village or community per term (届): the term's start year, members and women members, with the women's
 * share against the national target of at least 30 %; kept by the unit's admins (core.org.write).
 */
export function committeeSection(ctx, u, active, open, close, reload) {
  const { h, t, ui } = ctx;
  const box = h('div', { class: 'registers', id: 'committee-terms' });
  if (u.kind !== 'COMMUNITY' && u.kind !== 'VILLAGE') return box;
  const canWrite = ctx.can('core.org.write') && active;
  const share = (x) => (x.members ? Math.round((x.women * 1000) / x.members) / 10 : 0);
  const termForm = (term) => [ui.form({
    title: term ? t('修改两委成员（' + term.startYear + '届）', 'Edit the term of ' + term.startYear) : t('登记本届两委成员', 'Enter a term'),
    submit: t('保存', 'Save'), cancel: close,
    onsubmit: async (v) => {
      const body = { startYear: v.startYear, members: v.members, women: v.women };
      if (term) await ctx.api.put('orgs/committee-terms/' + term.id, { ...body, version: term.version });
      else await ctx.api.post('orgs/' + u.id + '/committee-terms', body);
      close();
      await reload();
      ctx.notify(t('已保存两委成员', 'Committee saved'));
    },
  }, [
    ui.field(t('届期开始年份', 'Term started'), h('input', { name: 'startYear', type: 'number', min: 1949, max: new Date().getFullYear(),
      value: term ? String(term.startYear) : String(new Date().getFullYear()) }), true),
    ui.field(t('两委成员人数', 'Members'), h('input', { name: 'members', type: 'number', min: 1, value: term ? String(term.members) : '' }), true),
    ui.field(t('其中女性', 'Of whom women'), h('input', { name: 'women', type: 'number', min: 0, value: term ? String(term.women) : '' }), true),
  ])];
  ctx.api.get('orgs/' + u.id + '/committee-terms').then((terms) => {
    box.replaceChildren(
      h('div', { class: 'section-head' }, h('h3', null, t('两委成员（女性占比目标≥30%）', 'Two committees (target: women ≥ 30 %)')),
        canWrite ? h('button', { class: 'btn small', type: 'button', id: 'add-term', onclick: () => open(termForm(null)) }, t('登记本届', 'Enter a term')) : null),
      ctx.table([
        { title: t('届期', 'Term'), value: (x) => canWrite ? h('button', { type: 'button', class: 'btn link', onclick: () => open(termForm(x)) }, x.startYear + t('年届', '')) : x.startYear + t('年届', '') },
        { title: t('成员', 'Members'), class: 'num', value: (x) => String(x.members) },
        { title: t('女性', 'Women'), class: 'num', value: (x) => String(x.women) },
        { title: t('女性占比', "Women's share"), class: 'num', value: (x) => h('span', null, share(x) + '% ',
          share(x) >= 30 ? ui.badge('ok', t('达标', 'Met')) : ui.badge('warn', t('低于30%', 'Below 30 %'))) },
      ], terms));
  }).catch((e) => ctx.showError(e));
  return box;
}
