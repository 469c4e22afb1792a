// 志愿服务: volunteer service records (team, volunteers, hours) of the caller's subtree, and the entry form.

export async function render(el, ctx) {
  const {h, t} = ctx;
  el.textContent = '';
  const year = new Date().getFullYear();
  const units = await ctx.unitSelect(ctx.user.unitId);
  const from = h('input', {type: 'date', value: `${year}-01-01`});
  const to = h('input', {type: 'date', value: `${year}-12-31`});
  const box = h('div', {});
  let page = 1;
  const load = async () => {
    try {
      const data = await ctx.api.get(`activities/volunteer-services?unitId=${units.value}&from=${from.value}&to=${to.value}&page=${page}&size=20`);
      box.textContent = '';
      box.append(h('p', {class: 'muted'}, t(`共${data.total}次`, `${data.total} services`)),
        data.items.length ? ctx.table([
          {title: t('日期', 'Date'), value: v => v.servedOn},
          {title: t('单位', 'Unit'), value: v => v.unitName},
          {title: t('队伍', 'Team'), value: v => v.teamName},
          {title: t('服务内容', 'Service'), value: v => v.content},
          {title: t('志愿者（人）', 'Volunteers'), value: v => String(v.volunteers)},
          {title: t('时长（小时）', 'Hours'), value: v => String(v.hours)},
          {title: t('服务群众（人次）', 'Served (person-times)'), value: v => String(v.beneficiaries)},
          {title: t('服务对象（人）', 'People served'), value: v => String(v.peopleServed || 0)},
          {title: '', value: v => ctx.can('activities.manage') ? h('button', {class: 'btn danger', onclick: async () => {
            if (!confirm(t('删除该记录？', 'Delete?'))) return;
            try { await ctx.api.del(`activities/volunteer-services/${v.id}?version=${v.version}`); load(); } catch (err) { ctx.showError(err); }
          }}, t('删除', 'Delete')) : ''},
        ], data.items) : h('p', {class: 'muted'}, t('没有记录。', 'Nothing recorded.')),
        ctx.ui.pager(data, (p) => { page = p; load(); }));
    } catch (err) { ctx.showError(err); }
  };
  [units, from, to].forEach(x => { x.onchange = () => { page = 1; load(); }; });

  const unit = await ctx.unitSelect(ctx.user.unitId);
  const servedOn = h('input', {type: 'date', value: new Date().toISOString().slice(0, 10)});
  const team = h('input', {type: 'text', placeholder: '如：美丽大姐志愿服务队'});
  const content = h('input', {type: 'text'});
  const volunteers = h('input', {type: 'number', min: '1', value: '1'});
  const hours = h('input', {type: 'number', min: '0.5', step: '0.5', value: '2'});
  const served = h('input', {type: 'number', min: '0', value: '0', name: 'beneficiaries'});
  const people = h('input', {type: 'number', min: '0', value: '0', name: 'peopleServed'});
  const save = async () => {
    try {
      await ctx.api.post('activities/volunteer-services', {unitId: Number(unit.value), servedOn: servedOn.value, teamName: team.value,
        content: content.value, volunteers: Number(volunteers.value), hours: Number(hours.value), beneficiaries: Number(served.value),
        peopleServed: Number(people.value)});
      ctx.notify(t('已保存', 'Saved'));
      content.value = '';
      load();
    } catch (err) { ctx.showError(err); }
  };
  el.append(h('div', {class: 'card'}, h('h2', {}, t('巾帼志愿服务', 'Volunteer services')),
    h('div', {class: 'toolbar'}, ctx.ui.field(t('单位', 'Unit'), units), ctx.ui.field(t('从', 'From'), from), ctx.ui.field(t('到', 'To'), to)), box));
  if (ctx.can('activities.manage')) {
    el.append(h('div', {class: 'card'}, h('h3', {}, t('登记志愿服务', 'Record a service')), h('div', {class: 'form grid2'},
      ctx.ui.field(t('单位', 'Unit'), unit), ctx.ui.field(t('日期', 'Date'), servedOn), ctx.ui.field(t('志愿队伍', 'Team'), team),
      ctx.ui.field(t('服务内容', 'Service'), content), ctx.ui.field(t('志愿者人数', 'Volunteers'), volunteers),
      ctx.ui.field(t('服务总时长（小时）', 'Total hours'), hours), ctx.ui.field(t('服务群众（人次）', 'Person-times served'), served),
      ctx.ui.field(t('服务对象人数（每人计一次）', 'People served, each once'), people)),
    h('button', {class: 'btn primary', onclick: save}, t('保存', 'Save'))));
  }
  await load();
}


