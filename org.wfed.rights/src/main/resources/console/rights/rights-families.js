// 三色家庭: households at risk on file in the caller's subtree by colour, overdue visits first; putting a household on
// file, recording a visit, changing its colour (with history) and taking it off file. Names are masked and addresses
// hidden until a holder of rights.reveal opens a file with a reason (audited).
import { reveal } from './labels.js';

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  el.textContent = '';
  const colours = await ctx.api.get('rights/colours');
  const colourList = colours.map((c) => [c.code, t(c.nameZh, c.nameEn) + '（' + c.meaning + '）']);
  const colourName = (code) => { const c = colours.find((x) => x.code === code); return c ? t(c.nameZh, c.nameEn) : code; };
  // the default scheme's colours as the console's badge kinds; a deployment's own colours show plain
  const KIND = { RED: 'bad', ORANGE: 'warn', YELLOW: 'warn', GREEN: 'ok' };
  const swatch = (code) => h('span', { class: 'badge' + (KIND[code] ? ' ' + KIND[code] : ''), 'data-colour': code }, colourName(code));
  const units = await ctx.unitSelect(ctx.user.unitId);
  const box = h('div', { id: 'family-board' });
  let page = 1;
  const bar = ui.filters([
    ui.field(t('单位', 'Unit'), units),
    ui.field(t('颜色', 'Colour'), ui.select('colour', colourList, '', { empty: t('全部', 'All') })),
    ui.field(t('只看走访逾期', 'Overdue only'), ui.checkbox('overdue', false)),
  ], () => { page = 1; load(); });
  const load = async () => {
    const v = bar.values();
    const q = new URLSearchParams({ unitId: v.unitId, page, size: 20, overdue: !!v.overdue });
    if (v.colour) q.set('colour', v.colour);
    try {
      const data = await ctx.api.get('rights/families?' + q);
      box.replaceChildren(ctx.table([
        { title: t('家庭', 'Household'), key: true, value: (f) => h('a', { href: '#', onclick: (e) => { e.preventDefault(); open(f.id); } }, f.household) },
        { title: t('颜色', 'Colour'), value: (f) => swatch(f.colour) },
        { title: t('单位', 'Unit'), value: (f) => f.unitName },
        { title: t('责任人', 'Responsible'), value: (f) => f.responsible },
        { title: t('上次走访', 'Last visit'), value: (f) => f.lastVisitOn || t('未走访', 'none') },
        { title: t('应走访', 'Visit due'), value: (f) => f.overdue ? ui.badge('bad', f.visitDue + t(' 已逾期', ' overdue')) : f.visitDue },
      ], data.items, { empty: t('没有在档家庭。', 'No households on file.') }), ui.pager(data, (p) => { page = p; load(); }));
    } catch (err) { ctx.showError(err); }
  };
  const open = async (id, known) => {
    const f = known || await ctx.api.get('rights/families/' + id);
    const d = ui.dialog(t('三色家庭档案', 'Household on file'), detail(f), { wide: true });
    function detail(f) {
      return [h('dl', { class: 'facts' },
        h('dt', null, t('家庭', 'Household')), h('dd', null, f.household),
        h('dt', null, t('颜色', 'Colour')), h('dd', null, swatch(f.colour)),
        h('dt', null, t('住址', 'Address')), h('dd', null, f.revealed ? f.address || '' : t('（已隐藏）', '(hidden)')),
        h('dt', null, t('原因', 'Reason')), h('dd', null, f.revealed ? f.reason : t('（已隐藏）', '(hidden)')),
        h('dt', null, t('责任人', 'Responsible')), h('dd', null, f.responsible),
        h('dt', null, t('建档日期', 'On file since')), h('dd', null, f.openedOn),
        h('dt', null, t('成员', 'Members')), h('dd', null, f.members.map((m) => m.name + (m.relation ? '（' + m.relation + '）' : '')).join('、'))),
      h('h3', null, t('走访记录', 'Visits')),
      ctx.table([{ title: t('日期', 'Date'), key: true, value: (v) => v.visitedOn }, { title: t('走访人', 'Visitor'), value: (v) => v.visitor },
        { title: t('情况', 'Note'), value: (v) => f.revealed ? v.note || '' : t('（已隐藏）', '(hidden)') }], f.visits, { empty: t('尚未走访', 'No visits yet') }),
      h('h3', null, t('颜色调整', 'Colour history')),
      ctx.table([{ title: t('日期', 'Date'), key: true, value: (c) => c.changedOn },
        { title: t('调整', 'Change'), value: (c) => (c.fromColour ? colourName(c.fromColour) + ' → ' : t('建档：', 'On file: ')) + colourName(c.toColour) },
        { title: t('调整人', 'By'), value: (c) => c.changedBy }], f.history),
      h('div', { class: 'actions' },
        !f.revealed && ctx.can('rights.reveal') ? ui.button(t('查看完整信息（留痕）', 'Open personal data (audited)'), async () => {
          const full = await reveal(ctx, 'rights/families/' + f.id + '/reveal');
          if (full) d.body.replaceChildren(...detail(full));
        }, { id: 'reveal-family' }) : null,
        ctx.can('rights.manage') && !f.closedOn ? [
          ui.button(t('登记走访', 'Record a visit'), () => { d.close(); visitForm(f); }, { id: 'add-visit', kind: 'primary' }),
          ui.button(t('调整颜色', 'Change colour'), () => { d.close(); colourForm(f); }, { id: 'change-colour' }),
          ui.button(t('销档', 'Take off file'), () => { d.close(); closeForm(f); }, { id: 'close-family' })] : null)];
    }
  };
  const after = async (f) => { ctx.notify(t('已保存', 'Saved')); await load(); };
  const visitForm = (f) => ui.formDialog(t('登记走访', 'Record a visit'), {
    onsubmit: async (v) => after(await ctx.api.post('rights/families/' + f.id + '/visits', v)),
  }, ui.field(t('走访日期', 'Visited on'), ui.date('visitedOn', ui.today()), true),
  ui.field(t('走访人', 'Visitor'), ui.input('visitor', ctx.user.displayName || '', { maxlength: 50 }), true),
  ui.field(t('走访情况', 'Note'), ui.textarea('note', '', { maxlength: 1000 }), { wide: true }));
  const colourForm = (f) => ui.formDialog(t('调整颜色', 'Change colour'), {
    onsubmit: async (v) => after(await ctx.api.post('rights/families/' + f.id + '/colour', { ...v, version: f.version })),
  }, ui.field(t('新的颜色', 'New colour'), ui.select('colour', colourList, f.colour), true),
  ui.field(t('调整日期', 'From'), ui.date('changedOn', ui.today()), true),
  ui.field(t('原因', 'Reason'), ui.textarea('reason', '', { maxlength: 500 }), true));
  const closeForm = (f) => ui.formDialog(t('销档', 'Take off file'), {
    onsubmit: async (v) => after(await ctx.api.post('rights/families/' + f.id + '/close', { ...v, version: f.version })),
  }, ui.field(t('销档日期', 'Closed on'), ui.date('closedOn', ui.today()), true),
  ui.field(t('原因', 'Reason'), ui.textarea('reason', '', { maxlength: 500 }), true));
  const newFamily = async () => ui.formDialog(t('建立三色家庭档案', 'Put a household on file'), {
    wide: true,
    onsubmit: async (v) => {
      const members = (v.memberNames || '').split(/[、，,\s]+/).filter(Boolean).map((name) => ({ name }));
      after(await ctx.api.post('rights/families', { unitId: Number(v.unitId), household: v.household, address: v.address, colour: v.colour,
        reason: v.reason, responsible: v.responsible, openedOn: v.openedOn, members }));
    },
  }, ui.field(t('单位', 'Unit'), await ctx.unitSelect(units.value), true),
  ui.field(t('家庭（户名）', 'Household'), ui.input('household', '', { maxlength: 100, placeholder: t('如：王某某户', 'e.g. the Wang household') }), true),
  ui.field(t('住址', 'Address'), ui.input('address', '', { maxlength: 200 })),
  ui.field(t('颜色', 'Colour'), ui.select('colour', colourList, colours[0] && colours[0].code), true),
  ui.field(t('原因', 'Reason'), ui.textarea('reason', '', { maxlength: 500 }), true),
  ui.field(t('责任人（网格员或执委）', 'Responsible'), ui.input('responsible', '', { maxlength: 50 }), true),
  ui.field(t('建档日期', 'On file since'), ui.date('openedOn', ui.today()), true),
  ui.field(t('家庭成员（用顿号分隔）', 'Members (separated by 、)'), ui.input('memberNames', '')));
  // the scheme: 3 to 5 colours with their meaning and visit interval (rights.configure)
  const schemeForm = () => ui.formDialog(t('配置颜色和走访频次', 'Colours and visits'), {
    wide: true,
    onsubmit: async (v) => {
      const scheme = colours.map((c, i) => ({ code: c.code, nameZh: v['nameZh' + i], nameEn: c.nameEn, meaning: v['meaning' + i],
        visitDays: v['visitDays' + i], sortOrder: i + 1 }));
      await ctx.api.put('rights/colours', scheme);
      ctx.notify(t('已保存', 'Saved'));
      await render(el, ctx);
    },
  }, colours.map((c, i) => h('div', { class: 'form grid2', 'data-field': 'colours' },
    ui.field(t('颜色', 'Colour') + '（' + c.code + '）', ui.input('nameZh' + i, c.nameZh, { maxlength: 20 }), true),
    ui.field(t('含义', 'Meaning'), ui.input('meaning' + i, c.meaning, { maxlength: 100 }), true),
    ui.field(t('每隔几天走访', 'Visit every (days)'), ui.number('visitDays' + i, c.visitDays, { min: 1, max: 366 }), true))));
  el.append(h('div', { class: 'card' },
    ui.section(t('三色家庭档案', 'Families at risk'),
      ctx.can('rights.configure') ? ui.button(t('配置颜色', 'Colours'), schemeForm, { id: 'configure-colours' }) : null,
      ctx.can('rights.manage') ? ui.button(t('建立档案', 'New file'), newFamily, { kind: 'primary', id: 'new-family' }) : null),
    h('p', { class: 'muted' }, colours.map((c) => t(c.nameZh, c.nameEn) + '：' + c.meaning + '，' + t('每' + c.visitDays + '天走访一次', 'visit every ' + c.visitDays + ' days')).join('；')),
    bar, box));
  await load();
}
