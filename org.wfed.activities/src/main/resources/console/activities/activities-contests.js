// 评选表彰: the contests of the caller's subtree, and one contest's whole flow
// (提名 → 资格审查 → 评审打分 → 公示 → 异议处理 → 结果确定 → 表彰 → 向上推荐).

import {photoPanel} from './photos.js';
import {honoursAboveCard} from './honours-above.js';

const STATUS_BADGE = {NOMINATING: 'warn', REVIEWING: 'warn', NOTICE: 'warn', FINALISED: 'ok', COMMENDED: 'ok'};
const NOMINEE_BADGE = {NOMINATED: '', ELIGIBLE: 'ok', INELIGIBLE: 'bad', SELECTED: 'ok', NOT_SELECTED: '',
  REMOVED: 'bad', COMMENDED: 'ok'};
const BY = {SELF: ['自荐', 'Self'], OTHERS: ['他人推荐', 'By others'], ORGANISATION: ['组织推荐', 'By organisation']};
const LEVEL = {COMMUNITY: '社区（村）级', STREET: '街道（乡镇）级', DISTRICT: '区（县）级', CITY: '市级', PROVINCE: '省级',
  NATIONAL: '全国'};

export async function render(el, ctx) {
  el.textContent = '';
  if (ctx.params && ctx.params.id) {
    await renderContest(el, ctx, Number(ctx.params.id));
  } else {
    await renderList(el, ctx);
  }
}



async function renderList(el, ctx) {
  const {t} = ctx;
  const h = ctx.h;
  const year = h('input', {type: 'number', value: String(new Date().getFullYear()), min: '2000', max: '2100'});
  const units = await ctx.unitSelect(ctx.user.unitId);
  const listBox = h('div', {});
  const load = async () => {
    try {
      const rows = await ctx.api.get(`activities/contests?unitId=${units.value}&year=${year.value}`);
      listBox.textContent = '';
      listBox.append(rows.length === 0 ? h('p', {class: 'muted'}, t('本年度还没有评选，请在下方新建。', 'No contests this year yet.')) :
        ctx.table([
          {title: t('评选', 'Contest'), value: r => h('a', {href: '#', onclick: e => { e.preventDefault(); ctx.navigate('activities-contests', {id: r.id}); }}, r.title)},
          {title: t('单位', 'Unit'), value: r => r.unitName},
          {title: t('年度', 'Year'), value: r => String(r.contestYear)},
          {title: t('状态', 'Status'), value: r => h('span', {class: 'badge ' + (STATUS_BADGE[r.status] || '')}, r.statusZh)},
          {title: t('提名/入选', 'Nominees/chosen'), value: r => `${r.nominees} / ${r.selected}`},
          {title: t('未处理异议', 'Open objections'), value: r => r.openObjections ? h('span', {class: 'badge bad'}, String(r.openObjections)) : '0'},
        ], rows));
    } catch (err) { ctx.showError(err); }
  };
  units.onchange = load;
  year.onchange = load;

  const types = await ctx.api.get('activities/contest-types');
  const typeSel = h('select', {name: 'typeId', id: 'contest-type'}, ...types.map(ty => h('option', {value: String(ty.id)},
    `${ty.name}（${ty.nomineeKind === 'FAMILY' ? '家庭' : ty.nomineeKind === 'PERSON' ? '个人' : '集体'}）`)));
  const createUnit = await ctx.unitSelect(ctx.user.unitId);
  const createYear = h('input', {type: 'number', name: 'contestYear', value: String(new Date().getFullYear())});
  const quota = h('input', {type: 'number', name: 'quota', min: '0', placeholder: t('默认按评选类型', 'type default')});
  const criteria = h('p', {class: 'muted'});
  const showCriteria = () => {
    const ty = types.find(x => String(x.id) === typeSel.value);
    criteria.textContent = ty ? `${t('评选条件', 'Criteria')}：${ty.criteria || ''}　${t('周期', 'Cycle')}：${ty.cycleYears === 1 ? '每年' : '每两年'}　`
      + `${t('名额', 'Quota')}：${ty.quota || '不限'}　${t('群众投票占比', 'Vote share')}：${ty.voteShare}%　`
      + `${t('公示期', 'Notice')}：${ty.noticeDays}${ty.noticeWorkingDays ? '个工作日' : '天'}` : '';
  };
  typeSel.onchange = showCriteria;
  showCriteria();
  const create = async () => {
    try {
      const body = {unitId: Number(createUnit.value), typeId: Number(typeSel.value), contestYear: Number(createYear.value)};
      if (quota.value !== '') body.quota = Number(quota.value);
      const k = await ctx.api.post('activities/contests', body);
      ctx.notify(t('评选已创建，请开始提名', 'Contest opened'));
      ctx.navigate('activities-contests', {id: k.id});
    } catch (err) { ctx.showError(err); }
  };

  el.append(
    h('div', {class: 'card'}, h('h2', {}, t('评选表彰', 'Contests')),
      h('div', {class: 'toolbar'}, ctx.ui.field(t('单位', 'Unit'), units), ctx.ui.field(t('年度', 'Year'), year)), listBox),
    ctx.can('activities.manage') ? h('div', {class: 'card'}, h('h3', {}, t('新建评选', 'Open a contest')),
      h('div', {class: 'form grid2'}, ctx.ui.field(t('评选类型', 'Type'), typeSel), ctx.ui.field(t('单位', 'Unit'), createUnit),
        ctx.ui.field(t('年度', 'Year'), createYear), ctx.ui.field(t('名额', 'Quota'), quota)), criteria,
      h('button', {class: 'btn primary', id: 'open-contest', onclick: create}, t('创建评选', 'Open'))) : null);
  await load();
  el.append(await honoursAboveCard(ctx));
}

async function renderContest(el, ctx, id) {
  const {t} = ctx;
  const h = ctx.h;
  const reload = () => render(el, ctx);
  const act = async (fn, message) => {
    try { await fn(); if (message) ctx.notify(message); await reload(); } catch (err) { ctx.showError(err); }
  };
  let k;
  try { k = await ctx.api.get(`activities/contests/${id}`); } catch (err) { ctx.showError(err); return; }
  const nominees = await ctx.api.get(`activities/contests/${id}/nominees`);
  const byId = Object.fromEntries(nominees.map(n => [n.id, n]));
  const manage = ctx.can('activities.manage');
  const approve = ctx.can('activities.approve');

  el.append(h('div', {class: 'toolbar'}, h('button', {class: 'btn', onclick: () => ctx.navigate('activities-contests', {})}, t('← 返回评选列表', '← Contests'))));
  el.append(h('div', {class: 'card'},
    h('h2', {}, k.title, ' ', h('span', {class: 'badge ' + (STATUS_BADGE[k.status] || '')}, k.statusZh)),
    h('p', {class: 'muted'}, `${k.unitName}　${k.typeName}　${t('名额', 'Quota')}：${k.quota || '不限'}　`
      + `${t('群众投票占比', 'Vote share')}：${k.voteShare}%`
      + (k.noticeStart ? `　${t('公示期', 'Notice')}：${k.noticeStart} 至 ${k.noticeEnd}` : '')
      + (k.documentNo ? `　${t('表彰文件', 'Document')}：${k.documentNo}` : '')),
    h('p', {}, nextStep(k, t)),
    h('div', {class: 'toolbar'},
      k.noticeStart ? h('a', {class: 'btn', href: `/api/activities/contests/${id}/notice.html`, target: '_blank'}, t('打印公示', 'Print notice')) : null,
      k.status === 'COMMENDED' ? h('a', {class: 'btn', href: `/api/activities/contests/${id}/honours.html`, target: '_blank'}, t('打印表彰名单', 'Print honour list')) : null)));

  // nominees
  const historyBox = h('div', {});
  const showHistory = async n => {
    try {
      const steps = await ctx.api.get(`activities/contests/${id}/nominees/${n.id}/history`);
      historyBox.textContent = '';
      historyBox.append(h('div', {class: 'card'}, h('h3', {}, `${n.name} · ${t('荣誉履历', 'History')}`), ctx.table([
        {title: t('级别', 'Level'), value: s => LEVEL[s.level] || s.level},
        {title: t('单位', 'Unit'), value: s => s.unitName || ''},
        {title: t('年度', 'Year'), value: s => String(s.contestYear)},
        {title: t('评选/称号', 'Contest/title'), value: s => s.title},
        {title: t('结果', 'Result'), value: s => s.statusZh},
        {title: t('证书编号/文号', 'Certificate'), value: s => s.certificateNo || ''},
      ], steps)));
    } catch (err) { ctx.showError(err); }
  };
  const rule = (n, eligible) => act(async () => {
    const note = eligible ? null : await ctx.ui.prompt(t('请填写不符合条件的原因', 'Why is the nominee not eligible?'), {label: t('原因', 'Reason')});
    if (!eligible && !note) return;
    await ctx.api.put(`activities/contests/${id}/nominees/${n.id}/eligibility`, {eligible, note, version: n.version});
  }, t('资格审查结果已保存', 'Saved'));
  el.append(h('div', {class: 'card', id: 'nominees'}, h('h3', {}, t('候选对象', 'Nominees') + `（${nominees.length}）`),
    nominees.length === 0 ? h('p', {class: 'muted'}, t('还没有提名。', 'No nominations yet.')) : ctx.table([
      {title: t('名称', 'Name'), value: n => n.name},
      {title: t('家庭成员', 'Members'), value: n => n.members.map(m => (m.name || '#' + m.personId) + (m.relation ? `（${m.relation}）` : '')).join('、')},
      {title: t('推荐方式', 'Nominated'), value: n => (BY[n.nominatedBy] || [n.nominatedBy])[0] + (n.nominator ? `：${n.nominator}` : '')},
      {title: t('状态', 'Status'), value: n => h('span', {class: 'badge ' + (NOMINEE_BADGE[n.status] || '')}, n.statusZh + (n.eligibilityNote ? `（${n.eligibilityNote}）` : ''))},
      {title: t('证书编号', 'Certificate'), value: n => n.certificateNo || ''},
      {title: '', value: n => h('span', {},
        manage && ['NOMINATING', 'REVIEWING'].includes(k.status) && ['NOMINATED', 'ELIGIBLE', 'INELIGIBLE'].includes(n.status) ?
          h('span', {}, h('button', {class: 'btn', onclick: () => rule(n, true)}, t('合格', 'Eligible')), ' ',
            h('button', {class: 'btn danger', onclick: () => rule(n, false)}, t('不合格', 'Not eligible'))) : null,
        ' ', h('button', {class: 'btn', onclick: () => showHistory(n)}, t('履历', 'History')),
        ' ', h('button', {class: 'btn', onclick: async () => historyBox.replaceChildren(await photoPanel(ctx, 'NOMINEE', n.id, n.name))}, t('照片', 'Photos')))},
    ], nominees)), historyBox);

  if (k.status === 'NOMINATING' && manage) {
    el.append(await nominationForm(ctx, k, act));
    el.append(h('div', {class: 'card'}, h('p', {}, t('提名结束后开始评审：未被判定不合格的对象视为资格审查通过。', 'Close nominations and start the review.')),
      h('button', {class: 'btn primary', id: 'start-review', onclick: () => act(() => ctx.api.post(`activities/contests/${id}/review`, {version: k.version}), t('已开始评审', 'Review started'))},
        t('结束提名，开始评审', 'Start review'))));
  }
  if (['REVIEWING', 'NOTICE', 'FINALISED', 'COMMENDED'].includes(k.status)) {
    el.append(await reviewCard(ctx, k, byId, act));
  }
  if (['NOTICE', 'FINALISED', 'COMMENDED'].includes(k.status)) {
    el.append(await objectionsCard(ctx, k, nominees, act, manage, approve));
  }
  if (k.status === 'NOTICE' && approve) {
    el.append(h('div', {class: 'card'}, h('h3', {}, t('确定评选结果', 'Finalise')),
      h('p', {class: 'muted'}, t('公示期满且所有异议处理完毕后，方可确定结果。', 'After the notice has run and every objection is resolved.')),
      h('button', {class: 'btn primary', id: 'finalise-contest', onclick: () => act(() => ctx.api.post(`activities/contests/${id}/finalise`, {version: k.version}), t('评选结果已确定', 'Finalised'))},
        t('确定结果', 'Finalise'))));
  }
  if (k.status === 'FINALISED' && approve) {
    const on = h('input', {type: 'date', name: 'commendedOn', value: ctx.ui.today()});
    const doc = h('input', {type: 'text', name: 'documentNo', placeholder: '如：妇字〔2026〕8号'});
    const prefix = h('input', {type: 'text', name: 'certificatePrefix', placeholder: t('默认：年度-类型-单位-', 'default year-type-unit-')});
    el.append(h('div', {class: 'card'}, h('h3', {}, t('表彰', 'Commend')),
      h('div', {class: 'form grid2'}, ctx.ui.field(t('表彰日期', 'Date'), on), ctx.ui.field(t('表彰文件文号', 'Document no.'), doc),
        ctx.ui.field(t('证书编号前缀', 'Certificate prefix'), prefix)),
      h('button', {class: 'btn primary', id: 'commend-contest', onclick: () => act(() => ctx.api.post(`activities/contests/${id}/commend`,
        {commendedOn: on.value, documentNo: doc.value || null, certificatePrefix: prefix.value || null, version: k.version}), t('已表彰并生成证书编号', 'Commended'))},
      t('表彰并生成证书编号', 'Commend'))));
  }
  if (k.status === 'COMMENDED') {
    el.append(await upwardCard(ctx, k, nominees, act, manage, approve));
  }
}

function nextStep(k, t) {
  switch (k.status) {
    case 'NOMINATING': return t('下一步：录入提名，审查资格，然后开始评审。', 'Next: nominate, check eligibility, start the review.');
    case 'REVIEWING': return t('下一步：评委打分（有群众投票的录入票数），查看排名后发布公示。', 'Next: judges score, then publish the notice.');
    case 'NOTICE': return k.openObjections ? t(`公示中：有${k.openObjections}条异议待处理。`, 'Objections to resolve.')
      : t('公示中：公示期满后确定结果。', 'On notice: finalise when it ends.');
    case 'FINALISED': return t('下一步：表彰，生成证书编号。', 'Next: commend.');
    default: return t('已表彰：可打印表彰名单，向上级推荐。', 'Commended: print the list, recommend upward.');
  }
}

async function nominationForm(ctx, k, act) {
  const {t} = ctx;
  const h = ctx.h;
  const family = k.nomineeKind === 'FAMILY';
  const name = h('input', {type: 'text', name: 'name', placeholder: family ? '如：张xx家庭' : t('集体名称', 'Name')});
  const story = h('textarea', {rows: '3', name: 'story'});
  const by = h('select', {name: 'nominatedBy'}, ...Object.entries(BY).map(([v, l]) => h('option', {value: v}, l[0])));
  const nominator = h('input', {type: 'text', name: 'nominator', placeholder: t('推荐人或推荐单位', 'Nominator')});
  const relation = h('input', {type: 'text', placeholder: t('关系（户主、配偶…）', 'Relation')});
  // a family's members (each with her relation, typed before she is picked) or the one person nominated
  const picker = ctx.ui.personPicker({unitId: k.unitId, multiple: family, name: family ? 'members' : 'personId',
    extra: family ? () => relation.value || null : null});
  const submit = () => act(async () => {
    const body = {name: name.value || null, story: story.value || null, nominatedBy: by.value, nominator: nominator.value || null};
    if (family) body.members = picker.chosen().map(m => ({personId: m.id, relation: m.extra}));
    if (k.nomineeKind === 'PERSON') body.personId = picker.chosen().length ? picker.chosen()[0].id : null;
    await ctx.api.post(`activities/contests/${k.id}/nominees`, body);
  }, t('提名已保存', 'Nominated'));
  return h('div', {class: 'card', id: 'nomination'}, h('h3', {}, t('提名', 'Nominate')),
    h('div', {class: 'form grid2'},
      k.nomineeKind !== 'PERSON' ? ctx.ui.field(family ? t('家庭户名', 'Household') : t('集体名称', 'Name'), name) : null,
      ctx.ui.field(t('推荐方式', 'Nominated by'), by), ctx.ui.field(t('推荐人/单位', 'Nominator'), nominator),
      ctx.ui.field(t('主要事迹', 'Story'), story)),
    k.nomineeKind !== 'UNIT' ? h('div', {class: 'form'},
      family ? ctx.ui.field(t('关系', 'Relation'), relation, {hint: t('先填关系，再查找并选中该成员', 'Type the relation, then pick the member')}) : null,
      ctx.ui.field(family ? t('家庭成员', 'Members') : t('被推荐人', 'Person'), picker)) : null,
    h('button', {class: 'btn primary', id: 'save-nominee', onclick: submit}, t('保存提名', 'Nominate')));
}

async function reviewCard(ctx, k, byId, act) {
  const {t} = ctx;
  const h = ctx.h;
  const ranking = await ctx.api.get(`activities/contests/${k.id}/ranking`);
  const judging = k.status === 'REVIEWING' && ctx.can('activities.judge');
  const managing = k.status === 'REVIEWING' && ctx.can('activities.manage');
  const picks = {};
  ranking.forEach((r, i) => { picks[r.nomineeId] = h('input', {type: 'checkbox'}); if (!k.quota || i < k.quota) picks[r.nomineeId].checked = true; });
  const scoreInput = r => {
    const input = h('input', {type: 'number', name: 'score', 'data-nominee': r.nomineeId, min: '0', max: '100', step: '0.5', class: 'short'});
    return h('span', {}, input, ' ', h('button', {class: 'btn', 'data-score': r.nomineeId, onclick: () => act(() =>
      ctx.api.post(`activities/contests/${k.id}/scores`, {nomineeId: r.nomineeId, score: Number(input.value)}), t('评分已保存', 'Scored'))}, t('打分', 'Score')));
  };
  const votesInput = r => {
    const input = h('input', {type: 'number', min: '0', value: String(r.votes), class: 'short'});
    return h('span', {}, input, ' ', h('button', {class: 'btn', onclick: () => act(() =>
      ctx.api.put(`activities/contests/${k.id}/nominees/${r.nomineeId}/votes`, {votes: Number(input.value), version: byId[r.nomineeId].version}), t('票数已保存', 'Saved'))}, t('保存票数', 'Save')));
  };
  const cols = [
    {title: t('排名', 'Rank'), value: r => String(r.rank)},
    {title: t('名称', 'Name'), value: r => r.name},
    {title: t('评委数', 'Judges'), value: r => String(r.judges)},
    {title: t('评委平均分', 'Panel'), value: r => r.panelScore.toFixed(2)},
    {title: t('群众票数', 'Votes'), value: r => managing && k.voteShare > 0 ? votesInput(r) : String(r.votes)},
    {title: t('综合得分', 'Total'), value: r => h('strong', {}, r.total.toFixed(2))},
  ];
  if (judging) cols.push({title: t('我的评分', 'My score'), value: scoreInput});
  if (managing) cols.push({title: t('拟表彰', 'Choose'), value: r => picks[r.nomineeId]});
  const startOn = h('input', {type: 'date', name: 'startOn', value: ctx.ui.today()});
  return h('div', {class: 'card'}, h('h3', {}, t('评审排名', 'Ranking')),
    h('p', {class: 'muted'}, k.voteShare > 0 ? t(`综合得分 = 评委平均分 × ${100 - k.voteShare}% + 群众投票得分 × ${k.voteShare}%（票数最多者计100分）`, 'Weighted total')
      : t('综合得分 = 评委平均分', 'Total = panel average')),
    ranking.length ? ctx.table(cols, ranking) : h('p', {class: 'muted'}, t('没有参加评审的对象。', 'Nobody under review.')),
    managing ? h('div', {class: 'toolbar'}, ctx.ui.field(t('公示开始日期', 'Notice starts'), startOn),
      h('button', {class: 'btn primary', id: 'publish-notice', onclick: () => act(() => ctx.api.post(`activities/contests/${k.id}/notice`, {startOn: startOn.value,
        nomineeIds: ranking.filter(r => picks[r.nomineeId].checked).map(r => r.nomineeId), version: k.version}), t('已发布公示', 'Notice published'))},
      t('发布公示', 'Publish notice'))) : null);
}

async function objectionsCard(ctx, k, nominees, act, manage, approve) {
  const {t} = ctx;
  const h = ctx.h;
  const list = await ctx.api.get(`activities/contests/${k.id}/objections`);
  const onNotice = nominees.filter(n => n.status === 'SELECTED');
  const resolveForm = o => {
    const upheld = h('input', {type: 'checkbox', name: 'upheld'});
    const text = h('input', {type: 'text', name: 'resolution', placeholder: t('核实情况和处理意见', 'Resolution')});
    const on = h('input', {type: 'date', name: 'resolvedOn', value: ctx.ui.today()});
    return h('span', {}, h('label', {}, upheld, t('异议成立（取消该对象）', 'Upheld')), ' ', text, ' ', on, ' ',
      h('button', {class: 'btn primary', id: 'resolve-objection-' + o.id, onclick: () => act(() => ctx.api.put(`activities/contests/${k.id}/objections/${o.id}`,
        {upheld: upheld.checked, resolution: text.value, resolvedOn: on.value, version: o.version}), t('异议已处理', 'Resolved'))}, t('处理', 'Resolve')));
  };
  const card = h('div', {class: 'card', id: 'objections'}, h('h3', {}, t('异议', 'Objections') + `（${list.length}）`),
    list.length ? ctx.table([
      {title: t('对象', 'Nominee'), value: o => o.nomineeName},
      {title: t('日期', 'Lodged'), value: o => o.lodgedOn},
      {title: t('反映人', 'From'), value: o => o.lodgedBy || t('匿名', 'anonymous')},
      {title: t('内容', 'Content'), value: o => o.content},
      {title: t('处理', 'Resolution'), value: o => o.open ? (approve && k.status === 'NOTICE' ? resolveForm(o) : h('span', {class: 'badge bad'}, t('待处理', 'Open')))
        : `${o.upheld ? '异议成立' : '异议不成立'}：${o.resolution}（${o.resolvedOn}）`},
    ], list) : h('p', {class: 'muted'}, t('没有异议。', 'No objections.')));
  if (k.status === 'NOTICE' && manage && onNotice.length) {
    const who = h('select', {name: 'nomineeId'}, ...onNotice.map(n => h('option', {value: String(n.id)}, n.name)));
    const on = h('input', {type: 'date', name: 'lodgedOn', value: ctx.ui.today()});
    const from = h('input', {type: 'text', name: 'lodgedBy', placeholder: t('可匿名', 'optional')});
    const content = h('textarea', {rows: '2', name: 'content'});
    card.append(h('h4', {}, t('登记异议', 'Lodge an objection')), h('div', {class: 'form grid2'},
      ctx.ui.field(t('对象', 'Nominee'), who), ctx.ui.field(t('日期', 'Date'), on), ctx.ui.field(t('反映人', 'From'), from),
      ctx.ui.field(t('内容', 'Content'), content)),
    h('button', {class: 'btn', id: 'lodge-objection', onclick: () => act(() => ctx.api.post(`activities/contests/${k.id}/objections`,
      {nomineeId: Number(who.value), lodgedOn: on.value, lodgedBy: from.value || null, content: content.value}), t('异议已登记', 'Lodged'))}, t('登记', 'Lodge')));
  }
  return card;
}

async function upwardCard(ctx, k, nominees, act, manage, approve) {
  const {t} = ctx;
  const h = ctx.h;
  const upward = await ctx.api.get(`activities/contests/${k.id}/recommendations`);
  const commended = nominees.filter(n => n.status === 'COMMENDED');
  const picks = Object.fromEntries(commended.map(n => [n.id, h('input', {type: 'checkbox'})]));
  const card = h('div', {class: 'card'}, h('h3', {}, t('向上推荐', 'Recommend upward')),
    upward.length ? ctx.table([
      {title: t('名称', 'Name'), value: s => nominees.find(n => n.id === s.nomineeId)?.name || s.title},
      {title: t('上级单位', 'Unit'), value: s => s.unitName},
      {title: t('级别', 'Level'), value: s => LEVEL[s.level] || s.level},
      {title: t('上级评选结果', 'Result'), value: s => s.statusZh},
    ], upward) : h('p', {class: 'muted'}, t('尚未向上级推荐。', 'Nothing recommended yet.')));
  if (manage && commended.length) {
    card.append(h('div', {}, ...commended.map(n => h('label', {class: 'check'}, picks[n.id], n.name))),
      h('button', {class: 'btn primary', onclick: () => act(() => ctx.api.post(`activities/contests/${k.id}/recommendations`,
        {nomineeIds: commended.filter(n => picks[n.id].checked).map(n => n.id)}), t('已推荐到上级评选', 'Recommended'))}, t('推荐到上级评选', 'Recommend')));
  }
  if (approve && commended.length) {
    const who = h('select', {}, ...commended.map(n => h('option', {value: String(n.id)}, n.name)));
    const level = h('select', {}, ...['CITY', 'PROVINCE', 'NATIONAL'].map(l => h('option', {value: l}, LEVEL[l])));
    const title = h('input', {type: 'text', placeholder: '如：市级清洁家庭'});
    const on = h('input', {type: 'date', value: ctx.ui.today()});
    const doc = h('input', {type: 'text'});
    card.append(h('h4', {}, t('登记上级荣誉（区级以上）', 'External honour')), h('div', {class: 'form grid2'},
      ctx.ui.field(t('对象', 'Nominee'), who), ctx.ui.field(t('级别', 'Level'), level), ctx.ui.field(t('称号', 'Title'), title),
      ctx.ui.field(t('授予日期', 'Awarded'), on), ctx.ui.field(t('文号', 'Document'), doc)),
    h('button', {class: 'btn', onclick: () => act(() => ctx.api.post(`activities/contests/${k.id}/nominees/${who.value}/external-honours`,
      {level: level.value, title: title.value, awardedOn: on.value, documentNo: doc.value || null}), t('已登记', 'Recorded'))}, t('登记', 'Record')));
  }
  return card;
}
