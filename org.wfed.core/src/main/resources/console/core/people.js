// 人员: the people every module shares. Search and page by unit; create and edit in a dialog with per-field
// errors; ID numbers and phones stay masked (never sent back) unless a permitted user reveals one (audited).
import { EDUCATION, SEX } from './forms.js';

const SIZE = 20;

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const canWrite = ctx.can('core.people.write');
  const canReveal = ctx.can('core.sensitive.reveal');
  const query = { unitId: ctx.params.unitId || String(ctx.user.unitId), q: ctx.params.q || '', page: Number(ctx.params.page) || 1 };
  // names of every unit of the subtree, also merged or closed ones that people may still belong to
  const [unitFilter, tree] = await Promise.all([ctx.unitSelect(query.unitId, { name: 'unitId' }), ctx.api.get('orgs/tree')]);
  const unitNames = new Map(tree.map((u) => [u.id, u.name]));
  const listBox = h('div', { class: 'card', id: 'people-list' });

  el.append(
    ui.filters([
      ui.field(t('单位', 'Unit'), unitFilter),
      ui.field(t('姓名、拼音或号码', 'Name, pinyin or number'), h('input', { type: 'search', name: 'q', value: query.q, maxlength: 50,
        placeholder: canReveal ? t('姓名、拼音（zhangl、zl）、证件号或末4–6位、手机尾号', 'Name, pinyin (zhangl, zl), ID or its last 4–6 digits, phone tail')
          : t('姓名、拼音（zhangl、zl）、手机后4位或完整证件号', 'Name, pinyin (zhangl, zl), phone\'s last 4 digits or full ID') })),
    ], (v) => { query.unitId = v.unitId; query.q = v.q || ''; query.page = 1; load(); },
    { extra: canWrite ? [h('button', { class: 'btn primary', type: 'button', id: 'new-person', onclick: () => edit(null) }, t('新增人员', 'New person')),
      h('button', { class: 'btn', type: 'button', id: 'import-people', onclick: () => importPeople() }, t('批量导入', 'Import a list'))] : null }),
    listBox);

  async function load() {
    const qs = new URLSearchParams({ unitId: query.unitId, q: query.q, page: query.page, size: SIZE });
    let result;
    try {
      result = await ctx.api.get('people?' + qs);
    } catch (e) {
      ctx.showError(e);
      return;
    }
    listBox.replaceChildren(ui.table([
      { title: t('姓名', 'Name'), value: (p) => p.name, key: true },
      { title: t('性别', 'Sex'), value: (p) => ui.label(SEX, p.sex) },
      { title: t('出生年份', 'Born'), value: (p) => h('span', { class: 'birth' }, p.birthDate || (p.birthYear ? String(p.birthYear) : '')) },
      { title: t('身份证号', 'ID number'), value: (p) => idCell(p) },
      { title: t('电话', 'Phone'), value: (p) => p.phone || '' },
      { title: t('所属单位', 'Unit'), value: (p) => unitNames.get(p.unitId) || '#' + p.unitId },
      { title: t('学历', 'Education'), value: (p) => ui.label(EDUCATION, p.education) },
      { title: t('职业', 'Occupation'), value: (p) => p.occupation || '' },
      { title: t('党员', 'Party'), value: (p) => (p.partyMember ? t('是', 'Yes') : '') },
      { title: t('操作', 'Actions'), value: (p) => (canWrite ? h('button', { class: 'btn small', type: 'button', onclick: () => edit(p) }, t('编辑', 'Edit')) : '') },
    ], result.items), ui.pager(result, (page) => { query.page = page; load(); }));
  }

  /** 批量导入: a pasted block or a file of people into a unit; checked first, then all or nothing. */
  async function importPeople() {
    const unit = await ctx.unitSelect(query.unitId, { name: 'unitId' });
    const counts = (r) => t('新增 ' + r.created + ' 人，修改 ' + r.updated + ' 人，不变 ' + r.unchanged + ' 人',
      r.created + ' new, ' + r.updated + ' changed, ' + r.unchanged + ' unchanged');
    let dialog = null;
    const importer = ui.importer({
      checkId: 'import-check',
      templates: [[t('下载Excel模板', 'Excel template'), '/api/people/import/template.xlsx'], [t('下载CSV模板', 'CSV template'), '/api/people/import/template.csv']],
      before: ui.field(t('导入到单位', 'Into unit'), unit, true),
      pasteHint: t('从表格复制整块粘贴到这里，第一行为表头：姓名、身份证号、联系电话、户籍地、职业', 'Paste cells from a spreadsheet, header first: 姓名, 身份证号, 联系电话, 户籍地, 职业'),
      request: () => ({ unitId: Number(unit.value) }),
      preview: (req) => ctx.api.post('people/import/preview', req),
      commit: (req) => ctx.api.post('people/import/commit', req),
      counts,
      done: async () => { if (dialog) dialog.close(); query.page = 1; await load(); },
    });
    dialog = ui.dialog(t('批量导入人员', 'Import people'), importer, { wide: true });
  }

  function idCell(p) {
    const text = h('span', { class: 'mono id-number' }, p.idNumber || '—');
    if (!p.idNumber || !p.masked || !canReveal) return text;
    const button = ui.button(t('查看完整证件号', 'Show full ID'), async () => {
      const full = await ctx.api.get('people/' + p.id + '?reveal=true');
      text.textContent = full.idNumber;
      // the revealed record has the whole birth date too
      const birth = text.closest('tr') && text.closest('tr').querySelector('.birth');
      if (birth && full.birthDate) birth.textContent = full.birthDate;
      button.remove();
    }, { kind: 'link small' });
    return h('span', null, text, ' ', button);
  }

  async function edit(person) {
    const p = person || {};
    const unit = await ctx.unitSelect(person ? person.unitId : query.unitId, { name: 'unitId' });
    const reveal = canReveal && person && person.masked ? async () => (await ctx.api.get('people/' + person.id + '?reveal=true')) : null;
    ui.formDialog(person ? t('编辑人员：' + person.name, 'Edit ' + person.name) : t('新增人员', 'New person'), {
      id: 'person-form', submitId: 'save-person', grid: true,
      onsubmit: (v) => save(person, v),
    },
    ui.field(t('所属单位', 'Unit'), unit, { required: true }),
    ui.field(t('姓名', 'Name'), ui.input('name', p.name, { maxlength: 50 }), { required: true }),
    ui.field(t('身份证号', 'ID number'), ui.masked('idNumber', p.idNumber, { maxlength: 18,
      placeholder: t('18位居民身份证号', '18-digit resident ID'), reveal: reveal && (async () => (await reveal()).idNumber) })),
    ui.field(t('性别', 'Sex'), ui.select('sex', SEX, p.sex, { empty: t('（按身份证号）', '(from the ID number)') })),
    ui.field(t('出生日期', 'Born'), ui.date('birthDate', p.birthDate, { placeholder: person && !p.birthDate && p.birthYear
      ? t(p.birthYear + '年（留空则不变）', p.birthYear + ' (empty: unchanged)') : null })),
    ui.field(t('联系电话', 'Phone'), ui.masked('phone', p.phone, { maxlength: 20, inputmode: 'tel',
      reveal: reveal && (async () => (await reveal()).phone) })),
    ui.field(t('户籍地', 'Household'), ui.input('household', p.household, { maxlength: 100 })),
    ui.field(t('学历', 'Education'), ui.select('education', EDUCATION, p.education, { empty: t('（未填）', '(none)') })),
    ui.field(t('职业', 'Occupation'), ui.input('occupation', p.occupation, { maxlength: 50 })),
    ui.field(t('中共党员', 'Party member'), ui.checkbox('partyMember', p.partyMember)),
    ui.field(t('农村户籍', 'Rural hukou'), ui.checkbox('ruralHukou', p.ruralHukou)),
    h('p', { class: 'muted' }, t('填写身份证号后，性别和出生日期由号码自动得出；没有身份证号时两项必填。已脱敏的证件号和电话不会被提交，只有重新输入才会修改；修改时出生日期、性别留空则保持不变。',
      'With an ID number, sex and birth date come from it; without one, both are required. Masked values are never sent back; only a newly typed one replaces them. When editing, leave birth date and sex empty to keep them.')));
  }

  async function save(person, v) {
    // masked values the user left alone are absent from v: the API keeps them
    const body = {
      unitId: v.unitId == null ? 0 : Number(v.unitId), name: v.name, idNumber: v.idNumber ? v.idNumber.toUpperCase() : v.idNumber,
      sex: v.sex, birthDate: v.birthDate, phone: v.phone, household: v.household, education: v.education,
      partyMember: v.partyMember, occupation: v.occupation, ruralHukou: v.ruralHukou,
    };
    const saved = person ? await ctx.api.put('people/' + person.id, { ...body, version: person.version })
      : await ctx.api.post('people', body);
    ctx.notify(t('已保存：' + saved.name, 'Saved: ' + saved.name));
    if (!person) {
      // a new person is listed last of a long list: show her by her name, as the search box then says
      query.q = saved.name;
      query.page = 1;
      const box = el.querySelector('input[name="q"]');
      if (box) box.value = saved.name;
    }
    await load();
  }

  await load();
}
