// 维权个案: the case register of the caller's subtree (filters by kind, status, source and year), a case's page with
// its parties, timeline, orders and actions, and the intake form. Parties' data stay masked until a holder of
// rights.reveal opens the case with a reason (audited).
import { KINDS, INFRINGEMENTS, SOURCES, OUTCOMES, ROLES, ACTIONS, ORDER_KINDS, ORDER_STATUS, reveal } from './labels.js';

export async function render(el, ctx) {
  if (ctx.params.id) return caseView(el, ctx, Number(ctx.params.id));
  const { h, t, ui } = ctx;
  el.textContent = '';
  const year = new Date().getFullYear();
  const units = await ctx.unitSelect(ctx.params.unitId || ctx.user.unitId);
  const box = h('div', { id: 'case-list' });
  let page = 1;
  const bar = ui.filters([
    ui.field(t('单位', 'Unit'), units),
    ui.field(t('年度', 'Year'), ui.number('year', year, { min: 1900, max: 2100 })),
    ui.field(t('类别', 'Kind'), ui.select('kind', KINDS, '', { empty: t('全部', 'All') })),
    ui.field(t('来源', 'Source'), ui.select('source', SOURCES, '', { empty: t('全部', 'All') })),
    ui.field(t('状态', 'Status'), ui.select('status', { OPEN: ['办理中', 'Open'], CLOSED: ['已结案', 'Closed'] }, '', { empty: t('全部', 'All') })),
  ], () => { page = 1; load(); });
  const load = async () => {
    const v = bar.values();
    const q = new URLSearchParams({ unitId: v.unitId, year: v.year || year, page, size: 20 });
    for (const k of ['kind', 'source', 'status']) if (v[k]) q.set(k, v[k]);
    try {
      const data = await ctx.api.get('rights/cases?' + q);
      box.replaceChildren(ctx.table([
        { title: t('受理日期', 'Intake'), key: true, value: (c) => h('a', { href: '#/page/rights-cases?id=' + c.id }, c.intakeOn) },
        { title: t('单位', 'Unit'), value: (c) => c.unitName },
        { title: t('类别', 'Kind'), value: (c) => ui.label(KINDS, c.kind) },
        { title: t('来源', 'Source'), value: (c) => ui.label(SOURCES, c.source) },
        { title: t('求助人', 'Applicant'), value: (c) => c.applicant || '' },
        { title: t('承办人', 'Handler'), value: (c) => c.handler },
        { title: t('状态', 'Status'), value: (c) => c.outcome ? ui.status(OUTCOMES, c.outcome) : ui.badge('warn', t('办理中', 'Open')) },
      ], data.items, { empty: t('本年度没有登记维权个案。', 'No cases this year.') }), ui.pager(data, (p) => { page = p; load(); }));
    } catch (err) { ctx.showError(err); }
  };
  const intake = async () => {
    const rows = [
      ui.field(t('承办单位', 'Unit'), await ctx.unitSelect(units.value), true),
      ui.field(t('受理日期', 'Intake date'), ui.date('intakeOn', ui.today()), true),
      ui.field(t('来源', 'Source'), ui.select('source', SOURCES, 'VISIT'), true),
      ui.field(t('转介单位', 'Referred by'), ui.input('referredBy', '', { maxlength: 100, placeholder: t('如：网格员、派出所、法院', 'e.g. grid worker, police') }),
        { hint: t('来源为“转介”时必填', 'Required for a referral') }),
      ui.field(t('类别', 'Kind'), ui.select('kind', KINDS, 'MARITAL_DISPUTE'), true),
      ui.field(t('侵害类别', 'Right infringed'), ui.select('infringement', INFRINGEMENTS, '', { empty: t('（非权益侵害）', '(n/a)') })),
      ui.field(t('求助人姓名', 'Applicant'), ui.input('applicantName', '', { maxlength: 50 }), true),
      ui.field(t('求助人电话', 'Phone'), ui.input('applicantPhone', '', { maxlength: 30, inputmode: 'tel' })),
      ui.field(t('对方当事人', 'Respondent'), ui.input('respondentName', '', { maxlength: 50 })),
      ui.field(t('诉求', 'Request'), ui.textarea('request', '', { maxlength: 1000 }), { wide: true }),
      ui.field(t('基本情况', 'Narrative'), ui.textarea('narrative', '', { maxlength: 4000, rows: 4 }), { wide: true }),
      ui.field(t('承办人', 'Handler'), ui.input('handler', ctx.user.displayName || '', { maxlength: 50 }), true),
      ui.field(t('来访人次', 'Visitors'), ui.number('visitors', 1, { min: 0 })),
    ];
    ui.formDialog(t('登记维权个案', 'Record a case'), {
      wide: true, submit: t('登记', 'Record'),
      onsubmit: async (v, form) => {
        const parties = [];
        if (v.applicantName) parties.push({ role: 'APPLICANT', name: v.applicantName, phone: v.applicantPhone });
        if (v.respondentName) parties.push({ role: 'RESPONDENT', name: v.respondentName });
        const body = { unitId: Number(v.unitId), intakeOn: v.intakeOn, source: v.source, referredBy: v.referredBy, kind: v.kind,
          infringement: v.infringement, request: v.request, narrative: v.narrative, handler: v.handler, visitors: v.visitors, parties };
        try {
          const c = await ctx.api.post('rights/cases', body);
          ctx.notify(t('已登记', 'Recorded'));
          ctx.navigate('rights-cases', { id: c.id });
        } catch (err) {
          // the parties' fields of the API are the applicant's and respondent's controls of this form
          const b = err && err.body;
          if (b && b.fields) b.fields = b.fields.map((f) => ({ ...f, field: f.field === 'parties[0].name' ? 'applicantName'
            : f.field === 'parties[0].phone' ? 'applicantPhone' : f.field === 'parties[1].name' ? 'respondentName' : f.field }));
          throw err;
        }
      },
    }, ...rows);
  };
  el.append(h('div', { class: 'card' },
    ui.section(t('维权个案台账', 'Case register'), ctx.can('rights.manage') ? ui.button(t('登记个案', 'New case'), intake, { kind: 'primary', id: 'new-case' }) : null),
    h('p', { class: 'muted' }, t('当事人信息已脱敏；查看完整信息须填写原因并记入审计日志。', 'Personal data is masked; opening it needs a reason and is audited.')),
    bar, box));
  await load();
}

async function caseView(el, ctx, id) {
  const { h, t, ui } = ctx;
  const show = (c) => {
    el.replaceChildren(h('div', { class: 'card', id: 'case-view' },
      ui.section(t('维权个案', 'Case') + ' #' + c.id,
        h('a', { class: 'btn', href: '#/page/rights-cases' }, t('返回台账', 'Back to register')),
        !c.revealed && ctx.can('rights.reveal') ? ui.button(t('查看完整信息（留痕）', 'Open personal data (audited)'), async () => {
          const full = await reveal(ctx, 'rights/cases/' + id + '/reveal');
          if (full) show(full);
        }, { id: 'reveal-case' }) : null),
      h('dl', { class: 'facts' },
        fact(t('承办单位', 'Unit'), c.unitName), fact(t('受理日期', 'Intake'), c.intakeOn),
        fact(t('来源', 'Source'), ui.label(SOURCES, c.source) + (c.referredBy ? '（' + c.referredBy + '）' : '')),
        fact(t('类别', 'Kind'), ui.label(KINDS, c.kind) + (c.infringement ? '（' + ui.label(INFRINGEMENTS, c.infringement) + '）' : '')),
        fact(t('承办人', 'Handler'), c.handler), fact(t('来访人次', 'Visitors'), String(c.visitors)),
        fact(t('诉求', 'Request'), c.revealed ? c.request || '' : t('（已隐藏）', '(hidden)')),
        fact(t('基本情况', 'Narrative'), c.revealed ? c.narrative || '' : t('（已隐藏）', '(hidden)')),
        fact(t('结果', 'Outcome'), c.outcome ? ui.label(OUTCOMES, c.outcome) + (c.outcomeNote ? '：' + c.outcomeNote : '') + '（' + c.closedOn + '）'
          : t('办理中', 'Open'))),
      h('h3', null, t('当事人', 'Parties')),
      ctx.table([
        { title: t('身份', 'Role'), value: (p) => ui.label(ROLES, p.role) },
        { title: t('姓名', 'Name'), key: true, value: (p) => p.name },
        { title: t('电话', 'Phone'), value: (p) => p.phone || '' },
        { title: t('住址', 'Address'), value: (p) => c.revealed ? p.address || '' : t('（已隐藏）', '(hidden)') },
      ], c.parties),
      h('h3', null, t('处理经过', 'Timeline')),
      ctx.table([
        { title: t('日期', 'Date'), key: true, value: (a) => a.actedOn },
        { title: t('措施', 'Action'), value: (a) => ui.label(ACTIONS, a.kind) },
        { title: t('调解员', 'Mediators'), value: (a) => a.mediators || '' },
        { title: t('结果', 'Result'), value: (a) => a.result || '' },
        { title: t('记录', 'Note'), value: (a) => c.revealed ? a.note || '' : (a.note === null ? t('（已隐藏）', '(hidden)') : '') },
        { title: t('记录人', 'By'), value: (a) => a.recordedBy },
      ], c.actions, { empty: t('尚无处理记录', 'No actions yet') }),
      h('h3', null, t('保护令与告诫书', 'Orders and warning letters')),
      ctx.table([
        { title: t('类型', 'Kind'), key: true, value: (o) => ui.label(ORDER_KINDS, o.kind) + (o.urgent ? t('（紧急）', ' (urgent)') : '') },
        { title: t('申请/出具日期', 'Filed'), value: (o) => o.appliedOn },
        { title: t('状态', 'Status'), value: (o) => ui.status(ORDER_STATUS, o.status) },
        { title: t('决定日期', 'Decided'), value: (o) => o.decidedOn || (o.decisionDue ? t('应于', 'due ') + o.decisionDue + t('前决定', '') : '') },
        { title: t('有效期至', 'Valid until'), value: (o) => o.validUntil || '' },
      ], c.orders, { empty: t('无', 'None') }),
      c.closedOn || !ctx.can('rights.manage') ? null : h('div', { class: 'actions' },
        ui.button(t('添加处理记录', 'Add action'), () => actionForm(c), { id: 'add-action' }),
        c.revealed ? ui.button(t('修改受理信息', 'Edit intake'), () => editForm(c), { id: 'edit-case' }) : null,
        ui.button(t('申请保护令/登记告诫书', 'Order or letter'), () => orderForm(c), { id: 'add-order' }),
        ui.button(t('结案', 'Close case'), () => closeForm(c), { id: 'close-case', kind: 'primary' }))));
  };
  const fact = (term, value) => [h('dt', null, term), h('dd', null, value == null ? '' : value)];
  const reload = async () => show(await ctx.api.get('rights/cases/' + id));
  const actionForm = async (c) => {
    // the shelters (core stations of kind SHELTER) of the case's unit, for a shelter stay
    const shelters = (await ctx.api.get('orgs/' + c.unitId + '/stations').catch(() => [])).filter((s) => s.kind === 'SHELTER');
    const kind = ui.select('kind', ACTIONS, 'MEDIATION');
    const shelter = ui.field(t('庇护场所', 'Shelter'), ui.select('stationId', shelters.map((s) => [s.id, s.name]), '', { empty: t('（未选择）', '(none)') }));
    shelter.hidden = true;
    kind.addEventListener('change', () => { shelter.hidden = kind.value !== 'SHELTER' || !shelters.length; });
    return actionFormWith(c, kind, shelter);
  };
  const actionFormWith = (c, kind, shelter) => ui.formDialog(t('添加处理记录', 'Add action'), {
    onsubmit: async (v) => {
      const body = { ...v, stationId: v.kind === 'SHELTER' && v.stationId ? Number(v.stationId) : null };
      show(await ctx.api.post('rights/cases/' + c.id + '/actions', body));
      ctx.notify(t('已添加', 'Added'));
    },
  }, ui.field(t('日期', 'Date'), ui.date('actedOn', ui.today()), true),
  ui.field(t('措施', 'Action'), kind, true), shelter,
  ui.field(t('调解员', 'Mediators'), ui.input('mediators', '', { maxlength: 200 }), { hint: t('调解时必填', 'Required for a mediation') }),
  ui.field(t('结果', 'Result'), ui.input('result', '', { maxlength: 200 })),
  ui.field(t('记录', 'Note'), ui.textarea('note', '', { maxlength: 1000 }), { wide: true }));
  const orderForm = (c) => ui.formDialog(t('申请保护令/登记告诫书', 'Protection order or warning letter'), {
    onsubmit: async (v) => { await ctx.api.post('rights/orders', { ...v, caseId: c.id }); await reload(); ctx.notify(t('已登记', 'Recorded')); },
  }, ui.field(t('类型', 'Kind'), ui.select('kind', ORDER_KINDS, 'PROTECTION_ORDER'), true),
  ui.field(t('申请（出具）日期', 'Filed on'), ui.date('appliedOn', ui.today()), true),
  ui.field(t('紧急申请（24小时内作出）', 'Urgent (24 h)'), ui.checkbox('urgent', false)),
  ui.field(t('出具单位', 'Issued by'), ui.input('issuedBy', '', { maxlength: 100, placeholder: t('如：xx派出所、xx区人民法院', 'e.g. police station, court') })));
  // an edit sends only what changed (the case as revealed is the starting point; masked values are never sent back)
  const editForm = (c) => ui.formDialog(t('修改受理信息', 'Edit intake'), {
    wide: true,
    onsubmit: async (v) => {
      const body = { version: c.version };
      for (const k of ['intakeOn', 'source', 'referredBy', 'kind', 'request', 'narrative', 'handler', 'visitors']) {
        if (v[k] !== (c[k] == null ? null : c[k])) body[k] = v[k];
      }
      await ctx.api.put('rights/cases/' + c.id, body);
      ctx.notify(t('已保存', 'Saved'));
      await reload();
    },
  }, ui.field(t('受理日期', 'Intake date'), ui.date('intakeOn', c.intakeOn), true),
  ui.field(t('来源', 'Source'), ui.select('source', SOURCES, c.source), true),
  ui.field(t('转介单位', 'Referred by'), ui.input('referredBy', c.referredBy || '', { maxlength: 100 })),
  ui.field(t('类别', 'Kind'), ui.select('kind', KINDS, c.kind), true),
  ui.field(t('诉求', 'Request'), ui.textarea('request', c.request || '', { maxlength: 1000 }), { wide: true }),
  ui.field(t('基本情况', 'Narrative'), ui.textarea('narrative', c.narrative || '', { maxlength: 4000, rows: 4 }), { wide: true }),
  ui.field(t('承办人', 'Handler'), ui.input('handler', c.handler, { maxlength: 50 }), true),
  ui.field(t('来访人次', 'Visitors'), ui.number('visitors', c.visitors, { min: 0 })));
  const closeForm = (c) => ui.formDialog(t('结案', 'Close the case'), {
    onsubmit: async (v) => { show(await ctx.api.post('rights/cases/' + c.id + '/close', { ...v, version: c.version })); ctx.notify(t('已结案', 'Closed')); },
  }, ui.field(t('结果', 'Outcome'), ui.select('outcome', OUTCOMES, '', { empty: t('请选择', 'Choose') }), true),
  ui.field(t('说明（转介须写明转至何处）', 'Note (to whom, for a referral)'), ui.input('note', '', { maxlength: 200 })),
  ui.field(t('结案日期', 'Closed on'), ui.date('closedOn', ui.today()), true));
  try { await reload(); } catch (err) { ctx.showError(err); }
}
