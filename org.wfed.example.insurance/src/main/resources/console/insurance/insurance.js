// 女性安康保险: policies of a unit, and a form to record one. Example of a plugin's console page.
export async function render(el, ctx) {
  const { h, t } = ctx;
  const year = new Date().getFullYear();
  const unitSelect = await ctx.unitSelect(ctx.user.unitId);
  const list = h('div');
  const personId = h('input', { type: 'number', min: '1', placeholder: t('人员编号', 'Person id') });
  const premium = h('input', { type: 'number', min: '0.01', step: '0.01', value: '100' });
  const insurer = h('input', { type: 'text', maxlength: '100', placeholder: t('保险公司', 'Insurer') });

  async function load() {
    const rows = await ctx.api.get(`insurance/policies?unitId=${unitSelect.value}&year=${year}`);
    list.replaceChildren(ctx.table([
      { title: t('姓名', 'Name'), value: r => r.personName },
      { title: t('年度', 'Year'), value: r => String(r.year) },
      { title: t('保费（元）', 'Premium (¥)'), value: r => (r.premiumFen / 100).toFixed(2) },
      { title: t('保险公司', 'Insurer'), value: r => r.insurer || '' },
      { title: t('购买日期', 'Bought on'), value: r => r.boughtOn },
    ], rows));
  }

  async function save() {
    try {
      await ctx.api.post('insurance/policies', {
        personId: Number(personId.value), year, premiumFen: Math.round(Number(premium.value) * 100),
        insurer: insurer.value || null,
      });
      ctx.notify(t('已登记', 'Recorded'));
      await load();
    } catch (err) {
      ctx.showError(err);
    }
  }

  unitSelect.addEventListener('change', () => load().catch(ctx.showError));
  el.replaceChildren(
    h('div', { class: 'card' },
      h('h2', {}, t(`${year}年女性安康保险`, `Care insurance ${year}`)),
      h('div', { class: 'toolbar' }, unitSelect),
      list),
    h('div', { class: 'card' },
      h('h3', {}, t('登记投保', 'Record a policy')),
      h('div', { class: 'form' },
        h('div', { class: 'field' }, h('label', {}, t('人员编号', 'Person id')), personId),
        h('div', { class: 'field' }, h('label', {}, t('保费（元）', 'Premium (¥)')), premium),
        h('div', { class: 'field' }, h('label', {}, t('保险公司', 'Insurer')), insurer),
        h('button', { class: 'btn primary', onclick: save }, t('保存', 'Save')))));
  await load().catch(ctx.showError);
}
