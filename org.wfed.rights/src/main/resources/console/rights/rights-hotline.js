// 热线与咨询: the 12338 hotline, walk-in and online consultations and legal-service days of the caller's subtree, counted
// in people served (人次) and problems solved (件) even when no case opens; with the entry form.
import { KINDS, CHANNELS } from './labels.js';

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  el.textContent = '';
  const year = new Date().getFullYear();
  const units = await ctx.unitSelect(ctx.user.unitId);
  const box = h('div', { id: 'consultation-list' });
  let page = 1;
  const bar = ui.filters([
    ui.field(t('单位', 'Unit'), units),
    ui.field(t('年度', 'Year'), ui.number('year', year, { min: 1900, max: 2100 })),
    ui.field(t('渠道', 'Channel'), ui.select('channel', CHANNELS, '', { empty: t('全部', 'All') })),
  ], () => { page = 1; load(); });
  const load = async () => {
    const v = bar.values();
    const q = new URLSearchParams({ unitId: v.unitId, year: v.year || year, page, size: 20 });
    if (v.channel) q.set('channel', v.channel);
    try {
      const data = await ctx.api.get('rights/consultations?' + q);
      box.replaceChildren(ctx.table([
        { title: t('日期', 'Date'), key: true, value: (c) => c.heldOn },
        { title: t('单位', 'Unit'), value: (c) => c.unitName },
        { title: t('渠道', 'Channel'), value: (c) => ui.label(CHANNELS, c.channel) },
        { title: t('类别', 'Topic'), value: (c) => ui.label(KINDS, c.topic) },
        { title: t('人次', 'People'), class: 'num', value: (c) => String(c.contacts) },
        { title: t('解决问题（件）', 'Solved'), class: 'num', value: (c) => String(c.solved) },
        { title: t('说明', 'Note'), value: (c) => c.note || '' },
        { title: '', value: (c) => ctx.can('rights.manage') ? ui.button(t('删除', 'Delete'), async () => {
          if (!await ui.confirm(t('删除该记录？', 'Delete this record?'), { danger: true })) return;
          await ctx.api.del('rights/consultations/' + c.id + '?version=' + c.version);
          await load();
        }, { kind: 'small danger' }) : '' },
      ], data.items, { empty: t('本年度没有记录。', 'Nothing recorded this year.') }), ui.pager(data, (p) => { page = p; load(); }));
    } catch (err) { ctx.showError(err); }
  };
  const entry = async () => ui.formDialog(t('登记热线与咨询', 'Record calls or consultations'), {
    onsubmit: async (v) => {
      await ctx.api.post('rights/consultations', { ...v, unitId: Number(v.unitId) });
      ctx.notify(t('已保存', 'Saved'));
      await load();
    },
  }, ui.field(t('单位', 'Unit'), await ctx.unitSelect(units.value), true),
  ui.field(t('日期', 'Date'), ui.date('heldOn', ui.today()), true),
  ui.field(t('渠道', 'Channel'), ui.select('channel', CHANNELS, 'HOTLINE'), true),
  ui.field(t('类别', 'Topic'), ui.select('topic', KINDS, 'LEGAL_CONSULTATION'), true),
  ui.field(t('人次', 'People served'), ui.number('contacts', 1, { min: 1 }), true),
  ui.field(t('解决问题（件）', 'Problems solved'), ui.number('solved', 0, { min: 0 })),
  ui.field(t('说明（不写姓名）', 'Note (no names)'), ui.input('note', '', { maxlength: 500 })));
  el.append(h('div', { class: 'card' },
    ui.section(t('热线与咨询', 'Hotline and consultations'), ctx.can('rights.manage') ? ui.button(t('登记', 'Record'), entry, { kind: 'primary', id: 'new-consultation' }) : null),
    bar, box));
  await load();
}
