// The parties an activity names: the units below it a meeting deployed work to (向14个街道妇联专题部署), its partner
// organisations with their province or city, and the organisations outside the tree it served (3家企业门店).
const lines = text => text.split('\n').map(s => s.trim()).filter(Boolean);

/** One "名称，省市" line per organisation (the province or city is optional). */
const orgs = text => lines(text).map(line => {
  const [name, region] = line.split(/[，,\t]/).map(s => s.trim());
  return {name, region: region || null};
});

export async function partyFields(ctx) {
  const {t, h} = ctx;
  const addressed = await ctx.unitSelect(ctx.user.unitId);
  addressed.multiple = true;
  addressed.name = 'addressedUnitIds';
  addressed.size = 5;
  [...addressed.options].forEach(o => { o.selected = false; });
  const partners = h('textarea', {rows: '3', name: 'partnerOrgs', placeholder: '李xx心灵教育中心，湖南省'});
  const served = h('textarea', {rows: '2', name: 'servedOrgs', placeholder: '太傅店小吃城'});
  const el = h('div', {class: 'form grid2'},
    ctx.ui.field(t('专题部署到的下级单位（可多选）', 'Units the meeting deployed work to'), addressed),
    ctx.ui.field(t('合作组织（每行一个：名称，所在省市）', 'Partner organisations (one a line: name, province/city)'), partners),
    ctx.ui.field(t('服务的企业、门店等（每行一个）', 'Organisations served (one a line)'), served));
  return {
    el,
    value: () => ({
      addressedUnitIds: [...addressed.selectedOptions].map(o => Number(o.value)),
      partnerOrgs: orgs(partners.value),
      servedOrgs: orgs(served.value),
    }),
    fill: a => {
      const ids = new Set((a.addressedUnitIds || []).map(String));
      [...addressed.options].forEach(o => { o.selected = ids.has(o.value); });
      partners.value = (a.partnerOrgs || []).map(o => o.region ? `${o.name}，${o.region}` : o.name).join('\n');
      served.value = (a.servedOrgs || []).map(o => o.name).join('\n');
    },
  };
}
