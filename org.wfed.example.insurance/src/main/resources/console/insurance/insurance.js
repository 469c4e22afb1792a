// 女性安康保险: policies of a unit, and a form to record one. Example of a plugin's console page built
// from the shell's components (ctx.ui, docs/console.md "Components").
export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const year = new Date().getFullYear();
  const list = h('div');
  let unitId = String(ctx.user.unitId);

  async function load() {
    const rows = await ctx.api.get(`insurance/policies?unitId=${unitId}&year=${year}`);
    list.replaceChildren(ui.table([
      { title: t('姓名', 'Name'), value: r => r.personName, key: true },
      { title: t('年度', 'Year'), value: r => String(r.year) },
      { title: t('保费（元）', 'Premium (¥)'), value: r => ui.yuan(r.premiumFen), class: 'num' },
      { title: t('保险公司', 'Insurer'), value: r => r.insurer || '' },
      { title: t('购买日期', 'Bought on'), value: r => r.boughtOn },
    ], rows));
  }

  // the form's controls are named after the API's fields: its field errors land at them
  const record = () => ui.formDialog(t('登记投保', 'Record a policy'), {
    id: 'policy-form',
    onsubmit: async (v) => {
      await ctx.api.post('insurance/policies', { personId: v.personId, year, premiumFen: v.premiumFen, insurer: v.insurer });
      ctx.notify(t('已登记', 'Recorded'));
      await load();
    },
  },
  ui.field(t('投保人', 'Insured woman'), ui.personPicker({ unitId: () => unitId }), true),
  ui.field(t('保费（元）', 'Premium (¥)'), ui.money('premiumFen', 10000), true),
  ui.field(t('保险公司', 'Insurer'), ui.input('insurer', '', { maxlength: 100 })));

  el.replaceChildren(h('div', { class: 'card' },
    h('h2', {}, t(`${year}年女性安康保险`, `Care insurance ${year}`)),
    ui.filters([ui.field(t('单位', 'Unit'), await ctx.unitSelect(unitId))], (v) => { unitId = v.unitId; ui.busy(null, load); },
      { search: false, extra: ctx.can('insurance.write') ? ui.button(t('登记投保', 'Record a policy'), record, { kind: 'primary' }) : null }),
    list));
  await load().catch(ctx.showError);
}
