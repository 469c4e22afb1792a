// 人员: the people every module shares. Search and page by unit; create and edit with per-field
// errors; ID numbers stay masked unless a permitted user asks for one (the reveal is audited).
import { EDUCATION, SEX, label, choice, field, values, pager, busy } from './forms.js';

const SIZE = 20;

export async function render(el, ctx) {
  const { h, t } = ctx;
  const canWrite = ctx.can('core.people.write');
  const canReveal = ctx.can('core.sensitive.reveal');
  const query = { unitId: ctx.params.unitId || String(ctx.user.unitId), q: ctx.params.q || '', page: Number(ctx.params.page) || 1 };
  // names of every unit of the subtree, also merged or closed ones that people may still belong to
  const [unitFilter, tree] = await Promise.all([ctx.unitSelect(query.unitId, { name: 'filterUnit' }), ctx.api.get('orgs/tree')]);
  const unitNames = new Map(tree.map((u) => [u.id, u.name]));
  const search = h('input', { type: 'search', name: 'q', value: query.q, maxlength: 50, placeholder: t('姓名或证件号', 'Name or ID number') });
  const formBox = h('div', { class: 'card', id: 'person-form-card', hidden: true });
  const listBox = h('div', { class: 'card', id: 'people-list' });

  el.append(
    h('form', {
      class: 'toolbar', role: 'search',
      onsubmit: (e) => { e.preventDefault(); query.unitId = unitFilter.value; query.q = search.value.trim(); query.page = 1; load(); },
    },
    h('label', { for: 'people-unit' }, t('单位', 'Unit')), Object.assign(unitFilter, { id: 'people-unit' }),
    search,
    h('button', { class: 'btn', type: 'submit' }, t('查询', 'Search')),
    h('div', { class: 'spacer' }),
    canWrite ? h('button', { class: 'btn primary', type: 'button', id: 'new-person', onclick: () => edit(null) }, t('新增人员', 'New person')) : null),
    formBox, listBox);

  async function load() {
    const qs = new URLSearchParams({ unitId: query.unitId, q: query.q, page: query.page, size: SIZE });
    let result;
    try {
      result = await ctx.api.get('people?' + qs);
    } catch (e) {
      ctx.showError(e);
      return;
    }
    listBox.replaceChildren(ctx.table([
      { title: t('姓名', 'Name'), value: (p) => p.name },
      { title: t('性别', 'Sex'), value: (p) => label(ctx, SEX, p.sex) },
      { title: t('出生年份', 'Born'), value: (p) => h('span', { class: 'birth' }, p.birthDate || (p.birthYear ? String(p.birthYear) : '')) },
      { title: t('身份证号', 'ID number'), value: (p) => idCell(p) },
      { title: t('电话', 'Phone'), value: (p) => p.phone || '' },
      { title: t('所属单位', 'Unit'), value: (p) => unitNames.get(p.unitId) || '#' + p.unitId },
      { title: t('学历', 'Education'), value: (p) => label(ctx, EDUCATION, p.education) },
      { title: t('党员', 'Party'), value: (p) => (p.partyMember ? t('是', 'Yes') : '') },
      { title: t('操作', 'Actions'), value: (p) => (canWrite ? h('button', { class: 'btn small', type: 'button', onclick: () => edit(p) }, t('编辑', 'Edit')) : '') },
    ], result.items), pager(ctx, result.page || query.page, result.size || SIZE, result.total, (page) => { query.page = page; load(); }));
  }

  function idCell(p) {
    const text = h('span', { class: 'mono id-number' }, p.idNumber || '—');
    if (!p.idNumber || !p.masked || !canReveal) return text;
    const button = h('button', {
      class: 'btn link small', type: 'button',
      onclick: () => busy(ctx, button, async () => {
        const full = await ctx.api.get('people/' + p.id + '?reveal=true');
        text.textContent = full.idNumber;
        // the revealed record has the whole birth date too
        const birth = text.closest('tr') && text.closest('tr').querySelector('.birth');
        if (birth && full.birthDate) birth.textContent = full.birthDate;
        button.remove();
      }),
    }, t('查看完整证件号', 'Show full ID'));
    return h('span', null, text, ' ', button);
  }

  async function edit(person) {
    const unit = await ctx.unitSelect(person ? person.unitId : query.unitId, { name: 'unitId' });
    const hadId = person && person.idNumber;
    const idInput = h('input', { name: 'idNumber', maxlength: 18, class: 'mono', autocomplete: 'off',
      placeholder: hadId ? t('原证件号 ' + person.idNumber + '，留空则不变', 'Was ' + person.idNumber + '; empty: unchanged') : t('18位居民身份证号', '18-digit resident ID') });
    const submit = h('button', { class: 'btn primary', type: 'submit', id: 'save-person' }, t('保存', 'Save'));
    const form = h('form', {
      class: 'form', id: 'person-form', novalidate: true,
      onsubmit: (e) => { e.preventDefault(); busy(ctx, submit, () => save(person, form)); },
    },
    h('h2', null, person ? t('编辑人员：' + person.name, 'Edit ' + person.name) : t('新增人员', 'New person')),
    h('div', { class: 'grid2' },
      h('div', null,
        field(ctx, t('所属单位', 'Unit'), unit, true),
        field(ctx, t('姓名', 'Name'), h('input', { name: 'name', maxlength: 50, value: person ? person.name : '' }), true),
        field(ctx, t('身份证号', 'ID number'), idInput),
        field(ctx, t('性别', 'Sex'), choice(ctx, 'sex', SEX, person ? person.sex : null, t('（按身份证号）', '(from the ID number)'))),
        field(ctx, t('出生日期', 'Born'), h('input', { name: 'birthDate', type: 'date', value: person && person.birthDate ? person.birthDate : '',
          placeholder: person && !person.birthDate && person.birthYear ? t(person.birthYear + '年（留空则不变）', person.birthYear + ' (empty: unchanged)') : null })),
        field(ctx, t('联系电话', 'Phone'), h('input', { name: 'phone', maxlength: 20, value: person ? person.phone || '' : '' }))),
      h('div', null,
        field(ctx, t('户籍地', 'Household'), h('input', { name: 'household', maxlength: 100, value: person ? person.household || '' : '' })),
        field(ctx, t('学历', 'Education'), choice(ctx, 'education', EDUCATION, person ? person.education : null, t('（未填）', '(none)'))),
        field(ctx, t('职业', 'Occupation'), h('input', { name: 'occupation', maxlength: 50, value: person ? person.occupation || '' : '' })),
        field(ctx, t('中共党员', 'Party member'), h('input', { name: 'partyMember', type: 'checkbox', checked: !!(person && person.partyMember) })),
        field(ctx, t('农村户籍', 'Rural hukou'), h('input', { name: 'ruralHukou', type: 'checkbox', checked: !!(person && person.ruralHukou) })))),
    h('p', { class: 'muted' }, t('填写身份证号后，性别和出生日期由号码自动得出；没有身份证号时两项必填。修改时出生日期、性别留空则保持不变。',
      'With an ID number, sex and birth date come from it; without one, both are required. When editing, leave them empty to keep them.')),
    h('div', { class: 'actions' }, submit,
      h('button', { class: 'btn', type: 'button', onclick: () => { formBox.hidden = true; formBox.replaceChildren(); } }, t('取消', 'Cancel'))));
    formBox.replaceChildren(form);
    formBox.hidden = false;
    form.querySelector('[name=name]').focus();
  }

  async function save(person, form) {
    const v = values(form);
    // left empty, the ID number (like the birth date and sex) is kept: the list shows it masked only
    const body = {
      unitId: v.unitId == null ? 0 : Number(v.unitId), name: v.name, idNumber: v.idNumber ? v.idNumber.toUpperCase() : null,
      sex: v.sex, birthDate: v.birthDate, phone: v.phone, household: v.household, education: v.education,
      partyMember: v.partyMember, occupation: v.occupation, ruralHukou: v.ruralHukou,
    };
    const saved = person ? await ctx.api.put('people/' + person.id, { ...body, version: person.version })
      : await ctx.api.post('people', body);
    formBox.hidden = true;
    formBox.replaceChildren();
    ctx.notify(t('已保存：' + saved.name, 'Saved: ' + saved.name));
    await load();
  }

  await load();
}
