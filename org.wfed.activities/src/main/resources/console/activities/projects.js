// 购买服务项目: the service projects a unit buys or runs year after year; how long each has run (已连续开展三年) is
// counted from its first year, never typed.
export async function projectsCard(ctx) {
  const {t, h} = ctx;
  const unit = await ctx.unitSelect(ctx.user.unitId);
  const list = h('div', {});
  const form = h('div', {});
  const year = new Date().getFullYear();

  const load = async () => {
    try {
      const projects = await ctx.api.get(`activities/projects?unitId=${unit.value}`);
      list.replaceChildren(projects.length === 0 ? h('p', {class: 'muted'}, t('尚未登记服务项目', 'No projects yet'))
        : ctx.table([
          {title: t('项目', 'Project'), value: p => p.name},
          {title: t('承接机构', 'Provider'), value: p => p.provider || ''},
          {title: t('单位', 'Unit'), value: p => p.unitName},
          {title: t('开展年度', 'Years'), value: p => `${p.firstYear}–${p.lastYear || t('至今', 'now')}`},
          {title: t('已连续开展', 'Running for'), value: p => `${(p.lastYear || year) - p.firstYear + 1}${t('年', ' years')}`},
          {title: '', value: p => ctx.can('activities.manage') ? h('span', {},
            h('button', {class: 'btn', onclick: () => edit(p)}, t('修改', 'Edit')), ' ',
            h('button', {class: 'btn', onclick: () => remove(p)}, t('删除', 'Delete'))) : ''},
        ], projects));
    } catch (err) { ctx.showError(err); }
  };
  const remove = async p => {
    if (!confirm(t(`删除项目“${p.name}”？`, 'Delete?'))) return;
    try { await ctx.api.del(`activities/projects/${p.id}?version=${p.version}`); ctx.notify(t('已删除', 'Deleted')); load(); } catch (err) { ctx.showError(err); }
  };
  const edit = async p => {
    const projectUnit = await ctx.unitSelect(p ? p.unitId : unit.value);
    const name = h('input', {type: 'text', name: 'name', value: p ? p.name : '', placeholder: '“忘忧草”馨家园项目'});
    const provider = h('input', {type: 'text', name: 'provider', value: p && p.provider ? p.provider : '', placeholder: '崇善公益联盟'});
    const first = h('input', {type: 'number', name: 'firstYear', value: String(p ? p.firstYear : year)});
    const last = h('input', {type: 'number', name: 'lastYear', value: p && p.lastYear ? String(p.lastYear) : '', placeholder: t('仍在开展则留空', 'blank while it runs')});
    const note = h('input', {type: 'text', name: 'note', value: p && p.note ? p.note : ''});
    const save = async () => {
      const body = {unitId: Number(projectUnit.value), name: name.value, provider: provider.value || null, firstYear: Number(first.value),
        lastYear: last.value ? Number(last.value) : null, note: note.value || null};
      try {
        if (p) await ctx.api.put(`activities/projects/${p.id}`, {...body, version: p.version});
        else await ctx.api.post('activities/projects', body);
        ctx.notify(t('项目已保存', 'Saved'));
        form.replaceChildren();
        load();
      } catch (err) { ctx.showError(err); }
    };
    form.replaceChildren(h('div', {class: 'form grid2'},
      ctx.ui.field(t('单位', 'Unit'), projectUnit), ctx.ui.field(t('项目名称', 'Name'), name),
      ctx.ui.field(t('承接机构', 'Provider'), provider), ctx.ui.field(t('首次开展年度', 'First year'), first),
      ctx.ui.field(t('结束年度', 'Last year'), last), ctx.ui.field(t('备注', 'Note'), note)),
    h('button', {class: 'btn primary', onclick: save}, t('保存', 'Save')));
  };
  unit.onchange = load;
  const card = h('div', {class: 'card projects'}, h('h2', {}, t('购买服务项目', 'Service projects')),
    h('div', {class: 'toolbar'}, ctx.ui.field(t('单位', 'Unit'), unit),
      ctx.can('activities.manage') ? h('button', {class: 'btn primary', onclick: () => edit(null)}, t('登记项目', 'Record a project')) : null),
    form, list);
  await load();
  return card;
}
