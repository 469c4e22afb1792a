// 救助对象: the list of beneficiaries in the caller's subtree, a card per person, and "apply for aid".
import { show } from './common.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const categories = await ctx.api.get('aid/categories');
  const catName = Object.fromEntries(categories.map(c => [c.code, ctx.lang === 'zh' ? c.nameZh : c.nameEn]));
  const unitSel = await ctx.unitSelect(ctx.params.unitId || ctx.user.unitId);
  const catSel = ctx.ui.select(null, [['', t('全部类别', 'All categories')], ...categories.map(c => [c.code, catName[c.code]])], '');
  const reveal = ctx.h('input', { type: 'checkbox' });
  const list = ctx.h('div', {});
  const card = ctx.h('div', {});

  async function load(pageNo) {
    try {
      const q = 'aid/beneficiaries?unitId=' + unitSel.value + (catSel.value ? '&category=' + catSel.value : '')
        + (reveal.checked ? '&reveal=true' : '') + '&page=' + (pageNo || 1) + '&size=50';
      const page = await ctx.api.get(q);
      const rows = page.items;
      const picked = new Set();
      const pick = r => {
        const box = ctx.h('input', { type: 'checkbox' });
        box.onchange = () => (box.checked ? picked.add(r.personId) : picked.delete(r.personId));
        return box;
      };
      show(list, ctx.ui.pager(page, load),
        ctx.can('aid.apply') ? await bulkBar(picked) : null,
        ctx.table([
          { title: '', value: pick },
          { title: t('姓名', 'Name'), value: r => r.name },
          { title: t('年龄', 'Age'), value: r => String(r.age) },
          { title: t('困难类别', 'Categories'), value: r => r.categories.map(c => catName[c] || c).join('、') },
          { title: t('银行账号', 'Bank account'), value: r => r.bankAccount || '' },
          { title: t('监护人', 'Guardian'), value: r => r.guardianName || '' },
          { title: '', value: r => ctx.h('button', { class: 'btn', onclick: () => openCard(r.id) }, t('查看 / 申请', 'Open / apply')) },
        ], rows));
    } catch (e) { ctx.showError(e); }
  }

  /** Apply for everyone ticked at once (e.g. a festival visit list); shows who was refused and why. */
  async function bulkBar(picked) {
    const programmes = (await ctx.api.get('aid/programmes')).filter(p => p.active);
    const prog = ctx.ui.select('programmeId', programmes.map(p => [p.id, p.name]), '');
    const reason = ctx.h('input', { name: 'reason', placeholder: t('申请理由，如：春节慰问', 'Reason') });
    const amount = ctx.h('input', { placeholder: t('金额（元）', 'Amount'), size: 8 });
    const go = async () => {
      if (picked.size === 0) { ctx.showError(new Error(t('请先勾选人员', 'Tick people first'))); return; }
      const body = { programmeId: Number(prog.value), personIds: [...picked], reason: reason.value, appliedOn: ctx.ui.today() };
      if (amount.value) body.amountFen = ctx.ui.toFen(amount.value);
      try {
        const r = await ctx.api.post('aid/applications/bulk', body);
        const refused = r.lines.filter(l => l.refusal);
        ctx.notify(t('已提交 ' + r.created + ' 份申请', r.created + ' submitted'));
        show(card, refused.length ? ctx.h('div', { class: 'card' }, ctx.h('h4', {}, t('未能申请的人员', 'Refused')),
          ctx.table([
            { title: t('人员编号', 'Person'), value: l => String(l.personId) },
            { title: t('原因', 'Reason'), value: l => l.refusal },
          ], refused)) : null);
      } catch (e) { ctx.showError(e); }
    };
    return ctx.h('div', { class: 'toolbar' }, t('勾选人员批量申请：', 'Apply for the ticked: '), prog, reason, amount,
      ctx.h('button', { class: 'btn', onclick: go }, t('批量申请', 'Apply for all')));
  }

  async function openCard(id) {
    try {
      const b = await ctx.api.get('aid/beneficiaries/' + id + (reveal.checked ? '?reveal=true' : ''));
      const programmes = (await ctx.api.get('aid/programmes')).filter(p => p.active);
      const prog = ctx.ui.select('programmeId', programmes.map(p => [p.id, p.name]), '');
      const reason = ctx.h('input', { name: 'reason', placeholder: t('申请理由', 'Reason') });
      const amount = ctx.h('input', { name: 'amountFen', placeholder: t('金额（元），固定标准的项目可不填', 'Amount in yuan') });
      const goods = ctx.h('input', { placeholder: t('物资名称（发放物资时填写）', 'Goods') });
      const served = servedFields(ctx, b, catName);
      const checkOut = ctx.h('div', {});
      const check = async () => {
        const r = await ctx.api.get('aid/applications/check?programmeId=' + prog.value + '&personId=' + b.personId);
        show(checkOut, r.eligible ? ctx.h('span', { class: 'badge ok' }, t('符合条件', 'Eligible'))
          : ctx.h('div', {}, ...r.reasons.map(x => ctx.h('div', { class: 'badge bad' }, x))));
      };
      prog.onchange = () => check().catch(ctx.showError);
      const submit = async () => {
        const body = { programmeId: Number(prog.value), personId: b.personId, reason: reason.value, appliedOn: ctx.ui.today() };
        if (amount.value) {
          const fen = ctx.ui.toFen(amount.value);
          if (fen === null) { ctx.showError(new Error(t('金额格式不正确', 'Invalid amount'))); return; }
          body.amountFen = fen;
        }
        if (goods.value) body.goods = goods.value;
        Object.assign(body, served.values());
        try {
          const a = await ctx.api.post('aid/applications', body);
          ctx.notify(t('已提交申请，金额 ' + ctx.ui.yuan(a.amountFen) + ' 元，等待' + (a.nextLevel || '') + '审核', 'Application submitted'));
        } catch (e) { ctx.showError(e); }
      };
      show(card, ctx.h('div', { class: 'card' },
        ctx.h('h3', {}, b.name + '（' + (b.sex === 'F' ? t('女', 'F') : t('男', 'M')) + '，' + b.age + t('岁', '') + '）'),
        ctx.h('div', { class: 'grid2' },
          ctx.h('div', {}, t('困难类别：', 'Categories: ') + b.categories.map(c => catName[c] || c).join('、')),
          ctx.h('div', {}, t('家庭情况：', 'Household: ') + (b.household || '')),
          ctx.h('div', {}, t('开户银行：', 'Bank: ') + (b.bankName || '') + ' ' + (b.bankAccount || '')),
          ctx.h('div', {}, t('监护人：', 'Guardian: ') + (b.guardianName || '') + ' ' + (b.guardianRelation || '')),
          ctx.h('div', {}, t('健康信息同意日期：', 'Health consent: ') + (b.healthConsentOn || t('未取得', 'none'))),
          ctx.h('div', {}, t('认定日期：', 'Recognised on: ') + (b.recognizedOn || ''))),
        ctx.can('aid.apply') ? ctx.h('button', { class: 'btn', onclick: () => editForm(b) }, t('修改信息', 'Edit')) : null,
        ctx.h('h4', {}, t('申请救助', 'Apply for aid')),
        ctx.h('div', { class: 'form' }, ctx.ui.field(t('救助项目', 'Programme'), prog), ctx.ui.field(t('理由', 'Reason'), reason),
          ctx.ui.field(t('金额', 'Amount'), amount), ctx.ui.field(t('物资', 'Goods'), goods), ...served.fields, checkOut,
          ctx.h('button', { class: 'btn primary', onclick: submit }, t('提交申请', 'Submit'))),
        await pairingPart(ctx, b)));
      if (programmes.length) await check();
    } catch (e) { ctx.showError(e); }
  }

  /** The rows both forms share; a recorded bank account stays masked and only a newly typed one is sent. */
  function fields(b) {
    const ui = ctx.ui;
    return [
      ui.field(t('困难类别', 'Categories'), ui.checks('categories', categories.map(c => [c.code, catName[c.code]]), b.categories || [])),
      ui.field(t('家庭情况', 'Household'), ui.input('household', b.household)),
      ui.field(t('开户银行', 'Bank'), ui.input('bankName', b.bankName)),
      ui.field(t('银行账号', 'Account'), ui.masked('bankAccount', b.bankAccount, { inputmode: 'numeric', maxlength: 30 })),
      ui.field(t('监护人', 'Guardian'), ui.input('guardianName', b.guardianName, { placeholder: t('不满14周岁必填', 'Required under 14') })),
      ui.field(t('与本人关系', 'Relation'), ui.input('guardianRelation', b.guardianRelation)),
      ui.field(t('监护人同意日期', 'Guardian consent'), ui.date('guardianConsentOn', b.guardianConsentOn)),
      ui.field(t('健康信息处理同意日期', 'Health consent'), ui.date('healthConsentOn', b.healthConsentOn)),
    ];
  }

  function editForm(b) {
    show(card, ctx.h('div', { class: 'card' }, ctx.ui.form({ title: t('修改：', 'Edit: ') + b.name, cancel: () => show(card),
      onsubmit: async (v) => {
        await ctx.api.put('aid/beneficiaries/' + b.id, { ...v, bankAccount: v.bankAccount || null, accountHolder: null,
          guardianPhone: b.guardianPhone || null, version: b.version });
        ctx.notify(t('已保存', 'Saved'));
        await openCard(b.id);
        await load();
      } },
    ...fields(b),
    ctx.ui.field(t('认定日期', 'Recognised on'), ctx.ui.date('recognizedOn', b.recognizedOn)),
    ctx.ui.field(t('备注', 'Note'), ctx.ui.input('note', b.note)))));
  }

  function newForm() {
    show(card, ctx.h('div', { class: 'card' }, ctx.ui.form({ title: t('登记救助对象', 'Register a beneficiary'), cancel: () => show(card),
      onsubmit: async (v) => {
        const { name, idNumber, ...rest } = v;
        await ctx.api.post('aid/beneficiaries', { ...rest, person: { unitId: Number(unitSel.value), name, idNumber } });
        ctx.notify(t('已登记', 'Registered'));
        show(card);
        await load();
      } },
    ctx.ui.field(t('姓名', 'Name'), ctx.ui.input('name', ''), true),
    ctx.ui.field(t('身份证号', 'ID number'), ctx.ui.input('idNumber', '', { placeholder: t('18位身份证号', '18-digit ID number'), maxlength: 18 }), true),
    ...fields({}))));
  }

  unitSel.onchange = () => load(1);
  catSel.onchange = () => load(1);
  reveal.onchange = () => load(1);
  show(el, ctx.h('div', { class: 'filters' }, ctx.ui.field(t('单位', 'Unit'), unitSel), ctx.ui.field(t('困难类别', 'Category'), catSel),
    ctx.can('core.sensitive.reveal') ? ctx.h('label', {}, reveal, t(' 显示完整账号（将记录查看日志）', ' Show full accounts (audited)')) : null,
    ctx.can('aid.apply') ? ctx.h('button', { class: 'btn primary', onclick: newForm }, t('登记救助对象', 'Register')) : null),
    card, list);
  await load(1);
}

// Whom an application serves: the recipient group (one the person holds; blank: the first the programme serves),
// the people of a household aided as a household (按户发放), and the quantity of goods handed out.
function servedFields(ctx, b, catName) {
  const { t, ui } = ctx;
  const group = ui.select('recipientGroup', [['', t('自动（项目救助的第一个类别）', 'automatic')]]
    .concat(b.categories.map(c => [c, catName[c] || c])), '');
  const household = ui.input('householdSize', '', { inputmode: 'numeric', placeholder: t('按户发放时填写本户受益人数', 'people of the household') });
  const quantity = ui.input('goodsQuantity', '', { inputmode: 'decimal', placeholder: t('发放物资的数量（件、条、份）', 'quantity of goods') });
  return {
    fields: [ui.field(t('救助对象类别', 'Recipient group'), group), ui.field(t('本户受益人数', 'Household size'), household),
      ui.field(t('物资数量', 'Goods quantity'), quantity)],
    values: () => ({
      recipientGroup: group.value || null,
      householdSize: household.value.trim() || null,
      goodsQuantity: quantity.value.trim() ? quantity.value.trim() : null,
    }),
  };
}

// Sets an element's style through its style object, which the console's policy (no inline style attributes) allows.
function styled(el, css) {
  el.style.cssText = css;
  return el;
}

// 一对一结对帮扶 on the card: the helpers paired with this household (ending a pairing), and pairing a new helper
// found by name in the caller's subtree.
async function pairingPart(ctx, b) {
  const t = ctx.t;
  const box = ctx.h('div', { class: 'pairings' });
  async function draw() {
    const page = await ctx.api.get('aid/pairings?unitId=' + b.unitId + '&personId=' + b.personId);
    const end = p => async () => {
      try {
        await ctx.api.post('aid/pairings/' + p.id + '/end', { endedOn: ctx.ui.today(), version: p.version });
        ctx.notify(t('已结束结对', 'Pairing ended'));
        await draw();
      } catch (e) { ctx.showError(e); }
    };
    // one wrapping line per pairing rather than a table, so that it reads on a phone
    const list = page.items.length ? styled(ctx.h('ul', { class: 'pairing-list' }, ...page.items.map(p => ctx.h('li', {},
      p.helperName + '：' + p.startedOn + t(' 起', ' – ') + (p.endedOn ? t('至 ', '') + p.endedOn : t('，结对中', ', ongoing'))
        + (p.note ? '（' + p.note + '）' : '') + ' ',
      !p.endedOn && ctx.can('aid.apply') ? styled(ctx.h('button', { class: 'btn', onclick: end(p) }, t('结束结对', 'End')), 'max-width:100%') : null))),
    'padding-left:1.2em') : ctx.h('p', { class: 'muted' }, t('尚未结对帮扶', 'Not paired yet'));
    show(box, ctx.h('h4', {}, t('一对一结对帮扶', 'One-to-one pairing')), list,
      ctx.can('aid.apply') ? pairingForm(ctx, b, draw) : null);
  }
  await draw();
  return box;
}

function pairingForm(ctx, b, done) {
  const t = ctx.t;
  // stacked (label above its input, inputs as wide as the card) so that the form fits a phone's narrow card
  const wide = attrs => styled(ctx.ui.input(attrs.name, attrs.value, attrs), 'width:100%;box-sizing:border-box');
  const row = (text, el) => styled(ctx.h('label', {}, styled(ctx.h('span', { class: 'muted' }, text), 'display:block'), el),
    'display:block;margin-bottom:8px');
  const search = wide({ name: 'helperSearch', placeholder: t('按姓名查找帮扶人', 'Find the helper by name') });
  const found = ctx.h('div', { class: 'found' });
  const helper = wide({ name: 'helperPersonId', inputmode: 'numeric', placeholder: t('帮扶人编号', 'Helper id') });
  const startedOn = wide({ type: 'date', name: 'startedOn', value: ctx.ui.today() });
  const note = wide({ name: 'pairingNote', placeholder: t('项目名称，如：爱心帮扶工程', 'Project') });
  search.onchange = async () => {
    try {
      const page = await ctx.api.get('people?unitId=' + ctx.user.unitId + '&q=' + encodeURIComponent(search.value.trim()));
      show(found, ...page.items.filter(p => p.id !== b.personId).slice(0, 8).map(p => styled(ctx.h('button', {
        class: 'btn', type: 'button', onclick: () => { helper.value = p.id; },
      }, p.name + ' #' + p.id), 'white-space:normal;word-break:break-all;max-width:100%;margin:0 6px 6px 0')));
    } catch (e) { ctx.showError(e); }
  };
  const save = async () => {
    try {
      await ctx.api.post('aid/pairings', { personId: b.personId, helperPersonId: Number(helper.value) || 0,
        startedOn: startedOn.value || null, note: note.value || null });
      ctx.notify(t('已结对', 'Paired'));
      await done();
    } catch (e) { ctx.showError(e); }
  };
  return ctx.h('div', {}, row(t('查找帮扶人', 'Find helper'), search), found, row(t('结对帮扶人', 'Helper'), helper),
    row(t('结对日期', 'Since'), startedOn), row(t('项目', 'Project'), note),
    ctx.h('button', { class: 'btn primary', onclick: save }, t('结对', 'Pair')));
}
