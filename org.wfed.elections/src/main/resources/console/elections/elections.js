// 换届选举: the elections of the caller's subtree, opening one, and one election's page walking
// through its steps (next step first, quorum live, candidates, counts, result and print links).

const KINDS = [
  ['DELEGATE', '妇女代表', 'Delegates'], ['EXECUTIVE', '执委', 'Executive members'],
  ['STANDING', '常委', 'Standing members'], ['CHAIR', '主席', 'Chair'], ['VICE_CHAIR', '副主席', 'Vice-chairs']];
const STEPS = ['PREPARATION', 'REQUEST_APPROVED', 'CANDIDATES_PROPOSED', 'CANDIDATES_VETTED', 'CANDIDATES_APPROVED',
  'CONGRESS', 'COUNTED', 'RESULT_PUBLISHED', 'FIRST_MEETING', 'FILED'];
const STEP_ZH = ['成立换届筹备组', '同级党组织批复换届请示', '提名候选人', '候选人资格审查', '确定候选人名单',
  '召开妇女代表大会（妇女大会）', '投票计票完成', '公布选举结果', '执委会第一次会议选举主席、副主席', '上级妇联批复备案'];
const STEP_EN = ['Preparatory group formed', 'Request approved by the Party organisation', 'Candidates nominated',
  'Candidates vetted', 'Candidate list fixed', 'Congress held', 'Votes counted', 'Result published',
  'First executive meeting elected the chair', 'Approved and filed by the parent federation'];
/** A step's name in the current language. */
const stepName = (ctx, step) => (STEPS.includes(step) ? ctx.t(STEP_ZH[STEPS.indexOf(step)], STEP_EN[STEPS.indexOf(step)]) : step);

export async function render(el, ctx) {
  el.replaceChildren();
  const id = ctx.params && ctx.params.id;
  if (id) {
    await renderElection(el, ctx, Number(id));
  } else {
    await renderList(el, ctx);
  }
}




// ---------------------------------------------------------------- list and opening

async function renderList(el, ctx) {
  const { h, t } = ctx;
  const select = await ctx.unitSelect(ctx.user.unitId);
  const tableBox = h('div');
  const load = async () => {
    try {
      const rows = await ctx.api.get('elections?unitId=' + select.value);
      tableBox.replaceChildren(rows.length === 0
        ? h('p', { class: 'muted' }, t('本单位及下级单位尚无换届选举记录', 'No elections yet'))
        : ctx.table([
          { title: t('单位', 'Unit'), value: r => r.unitName },
          { title: t('名称', 'Title'), value: r => h('a', { href: '#', onclick: e => { e.preventDefault(); ctx.navigate('elections', { id: r.id }); } }, r.title) },
          { title: t('选举日期', 'Date'), value: r => r.electionDate },
          { title: t('当前进度', 'Step'), value: r => ctx.ui.badge(r.step === 'FILED' ? 'ok' : 'warn', stepName(ctx, r.step)) },
          { title: t('下一步', 'Next'), value: r => r.nextStep ? stepName(ctx, r.nextStep) : '—' },
          { title: t('法定人数', 'Quorum'), value: r => r.votersDue ? ctx.ui.badge(r.quorumMet ? 'ok' : 'bad', r.votersPresent + '/' + r.votersDue) : '—' },
          { title: t('时限', 'Deadline'), value: r => r.late ? ctx.ui.badge('bad', t('已逾期 ', 'late ') + r.deadline) : (r.deadline || '—') },
        ], rows));
    } catch (err) {
      ctx.showError(err);
    }
  };
  select.onchange = load;
  const openBox = h('div');
  el.append(
    h('div', { class: 'toolbar' }, h('label', {}, t('单位：', 'Unit: ')), select,
      ctx.can('elections.manage') && h('button', { class: 'btn primary', id: 'new-election', onclick: () => openForm(ctx, openBox, select.value) }, t('发起换届', 'Open an election'))),
    openBox, h('div', { class: 'card' }, tableBox));
  await load();
}

async function openForm(ctx, box, unitId) {
  const { h, t } = ctx;
  const unit = await ctx.unitSelect(Number(unitId));
  const title = ctx.h('input', { name: 'title', value: t('妇联换届选举', 'Election') });
  const date = ctx.h('input', { name: 'electionDate', type: 'date', value: ctx.ui.today() });
  const deadline = ctx.h('input', { name: 'deadline', type: 'date' });
  const term = ctx.h('input', { name: 'termYears', type: 'number', value: '5', min: '1', max: '10' });
  const responsible = ctx.h('input', { name: 'responsible', placeholder: t('筹备组负责人', 'Responsible') });
  const earlyReason = ctx.h('input', { name: 'earlyReason', maxlength: 200, placeholder: t('上届任期未满时必填，将记入审计日志', 'Required within the last term; audited') });
  const quorum = h('select', {}, h('option', { value: '>1/2' }, t('超过半数到会', 'More than half')), h('option', { value: '>=2/3' }, t('不少于三分之二到会', 'At least two thirds')));
  const surplus = ctx.h('input', { name: 'rules', type: 'number', value: '20', min: '0', max: '200' });
  const defaults = { EXECUTIVE: [15, true, true], CHAIR: [1, false, true], VICE_CHAIR: [2, false, true], DELEGATE: [0, false, false], STANDING: [0, false, false] };
  const rows = KINDS.map(([kind, zh, en]) => {
    const [seats, competitive, on] = defaults[kind];
    const use = ctx.h('input', { type: 'checkbox', 'data-kind': kind });
    use.checked = on;
    const n = ctx.h('input', { type: 'number', min: '1', value: String(seats || 1), class: 'short', 'data-kind': kind, 'aria-label': t('名额', 'Seats') });
    const comp = h('select', { 'data-kind': kind, 'aria-label': t('差额或等额', 'Competitive or not') }, h('option', { value: 'true' }, t('差额', 'competitive')), h('option', { value: 'false' }, t('等额', 'one per seat')));
    comp.value = String(competitive);
    return { kind, use, n, comp, node: h('div', { class: 'field' }, h('label', {}, use, ' ', t(zh, en)), n, comp) };
  });
  const submit = async () => {
    try {
      const body = {
        unitId: Number(unit.value), title: title.value, electionDate: date.value, deadline: deadline.value || null,
        termYears: Number(term.value), responsible: responsible.value || null, earlyReason: earlyReason.value.trim() || null,
        positions: rows.filter(r => r.use.checked).map(r => ({ kind: r.kind, seats: Number(r.n.value), competitive: r.comp.value === 'true' })),
        rules: { quorumShare: quorum.value, winningShare: null, surplusPercent: Number(surplus.value) },
      };
      const d = await ctx.api.post('elections', body);
      ctx.notify(t('已发起换届', 'Election opened'));
      ctx.navigate('elections', { id: d.election.id });
    } catch (err) {
      ctx.showError(err);
    }
  };
  box.replaceChildren(h('div', { class: 'card form' },
    h('h3', {}, t('发起换届', 'Open an election')),
    ctx.ui.field(t('单位', 'Unit'), unit), ctx.ui.field(t('名称', 'Title'), title),
    ctx.ui.field(t('选举日期', 'Election date'), date), ctx.ui.field(t('完成时限', 'Deadline'), deadline),
    ctx.ui.field(t('任期（年）', 'Term (years)'), term), ctx.ui.field(t('筹备组负责人', 'Responsible'), responsible),
    ctx.ui.field(t('提前换届理由', 'Reason for an early election'), earlyReason),
    h('h4', {}, t('选举职位与名额', 'Positions and seats')), ...rows.map(r => r.node),
    h('p', { class: 'muted' }, t('主席、副主席、常委由执委会第一次会议从当选执委中等额选举产生。', 'Chair, vice-chairs and standing members are elected by the first meeting from the executive members.')),
    h('h4', {}, t('选举办法', 'Rules')),
    ctx.ui.field(t('法定人数', 'Quorum'), quorum), ctx.ui.field(t('差额比例（%）', 'Surplus (%)'), surplus),
    h('p', { class: 'muted' }, t('当选须获得赞成票超过应到人数的半数。', 'Elected: yes votes from more than half of the voters due.')),
    h('div', { class: 'toolbar' }, h('button', { class: 'btn primary', id: 'open-election', onclick: submit }, t('发起', 'Open')),
      h('button', { class: 'btn', onclick: () => box.replaceChildren() }, t('取消', 'Cancel')))));
}

// ---------------------------------------------------------------- one election

async function renderElection(el, ctx, id) {
  const { h, t } = ctx;
  let d;
  try {
    d = await ctx.api.get('elections/' + id);
  } catch (err) {
    ctx.showError(err);
    return;
  }
  const reload = async (message) => {
    if (message) ctx.notify(message);
    await render(el, ctx);
  };
  const act = (fn, message) => async () => {
    try {
      await fn();
      await reload(message);
    } catch (err) {
      ctx.showError(err);
    }
  };
  const e = d.election;
  // the result protocol and the public notice state a count: they exist once the votes are counted
  const counted = reached(e, 'COUNTED');
  el.replaceChildren(
    h('div', { class: 'toolbar' },
      h('button', { class: 'btn', onclick: () => ctx.navigate('elections', {}) }, t('← 返回列表', '← Back')),
      counted && h('a', { class: 'btn', href: '/api/elections/' + id + '/protocol', target: '_blank' }, t('打印选举结果报告单', 'Print result protocol')),
      counted && h('a', { class: 'btn', href: '/api/elections/' + id + '/notice', target: '_blank' }, t('打印选举结果公告', 'Print public notice'))),
    h('div', { class: 'card' },
      h('h2', {}, e.unitName + ' · ' + e.title),
      h('p', { class: 'muted' }, t('选举日期 ', 'Date ') + e.electionDate + t('　任期', '  term ') + e.termYears + t('年', ' years')
        + (e.deadline ? t('　完成时限 ', '  deadline ') + e.deadline : '') + t('　法定人数：', '  quorum: ') + e.rules.quorumZh
        + t('；当选：赞成票', '; elected: yes ') + e.rules.winningZh + t('应到人数', ' of voters due')
        + t('；差额比例不少于', '; surplus ≥ ') + e.rules.surplusPercent + '%'),
      e.late && ctx.ui.badge('bad', t('已超过完成时限', 'Late')),
      stepsList(ctx, d)),
    nextStepCard(ctx, d, id, act),
    attendanceCard(ctx, d, id, act),
    officialsCard(ctx, d, id, act),
    ...d.positions.map(p => positionCard(ctx, d, p, id, act)),
    await statsCard(ctx, id));
}

/** Whether the election has reached a step (STEPS order). */
function reached(e, step) {
  return STEPS.indexOf(e.step) >= STEPS.indexOf(step);
}

/** 主席、副主席、常委 are elected by the executive committee's first meeting, from the elected executives. */
const atFirstMeeting = (p) => ['CHAIR', 'VICE_CHAIR', 'STANDING'].includes(p.kind);

/**
 * When a position's candidates are nominated (the server's list rule): the congress's after the request is approved
 * until the list is fixed; the first meeting's once the result is published, until the meeting is recorded.
 */
function nominating(e, p) {
  return atFirstMeeting(p) ? reached(e, 'RESULT_PUBLISHED') && !reached(e, 'FIRST_MEETING')
    : reached(e, 'REQUEST_APPROVED') && !reached(e, 'CANDIDATES_APPROVED');
}

/** When a position's votes are entered (the server's counting rule, CountingService). */
function counting(e, p) {
  if (p.kind === 'DELEGATE') return reached(e, 'CANDIDATES_APPROVED') && !reached(e, 'CONGRESS');
  if (p.kind === 'EXECUTIVE') return reached(e, 'CONGRESS') && !reached(e, 'COUNTED');
  return reached(e, 'RESULT_PUBLISHED') && !reached(e, 'FIRST_MEETING');
}

function stepsList(ctx, d) {
  const { h } = ctx;
  const doneIndex = STEPS.indexOf(d.election.step);
  return h('ol', {}, ...STEPS.map((s, i) => {
    const rec = d.steps.filter(r => r.step === s).pop();
    const text = ctx.t(STEP_ZH[i], STEP_EN[i]) + (rec ? '（' + rec.doneOn + (rec.responsible ? '，' + rec.responsible : '') + (rec.documents ? '，' + rec.documents : '') + '）' : '');
    return h('li', {}, i <= doneIndex ? '✓ ' + text : i === doneIndex + 1 ? h('b', {}, '→ ' + text) : text);
  }));
}

function nextStepCard(ctx, d, id, act) {
  const { h, t } = ctx;
  const e = d.election;
  if (!e.nextStep) {
    return h('div', { class: 'card' }, ctx.ui.badge('ok', t('换届已完成并批复备案', 'Filed')), ' ', e.filedOn || '');
  }
  const date = ctx.h('input', { name: 'date', type: 'date', value: ctx.ui.today() });
  const responsible = ctx.h('input', { name: 'responsible' });
  const documents = ctx.h('input', { name: 'documents', placeholder: t('文件、批复文号、会议记录', 'Documents') });
  const verdict = h('p', {}, ctx.ui.badge(d.nextStepCheck.ok ? 'ok' : 'bad', d.nextStepCheck.ok ? t('可以进行', 'Ready') : t('尚不满足', 'Not ready')),
    ' ', d.nextStepCheck.explanation);
  if (e.nextStep === 'FILED') {
    return h('div', { class: 'card form' }, h('h3', {}, t('下一步：', 'Next: ') + stepName(ctx, e.nextStep)),
      h('p', { class: 'muted' }, t('由上级妇联的工作人员在此批复；批复后本单位的领导班子自动更新为新一届。', 'The parent unit approves here; the unit\'s leadership is then replaced.')),
      ctx.can('elections.approve') && ctx.user.unitId !== e.unitId && h('div', {}, ctx.ui.field(t('批复日期', 'Date'), date), ctx.ui.field(t('批复文号', 'Reference'), documents),
        h('button', { class: 'btn primary', id: 'approve-filing', onclick: act(() => ctx.api.post('elections/' + id + '/approve', { date: date.value, documents: documents.value || null }), t('已批复备案', 'Approved')) }, t('批复备案', 'Approve and file'))));
  }
  return h('div', { class: 'card form' }, h('h3', {}, t('下一步：', 'Next: ') + stepName(ctx, e.nextStep)), verdict,
    ctx.can('elections.manage') && h('div', {},
      ctx.ui.field(t('完成日期', 'Date'), date), ctx.ui.field(t('负责人', 'Responsible'), responsible), ctx.ui.field(t('文件', 'Documents'), documents),
      h('button', { class: 'btn primary', id: 'record-step', onclick: act(() => ctx.api.post('elections/' + id + '/steps', {
        step: e.nextStep, date: date.value, responsible: responsible.value || null, documents: documents.value || null, version: e.version,
      }), t('已记录', 'Recorded')) }, t('记录完成：', 'Record: ') + stepName(ctx, e.nextStep))));
}

// live quorum: same arithmetic as the server's Share (">1/2" = more than half, ">=2/3" = at least)
function quorumMet(share, due, present) {
  const m = /^(>=|>)?(\d+)\/(\d+)$/.exec(share);
  if (!m || due <= 0 || present > due) return false;
  const strict = m[1] !== '>=';
  const lhs = present * Number(m[3]);
  const rhs = Number(m[2]) * due;
  return strict ? lhs > rhs : lhs >= rhs;
}

function attendanceCard(ctx, d, id, act) {
  const { h, t } = ctx;
  const e = d.election;
  const due = ctx.h('input', { name: 'votersDue', type: 'number', min: '1', value: String(e.votersDue || '') });
  const present = ctx.h('input', { name: 'votersPresent', type: 'number', min: '0', value: String(e.votersPresent || '') });
  const live = h('p', {}, ctx.ui.badge(e.quorumMet ? 'ok' : 'bad', e.quorumMet ? t('符合法定人数', 'Quorum met') : t('不足法定人数', 'No quorum')), ' ', e.quorumZh);
  const update = () => {
    const ok = quorumMet(e.rules.quorumShare, Number(due.value), Number(present.value));
    live.replaceChildren(ctx.ui.badge(ok ? 'ok' : 'bad', ok ? t('符合法定人数', 'Quorum met') : t('不足法定人数', 'No quorum')),
      ' ', t('应到', 'due ') + due.value + t('人，实到', ', present ') + present.value + t('人（', ' (') + e.rules.quorumZh + t('到会方为有效）', ' needed)'));
  };
  due.oninput = update;
  present.oninput = update;
  const locked = STEPS.indexOf(e.step) >= STEPS.indexOf('CONGRESS');
  return h('div', { class: 'card form', id: 'attendance' }, h('h3', {}, t('应到、实到人数', 'Voters due and present')),
    ctx.ui.field(t('应到人数', 'Due'), due), ctx.ui.field(t('实到人数', 'Present'), present), live,
    !locked && ctx.can('elections.manage') && h('button', { class: 'btn', id: 'save-attendance', onclick: act(() => ctx.api.put('elections/' + id + '/attendance', {
      votersDue: Number(due.value), votersPresent: Number(present.value), version: e.version,
    }), t('已保存', 'Saved')) }, t('保存', 'Save')));
}

function officialsCard(ctx, d, id, act) {
  const { h, t } = ctx;
  const role = h('select', { name: 'role' }, h('option', { value: 'SCRUTINEER' }, t('监票人', 'Scrutineer')), h('option', { value: 'COUNTER' }, t('计票人', 'Counter')));
  const name = ctx.h('input', { name: 'name', placeholder: t('姓名', 'Name') });
  const personId = ctx.h('input', { name: 'personId', type: 'number', placeholder: t('人员编号（可不填）', 'Person id (optional)') });
  const locked = STEPS.indexOf(d.election.step) >= STEPS.indexOf('CONGRESS');
  return h('div', { class: 'card form', id: 'officials' }, h('h3', {}, t('监票人、计票人', 'Scrutineers and counters')),
    h('p', { class: 'muted' }, t('候选人不得担任监票人、计票人。', 'Candidates may not be scrutineers or counters.')),
    ctx.table([
      { title: t('职责', 'Role'), value: o => o.roleZh },
      { title: t('姓名', 'Name'), value: o => o.name },
      { title: '', value: o => !locked && ctx.can('elections.manage') ? h('button', { class: 'btn danger', onclick: act(() => ctx.api.del('elections/' + id + '/officials/' + o.id)) }, t('删除', 'Remove')) : '' },
    ], d.officials),
    !locked && ctx.can('elections.manage') && h('div', { class: 'toolbar' }, role, name, personId,
      h('button', { class: 'btn', id: 'add-official', onclick: act(() => ctx.api.post('elections/' + id + '/officials', {
        role: role.value, name: name.value, personId: personId.value ? Number(personId.value) : null,
      }), t('已添加', 'Added')) }, t('添加', 'Add'))));
}

function positionCard(ctx, d, p, id, act) {
  const { h, t } = ctx;
  const running = p.candidates.filter(c => !c.elected && (p.revoteAmong.length === 0 || p.revoteAmong.includes(c.id)));
  return h('div', { class: 'card', 'data-position': p.kind },
    h('h3', {}, p.kindZh + t('（应选', ' (seats ') + p.seats + t('名，', ', ') + (p.competitive ? t('差额', 'competitive') : t('等额', 'one per seat')) + '）',
      ' ', ctx.ui.badge(p.elected >= p.seats ? 'ok' : 'warn', t('已当选 ', 'elected ') + p.elected + '/' + p.seats)),
    h('p', {}, ctx.ui.badge(p.candidateList.ok ? 'ok' : 'bad', p.candidateList.ok ? t('名单符合要求', 'List ok') : t('名单不符合要求', 'List not ok')), ' ', p.candidateList.explanation),
    p.revoteAmong.length > 0 && h('p', {}, ctx.ui.badge('warn', t('须另行投票', 'Re-vote needed')), ' ',
      t('最后一个名额票数相等，请在下方录入另行投票的结果。', 'Tie at the last seat: enter the re-vote below.')),
    ctx.table([
      { title: t('姓名', 'Name'), value: c => c.name },
      { title: t('年龄', 'Age'), value: c => c.age >= 0 ? String(c.age) : '—' },
      { title: t('学历', 'Education'), value: c => c.educationZh || '—' },
      { title: t('党员', 'Party'), value: c => c.partyMember ? '是' : '' },
      { title: t('界别/职业', 'Sector'), value: c => c.sector || '' },
      { title: t('两委', '2 committees'), value: c => c.inTwoCommittees ? '是' : '' },
      { title: t('得票', 'Votes'), value: c => c.elected ? ctx.ui.badge('ok', t('当选 ', 'elected ') + c.votes) : '' },
      { title: '', value: c => p.rounds.length === 0 && nominating(d.election, p) && ctx.can('elections.manage') ? h('button', { class: 'btn danger', onclick: act(() => ctx.api.del('elections/' + id + '/candidates/' + c.id)) }, t('删除', 'Remove')) : '' },
    ], p.candidates),
    ctx.can('elections.manage') && nominating(d.election, p) && candidateForm(ctx, d, p, id, act),
    ...p.rounds.map(r => roundView(ctx, r)),
    p.explanation && h('p', { class: 'pre-line' }, p.explanation),
    ctx.can('elections.count') && counting(d.election, p) && p.elected < p.seats && running.length > 0 && countForm(ctx, d, p, running, id, act),
    ctx.can('elections.override') && p.candidates.length > 0 && d.election.step !== 'FILED' && overrideForm(ctx, p, id, act));
}

/**
 * 提名候选人: one person found by name or ID number (资格审查 at the server, its refusal at the form), or a whole
 * list pasted or uploaded through core's import path (checked first, then all or nothing).
 */
function candidateForm(ctx, d, p, id, act) {
  const { h, t, ui } = ctx;
  const reload = (message) => act(async () => {}, message)();
  const nominate = ui.form({ submit: t('提名候选人', 'Nominate'), submitId: 'nominate-' + p.id, grid: true,
    onsubmit: async (v) => {
      await ctx.api.post('elections/' + id + '/candidates', { positionId: p.id, personId: v.personId ? Number(v.personId) : 0,
        sector: v.sector, inTwoCommittees: v.inTwoCommittees, fullTime: v.fullTime });
      await reload(t('已提名（已通过资格审查）', 'Nominated'));
    },
    extra: ui.button(t('从名单导入', 'Import a list'), () => importList(), { id: 'import-candidates-' + p.id }) },
  ui.field(t('候选人', 'Candidate'), ui.personPicker({ unitId: () => d.election.unitId }), true),
  ui.field(t('界别/职业', 'Sector'), ui.input('sector', '', { maxlength: 50, placeholder: t('如网格员、教师', 'e.g. grid worker') })),
  ui.field(t('进两委', 'In the 2 committees'), ui.checkbox('inTwoCommittees', false)),
  ui.field(t('专职', 'Full-time'), ui.checkbox('fullTime', false)));

  function importList() {
    let dialog = null;
    const importer = ui.importer({
      checkId: 'import-candidates-check',
      templates: [[t('下载Excel模板', 'Excel template'), '/api/elections/' + id + '/candidates/import/template.xlsx']],
      pasteHint: t('从表格复制整块粘贴到这里，第一行为表头：姓名、身份证号、界别、两委成员、专职', 'Paste cells, header first: 姓名, 身份证号, 界别, 两委成员, 专职'),
      request: () => ({ positionId: p.id }),
      preview: (req) => ctx.api.post('elections/' + id + '/candidates/import/preview', req),
      commit: (req) => ctx.api.post('elections/' + id + '/candidates/import/commit', req),
      counts: (r) => t('提名 ' + r.created + ' 人（均已通过资格审查）', r.created + ' nominated'),
      showAbsent: false,
      done: async (r) => { if (dialog) dialog.close(); await reload(t('已提名 ' + r.created + ' 人', r.created + ' nominated')); },
    });
    dialog = ui.dialog(p.kindZh + t('候选人名单导入', ': import candidates'), importer, { wide: true });
  }
  return nominate;
}

function roundView(ctx, r) {
  const { h, t } = ctx;
  return h('div', { class: 'card' },
    h('h4', {}, t('第', 'Round ') + r.roundNo + t('轮 ', ' ') , ctx.ui.badge(r.outcome === 'VALID' ? 'ok' : 'bad', r.outcome === 'VALID' ? t('有效', 'valid') : t('无效，须重新投票', 'void, re-run'))),
    ctx.table([
      { title: t('姓名', 'Name'), value: x => x.name + (x.writeIn ? t('（另选人）', ' (write-in)') : '') },
      { title: t('赞成', 'Yes'), value: x => String(x.yes) },
      { title: t('反对', 'No'), value: x => String(x.no) },
      { title: t('弃权', 'Abstain'), value: x => String(x.abstain) },
      { title: t('结果', 'Result'), value: x => x.elected ? ctx.ui.badge('ok', t('当选', 'elected')) : x.tied ? ctx.ui.badge('warn', t('票数相等', 'tied')) : '' },
    ], r.tallies),
    h('p', { class: 'pre-line muted' }, r.explanation));
}

function countForm(ctx, d, p, running, id, act) {
  const { h, t } = ctx;
  const firstMeeting = atFirstMeeting(p);
  const due = ctx.h('input', { name: 'votersDue', type: 'number', placeholder: firstMeeting ? t('默认为当选执委人数', 'default: elected executives') : t('默认为大会应到人数', 'default: congress due') });
  const present = ctx.h('input', { name: 'votersPresent', type: 'number', placeholder: firstMeeting ? '' : t('默认为大会实到人数', 'default: congress present') });
  const issued = ctx.h('input', { name: 'issued', type: 'number', min: '0' });
  const mode = h('select', { name: 'ballots' }, h('option', { value: 'TALLY' }, t('按计票单录入', 'From the counting sheet')), h('option', { value: 'BALLOTS' }, t('逐张录入选票', 'Ballot by ballot')));
  const body = h('div');
  const num = (extra) => ctx.h('input', Object.assign({ type: 'number', min: '0', value: '0', class: 'short' }, extra || {}));
  let collect;
  const showTally = () => {
    const returned = num({ name: 'returned' }); const valid = num({ name: 'valid' }); const invalid = num({ name: 'invalid' });
    // named after the API's fields, so that a refused figure is marked at its input
    const lines = running.map((c, i) => ({ c, yes: num({ name: 'tallies[' + i + '].yes' }), no: num({ name: 'tallies[' + i + '].no' }),
      abstain: num({ name: 'tallies[' + i + '].abstain' }) }));
    const writeName = ctx.h('input', { placeholder: t('另选人姓名', 'Write-in name') });
    const writeYes = num();
    body.replaceChildren(
      h('div', { class: 'toolbar' }, t('收回', 'Returned'), returned, t('有效', 'Valid'), valid, t('无效', 'Invalid'), invalid),
      ctx.table([
        { title: t('候选人', 'Candidate'), value: l => l.c.name },
        { title: t('赞成', 'Yes'), value: l => l.yes }, { title: t('反对', 'No'), value: l => l.no }, { title: t('弃权', 'Abstain'), value: l => l.abstain },
      ], lines),
      h('div', { class: 'toolbar' }, writeName, t('得票', 'votes'), writeYes));
    collect = () => ({
      returned: Number(returned.value), valid: Number(valid.value), invalid: Number(invalid.value),
      tallies: lines.map(l => ({ candidateId: l.c.id, yes: Number(l.yes.value), no: Number(l.no.value), abstain: Number(l.abstain.value) })),
      writeIns: writeName.value ? [{ name: writeName.value, yes: Number(writeYes.value) }] : [],
    });
  };
  const showBallots = () => {
    const ballots = [];
    const list = h('div');
    const counter = h('p', { class: 'muted' });
    const addBallot = () => {
      const marks = running.map(c => {
        const s = h('select', {}, h('option', { value: 'ABSTAIN' }, t('弃权', 'abstain')), h('option', { value: 'YES' }, t('赞成', 'yes')), h('option', { value: 'NO' }, t('反对', 'no')));
        return { c, s };
      });
      const writeIn = ctx.h('input', { placeholder: t('另选人（可空）', 'Write-in') });
      ballots.push({ marks, writeIn });
      list.append(h('div', { class: 'toolbar' }, t('第', '#') + ballots.length + t('张', ''), ...marks.map(m => h('label', {}, m.c.name, ' ', m.s)), writeIn));
      counter.textContent = t('已录入选票 ', 'Ballots entered: ') + ballots.length + t(' 张（赞成超过应选名额', ' (a ballot with more yes votes than ') + p.seats + t('名的选票作废）', ' seats is invalid)');
    };
    body.replaceChildren(list, counter, h('button', { class: 'btn', onclick: addBallot }, t('添加一张选票', 'Add a ballot')));
    addBallot();
    collect = () => ({
      ballots: ballots.map(b => ({
        marks: Object.fromEntries(b.marks.map(m => [String(m.c.id), m.s.value])),
        writeIns: b.writeIn.value ? [b.writeIn.value] : [],
      })),
    });
  };
  mode.onchange = () => (mode.value === 'TALLY' ? showTally() : showBallots());
  showTally();
  const submit = act(() => ctx.api.post('elections/' + id + '/positions/' + p.id + '/rounds', Object.assign({
    votersDue: due.value ? Number(due.value) : null, votersPresent: present.value ? Number(present.value) : null,
    issued: Number(issued.value || 0),
  }, collect())), t('计票结果已录入', 'Count entered'));
  return h('div', { class: 'card form' }, h('h4', {}, t('录入计票结果（第', 'Enter the count (round ') + (p.rounds.length + 1) + t('轮）', ')')),
    h('p', { class: 'muted' }, t('本轮候选人：', 'Running: ') + running.map(c => c.name).join('、')),
    ctx.ui.field(t('应到人数', 'Due'), due), ctx.ui.field(t('实到人数', 'Present'), present), ctx.ui.field(t('发出选票', 'Issued'), issued),
    ctx.ui.field(t('录入方式', 'Mode'), mode), body,
    h('button', { class: 'btn primary', id: 'submit-count-' + p.id, onclick: submit }, t('提交计票结果', 'Submit count')));
}

function overrideForm(ctx, p, id, act) {
  const { h, t } = ctx;
  const boxes = p.candidates.map(c => {
    const b = ctx.h('input', { type: 'checkbox' });
    b.checked = c.elected;
    return { c, b };
  });
  const reason = ctx.h('input', { name: 'reason', placeholder: t('改判理由（必填），如：大会鼓掌通过', 'Reason (required)') });
  return h('details', {}, h('summary', {}, t('改判当选人（须写明理由，留痕审计）', 'Override (reason required, audited)')),
    h('div', { class: 'toolbar' }, ...boxes.map(x => h('label', {}, x.b, ' ', x.c.name)), reason,
      h('button', { class: 'btn danger', onclick: act(() => ctx.api.post('elections/' + id + '/positions/' + p.id + '/override', {
        candidateIds: boxes.filter(x => x.b.checked).map(x => x.c.id), reason: reason.value,
      }), t('已改判', 'Overridden')) }, t('确认改判', 'Override'))));
}

async function statsCard(ctx, id) {
  const { h, t } = ctx;
  try {
    const s = await ctx.api.get('elections/' + id + '/stats');
    const row = (label, c) => c ? [label + c.groupZh, String(c.count), c.averageAge == null ? '—' : String(c.averageAge), String(c.under35), String(c.college), String(c.partyMembers), String(c.inTwoCommittees)] : null;
    const rows = [...s.before.map(c => row(t('上届', 'Before: '), c)), ...s.after.map(c => row(t('本届', 'Now: '), c))].filter(Boolean);
    return h('div', { class: 'card' }, h('h3', {}, t('班子结构（与上届对比）', 'Composition against the previous term')),
      ctx.table(['', t('人数', 'Count'), t('平均年龄', 'Avg age'), t('35岁以下', 'Under 35'), t('大专及以上', 'College+'), t('党员', 'Party'), t('进两委', 'In 2 committees')]
        .map((title, i) => ({ title, value: r => r[i] })), rows));
  } catch (err) {
    return h('div', { class: 'card muted' }, err.message);
  }
}
