// 组织架构: the caller's subtree as a tree; a selected unit's details, stations, teams, leadership,
// and the changes staff make to the tree (new unit, rename, move, merge, split — each with a date).
import { UNIT_KINDS, UNIT_STATUS, STATION_KINDS } from './forms.js';
import { MODEL_GRADES, TEAM_KINDS, stationBody, sixHaveRows, registersSections, committeeSection, stationListRows, stationLists,
  seatsSection, secondmentsSection } from './registers.js';

const POSITIONS = { CHAIR: ['主席', 'Chair'], VICE_CHAIR: ['副主席', 'Vice-chair'], STANDING: ['常委', 'Standing member'], EXECUTIVE: ['执委', 'Executive member'] };
// what may sit below what (core refuses anything else); the first is the usual choice
const KINDS_BELOW = {
  DISTRICT: ['STREET', 'TOWN', 'GRASSROOTS_ORG'],
  STREET: ['COMMUNITY', 'VILLAGE', 'GRASSROOTS_ORG'],
  TOWN: ['VILLAGE', 'COMMUNITY', 'GRASSROOTS_ORG'],
  COMMUNITY: ['GRASSROOTS_ORG'],
  VILLAGE: ['GRASSROOTS_ORG'],
  GRASSROOTS_ORG: [],
};
const kindsBelow = (kind) => Object.fromEntries((KINDS_BELOW[kind] || []).map((k) => [k, UNIT_KINDS[k]]));

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const canWrite = ctx.can('core.org.write');
  const expanded = new Set();
  let units = [];
  let selectedId = ctx.params.id ? Number(ctx.params.id) : null;

  const treeBox = h('div', { class: 'card tree-card', id: 'org-tree' });
  const detail = h('div', { class: 'unit-detail' });
  el.append(h('div', { class: 'split' }, treeBox, detail));

  const byId = (id) => units.find((u) => u.id === id);
  const childrenOf = (id) => units.filter((u) => u.parentId === id).sort((a, b) => a.name.localeCompare(b.name, 'zh'));

  async function loadTree() {
    units = await ctx.api.get('orgs/tree');
    const ids = new Set(units.map((u) => u.id));
    const roots = units.filter((u) => !ids.has(u.parentId));
    if (!expanded.size) roots.forEach((r) => expanded.add(r.id));
    if (selectedId == null && roots.length) selectedId = roots[0].id;
    // open the way down to the selected unit
    for (let u = byId(selectedId); u; u = byId(u.parentId)) if (u.id !== selectedId) expanded.add(u.id);
    drawTree(roots);
  }

  function drawTree(roots) {
    roots = roots || units.filter((u) => !byId(u.parentId));
    treeBox.replaceChildren(h('h2', null, t('组织树', 'Tree')), h('ul', { class: 'tree', role: 'tree' }, roots.map(node)));
  }

  function node(u) {
    const kids = childrenOf(u.id);
    const open = expanded.has(u.id);
    return h('li', { role: 'treeitem', 'aria-expanded': kids.length ? String(open) : null, 'data-id': u.id },
      h('div', { class: 'node' },
        h('button', {
          type: 'button', class: kids.length ? 'toggle' : 'toggle leaf', 'aria-label': open ? t('收起', 'Collapse') : t('展开', 'Expand'),
          onclick: () => { if (open) expanded.delete(u.id); else expanded.add(u.id); drawTree(); },
        }, kids.length ? (open ? '▾' : '▸') : ''),
        h('button', {
          type: 'button', class: 'name' + (u.id === selectedId ? ' selected' : '') + (u.status && u.status !== 'ACTIVE' ? ' inactive' : ''),
          title: ui.label(UNIT_KINDS, u.kind), onclick: () => select(u.id),
        }, u.name)),
      kids.length && open ? h('ul', { role: 'group' }, kids.map(node)) : null);
  }

  async function select(id) {
    selectedId = id;
    drawTree();
    // keep the address pointing at the unit (reload, bookmark) without re-rendering the page
    window.history.replaceState(null, '', '#/page/' + ctx.page.id + '?id=' + id);
    try {
      showDetail(await ctx.api.get('orgs/' + id));
    } catch (e) {
      ctx.showError(e);
    }
  }

  async function refresh(id, message) {
    selectedId = id;
    await loadTree();
    await select(id);
    if (message) ctx.notify(message);
  }

  function showDetail(d) {
    const u = d.unit;
    const parent = byId(u.parentId);
    const active = !u.status || u.status === 'ACTIVE';
    const panel = h('div', { class: 'panel', hidden: true });
    const open = (content) => { panel.replaceChildren(...content); panel.hidden = false; const first = panel.querySelector('input,select'); if (first) first.focus(); };
    const close = () => { panel.hidden = true; panel.replaceChildren(); };
    const actions = h('div', { class: 'toolbar' },
      canWrite && active ? [
        (KINDS_BELOW[u.kind] || []).length ? h('button', { class: 'btn primary', type: 'button', id: 'add-child', onclick: () => open(createForm(u, close)) }, t('新增下级单位', 'Add sub-unit')) : null,
        h('button', { class: 'btn', type: 'button', onclick: () => open(renameForm(u, close)) }, t('修改', 'Edit')),
        parent ? h('button', { class: 'btn', type: 'button', onclick: () => open(moveForm(u, close)) }, t('调整隶属', 'Move')) : null,
        parent ? h('button', { class: 'btn', type: 'button', onclick: () => open(mergeForm(u, close)) }, t('合并', 'Merge')) : null,
        parent ? h('button', { class: 'btn', type: 'button', onclick: () => open(splitForm(u, close)) }, t('拆分', 'Split')) : null,
      ] : null,
      h('button', { class: 'btn', type: 'button', onclick: () => showHistory(u, open) }, t('历史沿革', 'History')));

    detail.replaceChildren(h('div', { class: 'card', id: 'unit-card', 'data-id': u.id },
      h('h2', null, u.name, ' ', ui.status(UNIT_STATUS, u.status)),
      h('dl', { class: 'props' },
        h('dt', null, t('类型', 'Kind')), h('dd', null, ui.label(UNIT_KINDS, u.kind)),
        h('dt', null, t('上级单位', 'Parent')), h('dd', null, parent ? parent.name : '—'),
        h('dt', null, t('统计区划代码', 'Area code')), h('dd', { class: 'mono' }, u.areaCode || '—'),
        h('dt', null, t('生效日期', 'Valid from')), h('dd', null, u.validFrom || t('成立日期不详', 'Founding date unknown')),
        u.validTo ? [h('dt', null, t('终止日期', 'Valid to')), h('dd', null, u.validTo)] : null),
      actions, panel,
      section(t('下级单位', 'Sub-units') + '（' + d.children.length + '）', null, ctx.table([
        { title: t('名称', 'Name'), value: (c) => h('button', { type: 'button', class: 'btn link', onclick: () => select(c.id) }, c.name) },
        { title: t('类型', 'Kind'), value: (c) => ui.label(UNIT_KINDS, c.kind) },
        { title: t('区划代码', 'Area code'), value: (c) => c.areaCode || '' },
        { title: t('状态', 'Status'), value: (c) => ui.status(UNIT_STATUS, c.status) },
      ], d.children)),
      section(t('阵地', 'Stations') + '（' + d.stations.length + '）',
        canWrite && active ? h('button', { class: 'btn small', type: 'button', id: 'add-station', onclick: () => open(stationForm(u, null, close)) }, t('新增阵地', 'Add station')) : null,
        ctx.table([
          { title: t('类型', 'Kind'), value: (s) => s.kindName || ui.label(STATION_KINDS, s.kind) },
          { title: t('名称', 'Name'), value: (s) => canWrite && active ? h('button', { type: 'button', class: 'btn link', onclick: () => open(stationForm(u, s, close)) }, s.name) : s.name },
          { title: t('负责人', 'Keeper'), value: (s) => s.keeper || '' },
          { title: t('建成—撤销', 'Open'), value: (s) => (s.openedOn || '') + (s.closedOn ? ' — ' + s.closedOn : '') },
          { title: t('示范等级', 'Model grade'), value: (s) => s.modelGrade ? ui.label(MODEL_GRADES, s.modelGrade) + '（' + s.modelYear + '）' : '' },
          { title: t('"六有"达标项', '"Six haves" met'), class: 'num', value: (s) => s.sixHave + ' / 6' },
          { title: t('制度上墙/功能区', 'Rules and zones'), value: (s) => stationLists(ctx, s) },
        ], d.stations)),
      section(t('队伍', 'Teams') + '（' + d.teams.length + '）',
        canWrite && active ? h('button', { class: 'btn small', type: 'button', id: 'add-team', onclick: () => open(teamForm(u, null, close)) }, t('新增队伍', 'Add team')) : null,
        ctx.table([
          { title: t('队伍名称', 'Team'), value: (s) => canWrite && active ? h('button', { type: 'button', class: 'btn link', onclick: () => open(teamForm(u, s, close)) }, s.name) : s.name },
          { title: t('类型', 'Kind'), value: (s) => ui.label(TEAM_KINDS, s.kind) },
          { title: t('负责人', 'Leader'), value: (s) => s.leaderName || '' },
          { title: t('成员', 'Members'), class: 'num', value: (s) => String(s.memberList.filter((m) => !m.leftOn).length || s.members) },
          { title: t('成立日期', 'Founded'), value: (s) => (s.foundedOn || '') + (s.dissolvedOn ? ' — ' + s.dissolvedOn : '') },
          { title: '', value: (s) => ctx.can('core.people.write') && active ? h('button', { type: 'button', class: 'btn small', onclick: () => open(memberForm(u, s, close)) }, t('添加成员', 'Add member')) : '' },
        ], d.teams)),
      committeeSection(ctx, u, active, open, close, () => refresh(u.id)),
      registersSections(ctx, u, active, open, close, () => refresh(u.id)),
      secondmentsSection(ctx, u, d.children, active, open, close, () => refresh(u.id)),
      seatsSection(ctx, u, active, open, close, () => refresh(u.id)),
      section(t('现任班子', 'Current leadership') + '（' + d.leaders.length + '）', null, ctx.table([
        { title: t('姓名', 'Name'), value: (l) => l.personName },
        { title: t('职务', 'Position'), value: (l) => ui.label(POSITIONS, l.position) + (l.fullTime ? t('（专职）', ' (full-time)') : '') },
        { title: t('界别/领域', 'Sector'), value: (l) => l.sector || '' },
        { title: t('进"两委"', 'In village committees'), value: (l) => (l.inTwoCommittees ? t('是', 'Yes') : t('否', 'No')) },
        { title: t('网格', 'Grid'), value: (l) => l.grid || '' },
        { title: t('任期', 'Term'), value: (l) => (l.termFrom || '') + ' — ' + (l.termTo || t('至今', 'now')) },
      ], d.leaders))));
  }

  /** The error a form shows when a required choice is left empty, shaped like the API's. */
  function missing(name) {
    return { body: { message: t('提交的内容有误，请检查标出的字段', 'The input is invalid'), fields: [{ field: name, code: 'REQUIRED', message: t('必填', 'Required') }] } };
  }

  function section(title, button, content) {
    return [h('div', { class: 'section-head' }, h('h3', null, title), button), content];
  }

  /** A form in the panel: fields, a submit button running send(values) and a cancel button. */
  function panelForm(title, rows, submitText, send, close) {
    return [ui.form({ title, submit: submitText, cancel: close, onsubmit: (v) => send(v) }, rows)];
  }

  const dateInput = (name, value) => h('input', { type: 'date', name, value: value || ui.today() });
  const nameInput = (value) => h('input', { name: 'name', maxlength: 100, value: value || '' });
  const areaInput = (value) => h('input', { name: 'areaCode', maxlength: 12, inputmode: 'numeric', placeholder: t('12位数字，可不填', '12 digits, optional'), value: value || '' });

  function createForm(parent, close) {
    return panelForm(t('在“' + parent.name + '”下新增单位', 'New unit under ' + parent.name), [
      ui.field(t('类型', 'Kind'), ui.select('kind', kindsBelow(parent.kind), KINDS_BELOW[parent.kind][0]), true),
      ui.field(t('名称', 'Name'), nameInput(), true),
      ui.field(t('统计区划代码', 'Area code'), areaInput()),
      ui.field(t('成立日期', 'Effective'), dateInput('effective'), true),
    ], t('保存', 'Save'), async (v) => {
      const created = await ctx.api.post('orgs', { parentId: parent.id, kind: v.kind, name: v.name, areaCode: v.areaCode, effective: v.effective });
      expanded.add(parent.id);
      close();
      await refresh(parent.id, t('已新增单位：' + created.name, 'Unit added: ' + created.name));
    }, close);
  }

  function renameForm(u, close) {
    return panelForm(t('修改单位', 'Edit unit'), [
      ui.field(t('类型', 'Kind'), ui.select('kind', UNIT_KINDS, u.kind), true),
      ui.field(t('名称', 'Name'), nameInput(u.name), true),
      ui.field(t('统计区划代码', 'Area code'), areaInput(u.areaCode)),
      ui.field(t('变更生效日期', 'Effective'), dateInput('effective'), true),
    ], t('保存', 'Save'), async (v) => {
      await ctx.api.put('orgs/' + u.id, { kind: v.kind, name: v.name, areaCode: v.areaCode, effective: v.effective, version: u.version });
      close();
      await refresh(u.id, t('已保存', 'Saved'));
    }, close);
  }

  async function targetSelect(name, u, emptyText) {
    const select = await ctx.unitSelect(null, { name, empty: emptyText });
    // a unit can go neither under itself nor under its own descendants
    for (const option of [...select.options]) {
      const target = byId(Number(option.value));
      if (target && (target.id === u.id || (target.path || '').includes('/' + u.id + '/'))) option.remove();
    }
    return select;
  }

  function moveForm(u, close) {
    const holder = h('div');
    targetSelect('parentId', u, t('请选择新的上级单位', 'Choose the new parent')).then((s) => { s.id = holder.id; holder.replaceWith(s); });
    const rows = [ui.field(t('新的上级单位', 'New parent'), holder, true), ui.field(t('生效日期', 'Effective'), dateInput('effective'), true)];
    return panelForm(t('调整“' + u.name + '”的隶属关系', 'Move ' + u.name), rows, t('确定调整', 'Move'), async (v) => {
      if (v.parentId == null) throw missing('parentId');
      await ctx.api.post('orgs/' + u.id + '/move', { parentId: Number(v.parentId), effective: v.effective, version: u.version });
      close();
      await refresh(u.id, t('已调整隶属关系', 'Moved'));
    }, close);
  }

  function mergeForm(u, close) {
    const holder = h('div');
    targetSelect('intoId', u, t('请选择并入的单位', 'Choose the unit to merge into')).then((s) => { s.id = holder.id; holder.replaceWith(s); });
    return panelForm(t('将“' + u.name + '”合并到其他单位', 'Merge ' + u.name + ' into another unit'), [
      h('p', { class: 'muted' }, t('合并后本单位停止使用，历史记录仍归属本单位，统计按当时的组织架构汇总。',
        'After the merge this unit closes; its records stay with it and past reports roll up as the tree was then.')),
      ui.field(t('并入单位', 'Merge into'), holder, true),
      ui.field(t('生效日期', 'Effective'), dateInput('effective'), true),
    ], t('确定合并', 'Merge'), async (v) => {
      if (v.intoId == null) throw missing('intoId');
      const into = Number(v.intoId);
      await ctx.api.post('orgs/' + u.id + '/merge', { intoId: into, effective: v.effective, version: u.version });
      close();
      await refresh(into || u.id, t('已合并', 'Merged'));
    }, close);
  }

  function splitForm(u, close) {
    const parts = h('div', { class: 'split-parts' });
    const addPart = () => parts.append(h('div', { class: 'split-part' },
      h('input', { 'data-part': 'name', placeholder: t('新单位名称', 'New unit name'), maxlength: 100 }),
      h('select', { 'data-part': 'kind', value: u.kind }, Object.keys(UNIT_KINDS).map((k) => h('option', { value: k }, ui.label(UNIT_KINDS, k)))),
      h('input', { 'data-part': 'areaCode', placeholder: t('区划代码（可不填）', 'Area code (optional)'), maxlength: 12 })));
    addPart();
    addPart();
    return panelForm(t('将“' + u.name + '”拆分为多个单位', 'Split ' + u.name), [
      h('div', { class: 'field' }, h('label', null, t('拆分为', 'Parts')), parts),
      h('div', { class: 'field' }, h('label', null, ''), h('button', { class: 'btn small', type: 'button', onclick: addPart }, t('再加一个', 'One more'))),
      ui.field(t('生效日期', 'Effective'), dateInput('effective'), true),
    ], t('确定拆分', 'Split'), async (v) => {
      const list = [...parts.children].map((row) => {
        const get = (k) => row.querySelector('[data-part="' + k + '"]').value.trim();
        return { name: get('name'), kind: get('kind'), areaCode: get('areaCode') || null };
      }).filter((p) => p.name);
      await ctx.api.post('orgs/' + u.id + '/split', { parts: list, effective: v.effective, version: u.version });
      close();
      await refresh(u.parentId || u.id, t('已拆分为 ' + list.length + ' 个单位', 'Split into ' + list.length + ' units'));
    }, close);
  }

  function stationForm(u, st, close) {
    const kinds = h('select', { name: 'kind' });
    ctx.api.get('orgs/station-kinds').then((list) => {
      kinds.replaceChildren(...list.map(([code, zh, en]) => h('option', { value: code, selected: code === (st ? st.kind : 'WOMEN_HOME') }, t(zh, en || zh))));
    }).catch((e) => ctx.showError(e));
    return panelForm(st ? t('修改阵地', 'Edit station') : t('新增阵地', 'New station'), [
      ui.field(t('类型', 'Kind'), kinds, true),
      ui.field(t('名称', 'Name'), nameInput(st && st.name), true),
      ui.field(t('地址', 'Address'), h('input', { name: 'address', maxlength: 200, value: (st && st.address) || '' })),
      ui.field(t('负责人（微家长）', 'Keeper'), h('input', { name: 'keeper', maxlength: 50, value: (st && st.keeper) || '' })),
      ui.field(t('开放时间', 'Opening hours'), h('input', { name: 'openingHours', maxlength: 100, value: (st && st.openingHours) || '' })),
      ui.field(t('建成日期', 'Opened on'), h('input', { name: 'openedOn', type: 'date', value: (st && st.openedOn) || ui.today() })),
      ui.field(t('撤销日期', 'Closed on'), h('input', { name: 'closedOn', type: 'date', value: (st && st.closedOn) || '' })),
      ui.field(t('示范等级', 'Model grade'), ui.select('modelGrade', MODEL_GRADES, st && st.modelGrade, { empty: t('非示范', 'None') })),
      ui.field(t('命名年份', 'Year named'), h('input', { name: 'modelYear', type: 'number', min: 1949, max: 2100, value: (st && st.modelYear) || '' })),
      ui.field(t('命名单位', 'Named by'), h('input', { name: 'modelBy', maxlength: 100, value: (st && st.modelBy) || '' })),
      ui.field(t('"六有"（勾选并填写达标日期）', '"Six haves" (tick, with the date met)'), sixHaveRows(ctx, st), { wide: true }),
      ...stationListRows(ctx, st),
    ], t('保存', 'Save'), async (v) => {
      const body = stationBody(v, st);
      if (st) {
        await ctx.api.put('orgs/stations/' + st.id, { ...body, version: st.version });
      } else {
        await ctx.api.post('orgs/' + u.id + '/stations', body);
      }
      close();
      await refresh(u.id, st ? t('已保存阵地', 'Station saved') : t('已新增阵地', 'Station added'));
    }, close);
  }

  function teamForm(u, team, close) {
    return panelForm(team ? t('修改队伍', 'Edit team') : t('新增队伍', 'New team'), [
      ui.field(t('类型', 'Kind'), ui.select('kind', TEAM_KINDS, team ? team.kind : 'VOLUNTEER'), true),
      ui.field(t('队伍名称', 'Team name'), nameInput(team && team.name), true),
      ui.field(t('负责人', 'Leader'), h('input', { name: 'leaderName', maxlength: 50, value: (team && team.leaderName) || '' })),
      ui.field(t('成立日期', 'Founded'), h('input', { name: 'foundedOn', type: 'date', value: (team && team.foundedOn) || ui.today() })),
      ui.field(t('解散日期', 'Dissolved'), h('input', { name: 'dissolvedOn', type: 'date', value: (team && team.dissolvedOn) || '' })),
    ], t('保存', 'Save'), async (v) => {
      const body = { kind: v.kind, name: v.name, leaderName: v.leaderName, foundedOn: v.foundedOn, dissolvedOn: v.dissolvedOn,
        members: team ? team.members : 0 };
      if (team) await ctx.api.put('orgs/teams/' + team.id, { ...body, version: team.version });
      else await ctx.api.post('orgs/' + u.id + '/teams', body);
      close();
      await refresh(u.id, team ? t('已保存队伍', 'Team saved') : t('已新增队伍', 'Team added'));
    }, close);
  }

  function memberForm(u, team, close) {
    return panelForm(t('为“' + team.name + '”添加成员', 'Add a member to ' + team.name), [
      ui.field(t('成员', 'Member'), ui.personPicker({ unitId: u.id }), true),
      ui.field(t('加入日期', 'Joined'), dateInput('joinedOn'), true),
    ], t('保存', 'Save'), async (v) => {
      await ctx.api.post('orgs/teams/' + team.id + '/members', { personId: v.personId, joinedOn: v.joinedOn });
      close();
      await refresh(u.id, t('已添加成员', 'Member added'));
    }, close);
  }

  async function showHistory(u, open) {
    const rows = await ui.busy(null, () => ctx.api.get('orgs/' + u.id + '/history'));
    if (!rows) return;
    open([h('h3', null, t('“' + u.name + '”的历史沿革', 'History of ' + u.name)), ctx.table([
      { title: t('起', 'From'), value: (r) => r.validFrom || '' },
      { title: t('止', 'To'), value: (r) => r.validTo || t('至今', 'now') },
      { title: t('名称', 'Name'), value: (r) => r.name },
      { title: t('上级单位', 'Parent'), value: (r) => (byId(r.parentId) || {}).name || (r.parentId == null ? '—' : '#' + r.parentId) },
      { title: t('变更', 'Change'), value: (r) => r.change || '' },
      { title: t('说明', 'Note'), value: (r) => r.note || '' },
    ], rows)]);
  }

  await loadTree();
  if (selectedId != null) await select(selectedId);
}
