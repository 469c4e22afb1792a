// 上级下达名额: places of a programme a level above granted a unit for a year (申请市级“两癌”救助名额3个), with how many
// the year's applications took; reviewers record, change (with the version read) and remove them.
import { show } from './common.js';

export const GRANT_LEVELS = { CITY: ['市级', 'City'], PROVINCE: ['省级', 'Province'], NATIONAL: ['全国', 'National'] };

export async function quotaGrantsCard(ctx, programmes) {
  const t = ctx.t;
  const unit = await ctx.unitSelect(ctx.user.unitId);
  const year = ctx.h('input', { name: 'year', type: 'number', value: String(new Date().getFullYear()), size: 6 });
  const list = ctx.h('div', {});
  const form = ctx.h('div', {});

  async function load() {
    try {
      const grants = await ctx.api.get(`aid/quota-grants?unitId=${unit.value}&year=${year.value}`);
      show(list, grants.length === 0 ? ctx.h('p', { class: 'muted' }, t('本年度没有登记上级下达的名额', 'No places granted from above this year'))
        : ctx.table([
          { title: t('单位', 'Unit'), value: g => g.unitName },
          { title: t('项目', 'Programme'), value: g => g.programmeName },
          { title: t('下达层级', 'Level'), value: g => ctx.ui.label(GRANT_LEVELS, g.level) },
          { title: t('名额', 'Places'), value: g => String(g.places) },
          { title: t('已申请', 'Taken'), value: g => String(g.used) },
          { title: t('限额', 'Binding'), value: g => g.binding ? t('超出名额不能申请', 'caps applications') : t('仅登记', 'recorded only') },
          { title: t('文号', 'Document'), value: g => g.documentNo || '' },
          { title: '', value: g => ctx.can('aid.review') ? ctx.h('span', {},
            ctx.h('button', { class: 'btn', onclick: () => edit(g) }, t('修改', 'Edit')), ' ',
            ctx.h('button', { class: 'btn', onclick: () => remove(g) }, t('删除', 'Delete'))) : '' },
        ], grants));
    } catch (err) { ctx.showError(err); }
  }

  async function remove(g) {
    if (!confirm(t('删除该名额记录？', 'Delete this grant?'))) return;
    try { await ctx.api.del(`aid/quota-grants/${g.id}?version=${g.version}`); ctx.notify(t('已删除', 'Deleted')); load(); } catch (err) { ctx.showError(err); }
  }

  async function edit(g) {
    const grantUnit = await ctx.unitSelect(g ? g.unitId : unit.value);
    const programme = ctx.ui.select('programmeId', programmes.map(p => [String(p.id), p.name]), g ? String(g.programmeId) : '');
    const grantYear = ctx.h('input', { name: 'year', type: 'number', value: g ? String(g.year) : year.value, size: 6 });
    const level = ctx.ui.select('level', GRANT_LEVELS, g ? g.level : 'CITY');
    const places = ctx.h('input', { name: 'places', type: 'number', min: '1', value: g ? String(g.places) : '1', size: 6 });
    const documentNo = ctx.h('input', { name: 'documentNo', value: g && g.documentNo ? g.documentNo : '', placeholder: '市妇字〔2026〕5号' });
    const grantedOn = ctx.h('input', { name: 'grantedOn', type: 'date', value: g ? g.grantedOn : new Date().toISOString().slice(0, 10) });
    const binding = ctx.h('input', { type: 'checkbox', name: 'binding' });
    binding.checked = g ? g.binding : true;
    const save = async () => {
      const body = { unitId: Number(grantUnit.value), programmeId: Number(programme.value), year: Number(grantYear.value),
        level: level.value, places: Number(places.value), binding: binding.checked, documentNo: documentNo.value || null,
        grantedOn: grantedOn.value };
      try {
        if (g) await ctx.api.put(`aid/quota-grants/${g.id}`, { ...body, version: g.version });
        else await ctx.api.post('aid/quota-grants', body);
        ctx.notify(t('名额已保存', 'Saved'));
        show(form);
        load();
      } catch (err) { ctx.showError(err); }
    };
    show(form, ctx.h('div', { class: 'form grid2' },
      ctx.ui.field(t('获得名额的单位', 'Unit granted'), grantUnit), ctx.ui.field(t('救助项目', 'Programme'), programme),
      ctx.ui.field(t('年度', 'Year'), grantYear), ctx.ui.field(t('下达层级', 'Granted by'), level),
      ctx.ui.field(t('名额（个）', 'Places'), places), ctx.ui.field(t('文号', 'Document no.'), documentNo),
      ctx.ui.field(t('下达日期', 'Granted on'), grantedOn),
      ctx.ui.field(t('超出名额的申请不予受理', 'Applications beyond the places are refused'), binding)),
    ctx.h('button', { class: 'btn primary', onclick: save }, t('保存', 'Save')));
  }

  unit.onchange = load;
  year.onchange = load;
  const card = ctx.h('div', { class: 'card quota-grants' }, ctx.h('h2', {}, t('上级下达名额', 'Places granted from above')),
    ctx.h('div', { class: 'toolbar' }, ctx.ui.field(t('单位', 'Unit'), unit), ctx.ui.field(t('年度', 'Year'), year),
      ctx.can('aid.review') ? ctx.h('button', { class: 'btn primary', onclick: () => edit(null) }, t('登记名额', 'Record places')) : null),
    form, list);
  await load();
  return card;
}
