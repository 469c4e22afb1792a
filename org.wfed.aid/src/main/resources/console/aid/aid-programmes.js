// 项目设置: the programmes as configured data — eligibility, review chain, notice, budget and quota.
import { show, LEVELS, CHANNELS, KINDS, FUNDS } from './common.js';
import { quotaGrantsCard } from './quota-grants.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const categories = await ctx.api.get('aid/categories');
  const form = ctx.h('div', {});
  const list = ctx.h('div', {});

  async function load() {
    const programmes = await ctx.api.get('aid/programmes');
    show(list, ctx.table([
      { title: t('项目', 'Programme'), value: p => p.name },
      { title: t('类型', 'Kind'), value: p => ctx.ui.label(KINDS, p.kind) },
      { title: t('资金来源', 'Funds'), value: p => ctx.ui.label(FUNDS, p.fundSource) },
      { title: t('标准（元）', 'Amount'), value: p => p.amountFen ? ctx.ui.yuan(p.amountFen) : t('按申请', 'per application') },
      { title: t('年度预算（元）', 'Budget'), value: p => p.budgetFen === null ? t('不限', 'none') : ctx.ui.yuan(p.budgetFen) },
      { title: t('每单位名额', 'Quota'), value: p => p.quotaPerUnit === null ? t('不限', 'none') : String(p.quotaPerUnit) },
      { title: t('救助对象', 'Serves'), value: p => groupNames(t, categories, p.rules.categories) },
      { title: t('审核', 'Review'), value: p => p.reviewLevels.map(l => ctx.ui.label(LEVELS, l)).join(' → ') },
      { title: t('公示', 'Notice'), value: p => p.noticeDays ? p.noticeDays + t('个工作日', ' working days') : t('无', 'none') },
      { title: t('状态', 'Status'), value: p => ctx.h('span', { class: 'badge ' + (p.active ? 'ok' : '') }, p.active ? t('启用', 'on') : t('停用', 'off')) },
      { title: '', value: p => ctx.can('aid.configure') ? ctx.h('button', { class: 'btn', onclick: () => edit(p) }, t('修改', 'Edit')) : '' },
    ], programmes));
  }

  function edit(p) {
    const r = p ? p.rules : { categories: [], sex: null, minAge: null, maxAge: null, onceEver: false, noAidYears: 0, noAidProgrammes: [], requiresDiagnosis: false };
    const code = ctx.h('input', { name: 'code', value: p ? p.code : '' });
    const name = ctx.h('input', { name: 'name', value: p ? p.name : '' });
    const kind = ctx.ui.select('kind', KINDS, p ? p.kind : 'CASH');
    const fund = ctx.ui.select('fundSource', FUNDS, p ? p.fundSource : 'BUDGET');
    const desc = ctx.h('input', { name: 'description', value: p && p.description ? p.description : '' });
    const amount = ctx.h('input', { name: 'amountFen', value: p && p.amountFen ? ctx.ui.yuan(p.amountFen).replace(/,/g, '') : '', placeholder: t('留空则每次申请填写', 'blank: per application') });
    const budget = ctx.h('input', { name: 'budgetFen', value: p && p.budgetFen !== null ? ctx.ui.yuan(p.budgetFen).replace(/,/g, '') : '', placeholder: t('留空为不限', 'blank: none') });
    const quota = ctx.h('input', { name: 'quotaPerUnit', value: p && p.quotaPerUnit !== null ? String(p.quotaPerUnit) : '', placeholder: t('留空为不限', 'blank: none') });
    const cats = recipientGroups(ctx, categories, r.categories);
    const sex = ctx.ui.select('sex', [['', t('不限', 'any')], ['F', t('女', 'women')], ['M', t('男', 'men')]], r.sex || '');
    const minAge = ctx.h('input', { name: 'minAge', value: r.minAge === null ? '' : String(r.minAge), size: 4 });
    const maxAge = ctx.h('input', { name: 'maxAge', value: r.maxAge === null ? '' : String(r.maxAge), size: 4 });
    const once = ctx.h('input', { type: 'checkbox' });
    once.checked = r.onceEver;
    const noAidYears = ctx.h('input', { name: 'noAidYears', value: String(r.noAidYears), size: 4 });
    const noAidProgrammes = ctx.h('input', { name: 'noAidProgrammes', value: r.noAidProgrammes.join(','), placeholder: t('项目代码，逗号分隔；留空为本项目', 'codes; blank = this one') });
    const dx = ctx.h('input', { type: 'checkbox' });
    dx.checked = r.requiresDiagnosis;
    const levels = ctx.ui.checks('reviewLevels', LEVELS, p ? p.reviewLevels : ['COMMUNITY', 'STREET']);
    const notice = ctx.h('input', { name: 'noticeDays', value: p ? String(p.noticeDays) : '0', size: 4 });
    const channels = ctx.ui.checks('channels', CHANNELS, p ? p.channels : ['BANK']);
    const active = ctx.h('input', { type: 'checkbox' });
    active.checked = p ? p.active : true;
    const num = v => (v.value.trim() === '' ? null : Number(v.value));
    const save = async () => {
      const body = {
        code: code.value.trim(), name: name.value, kind: kind.value, fundSource: fund.value, description: desc.value || null,
        amountFen: amount.value ? ctx.ui.toFen(amount.value) : null, budgetFen: budget.value ? ctx.ui.toFen(budget.value) : null,
        quotaPerUnit: num(quota),
        rules: { categories: cats.values(), sex: sex.value || null, minAge: num(minAge), maxAge: num(maxAge),
          onceEver: once.checked, noAidYears: Number(noAidYears.value || 0),
          noAidProgrammes: noAidProgrammes.value.split(',').map(s => s.trim()).filter(Boolean), requiresDiagnosis: dx.checked },
        reviewLevels: Object.keys(LEVELS).filter(l => levels.values().includes(l)), noticeDays: Number(notice.value || 0),
        channels: channels.values(), active: active.checked, version: p ? p.version : null,
      };
      try {
        if (p) await ctx.api.put('aid/programmes/' + p.id, body); else await ctx.api.post('aid/programmes', body);
        ctx.notify(t('已保存', 'Saved'));
        show(form);
        await load();
      } catch (e) { ctx.showError(e); }
    };
    show(form, ctx.h('div', { class: 'card form' }, ctx.h('h3', {}, p ? t('修改项目', 'Edit programme') : t('新增项目', 'New programme')),
      ctx.ui.field(t('代码', 'Code'), code), ctx.ui.field(t('名称', 'Name'), name), ctx.ui.field(t('类型', 'Kind'), kind),
      ctx.ui.field(t('资金来源', 'Funds'), fund), ctx.ui.field(t('说明', 'Description'), desc),
      ctx.ui.field(t('救助标准（元）', 'Amount (yuan)'), amount), ctx.ui.field(t('年度预算（元）', 'Budget per year'), budget),
      ctx.ui.field(t('每单位每年名额（人）', 'Quota per unit'), quota),
      ctx.h('h4', {}, t('救助条件', 'Eligibility')),
      ctx.ui.field(t('救助对象类别（任一）', 'Recipient groups (any)'), cats), ctx.ui.field(t('性别', 'Sex'), sex),
      ctx.ui.field(t('年龄', 'Age'), ctx.h('span', {}, minAge, ' – ', maxAge)),
      ctx.ui.field(t('每人终身一次', 'Once per life'), once),
      ctx.ui.field(t('近N年内未获救助', 'Not aided in last N years'), ctx.h('span', {}, noAidYears, ' ', noAidProgrammes)),
      ctx.ui.field(t('须有两癌确诊记录', 'Requires a diagnosis'), dx),
      ctx.h('h4', {}, t('审核与发放', 'Review and payment')),
      ctx.ui.field(t('审核层级', 'Review levels'), levels), ctx.ui.field(t('公示工作日数（0为不公示）', 'Notice working days (0 = none)'), notice),
      ctx.ui.field(t('发放方式', 'Channels'), channels), ctx.ui.field(t('启用', 'Active'), active),
      ctx.h('button', { class: 'btn primary', onclick: save }, t('保存', 'Save'))));
  }

  show(el, ctx.h('div', { class: 'toolbar' },
    ctx.can('aid.configure') ? ctx.h('button', { class: 'btn primary', onclick: () => edit(null) }, t('新增项目', 'New programme')) : null),
    form, list);
  await load();
  el.append(await quotaGrantsCard(ctx, await ctx.api.get('aid/programmes')));
}

// 救助对象类别: a programme serves anyone, or the groups ticked — hardship categories and other groups
// (离任妇女干部, 困难女党员 …); an administrator adds a group here, and it can be ticked at once.
// Like ui.checks, the node answers values(): the codes ticked, none for anyone.
function recipientGroups(ctx, categories, chosen) {
  const { t, ui } = ctx;
  const anyone = ui.checkbox('anyone', !chosen || chosen.length === 0);
  const boxes = [];
  const hardship = ctx.h('div', { class: 'groups' });
  const others = ctx.h('div', { class: 'groups' });
  const addBox = (c, checked) => {
    const b = ui.checkbox('group', checked, { value: c.code });
    b.addEventListener('change', () => { if (b.checked) anyone.checked = false; });
    boxes.push(b);
    (c.hardship === false ? others : hardship).append(ctx.h('label', { class: 'check' }, b, ' ' + c.nameZh));
  };
  categories.forEach(c => addBox(c, (chosen || []).includes(c.code)));
  anyone.addEventListener('change', () => { if (anyone.checked) boxes.forEach(b => { b.checked = false; }); });
  const code = ui.input('groupCode', '', { placeholder: t('代码，如 RETIRED_CADRE', 'code') });
  const nameZh = ui.input('groupName', '', { placeholder: t('名称，如 离任妇女干部', 'name') });
  const hard = ui.checkbox('groupHardship', false);
  const add = async () => {
    const c = await ctx.api.post('aid/categories', { code: code.value.trim().toUpperCase(), nameZh: nameZh.value.trim(),
      nameEn: code.value.trim(), lowIncome: false, hardship: hard.checked });
    categories.push(c);
    addBox(c, true);
    anyone.checked = false;
    code.value = '';
    nameZh.value = '';
    ctx.notify(t('已新增救助对象类别', 'Group added'));
  };
  const adder = ctx.can('aid.configure') ? ctx.h('div', { class: 'add-group toolbar' }, code, nameZh,
    ctx.h('label', { class: 'check' }, hard, ' ' + t('困难类别', 'hardship')), ui.button(t('新增类别', 'Add group'), add)) : null;
  const node = ctx.h('div', { class: 'recipient-groups' },
    ctx.h('label', { class: 'check' }, anyone, ' ' + t('不限（任何人）', 'anyone')),
    ctx.h('div', { class: 'muted' }, t('困难类别', 'Hardship categories')), hardship,
    ctx.h('div', { class: 'muted' }, t('其他群体', 'Other groups')), others, adder);
  node.values = () => (anyone.checked ? [] : boxes.filter(b => b.checked).map(b => b.value));
  return node;
}

function groupNames(t, categories, codes) {
  if (!codes || codes.length === 0) return t('不限', 'anyone');
  return codes.map(code => (categories.find(c => c.code === code) || { nameZh: code }).nameZh).join('、');
}
