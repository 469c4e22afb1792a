// 两癌筛查: campaigns, the invitation list (low-income women first) and screening results.
import { show } from './common.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const unitSel = await ctx.unitSelect(ctx.user.unitId);
  const list = ctx.h('div', {});
  const detail = ctx.h('div', {});
  const R = [['NORMAL', t('未见异常', 'normal')], ['ABNORMAL', t('异常', 'abnormal')]];

  async function load() {
    try {
      const rows = await ctx.api.get('aid/campaigns?unitId=' + unitSel.value);
      show(list, ctx.table([
        { title: t('年度', 'Year'), value: c => String(c.year) },
        { title: t('名称', 'Name'), value: c => c.name },
        { title: t('年龄', 'Ages'), value: c => c.minAge + '–' + c.maxAge },
        { title: t('应查', 'Due'), value: c => String(c.invited) },
        { title: t('实查', 'Screened'), value: c => String(c.screened) },
        { title: t('筛查率', 'Rate'), value: c => c.invited ? Math.round(c.screened * 1000 / c.invited) / 10 + '%' : '' },
        { title: t('异常', 'Abnormal'), value: c => String(c.abnormal) },
        { title: t('重复筛查', 'Twice'), value: c => c.duplicates ? ctx.h('span', { class: 'badge warn' }, String(c.duplicates)) : '0' },
        { title: '', value: c => ctx.h('button', { class: 'btn', onclick: () => open(c.id) }, t('打开', 'Open')) },
      ], rows));
    } catch (e) { ctx.showError(e); }
  }

  function newCampaign() {
    const name = ctx.h('input', { name: 'name', value: new Date().getFullYear() + t('年适龄妇女两癌免费筛查', ' screening') });
    const year = ctx.h('input', { name: 'year', type: 'number', value: String(new Date().getFullYear()) });
    const minAge = ctx.h('input', { name: 'minAge', value: '35', size: 4 });
    const maxAge = ctx.h('input', { name: 'maxAge', value: '64', size: 4 });
    const skip = ctx.h('input', { name: 'skipYears', value: '2', size: 4 });
    const days = ctx.h('input', { name: 'followUpDays', value: '30', size: 4 });
    const save = async () => {
      try {
        const c = await ctx.api.post('aid/campaigns', { unitId: Number(unitSel.value), year: Number(year.value), name: name.value,
          minAge: Number(minAge.value), maxAge: Number(maxAge.value), skipYears: Number(skip.value), followUpDays: Number(days.value) });
        ctx.notify(t('已创建，下一步：生成应查名单', 'Created; next: draw the invitation list'));
        await load();
        await open(c.id);
      } catch (e) { ctx.showError(e); }
    };
    show(detail, ctx.h('div', { class: 'card form' }, ctx.h('h3', {}, t('新建筛查活动', 'New campaign')),
      ctx.ui.field(t('名称', 'Name'), name), ctx.ui.field(t('年度', 'Year'), year),
      ctx.ui.field(t('年龄范围', 'Ages'), ctx.h('span', {}, minAge, ' – ', maxAge)),
      ctx.ui.field(t('近几年已筛查者不邀请', 'Skip screened within years'), skip),
      ctx.ui.field(t('异常随访期限（天）', 'Follow-up within days'), days),
      ctx.h('button', { class: 'btn primary', onclick: save }, t('创建', 'Create'))));
  }

  async function open(id) {
    try {
      const c = await ctx.api.get('aid/campaigns/' + id);
      const invited = await ctx.api.get('aid/campaigns/' + id + '/invitations');
      const draw = async () => {
        try {
          const r = await ctx.api.post('aid/campaigns/' + id + '/invitations', { personIds: [], fromBeneficiaries: true });
          ctx.notify(t('新增邀请 ' + r.invited + ' 人，未纳入 ' + r.skipped.length + ' 人', r.invited + ' invited'));
          await open(id);
          await load();
        } catch (e) { ctx.showError(e); }
      };
      const who = ctx.ui.select('personId', invited.filter(i => !i.screened).map(i => [i.personId, i.name + '（' + i.age + '）']), '');
      const on = ctx.h('input', { name: 'screenedOn', type: 'date', value: ctx.ui.today() });
      const consent = ctx.h('input', { name: 'consentOn', type: 'date', value: ctx.ui.today() });
      const method = ctx.ui.select('cervicalMethod', [['', t('未做', 'not done')], ['TBS', 'TBS'], ['HPV', 'HPV'], ['VIA', 'VIA/VILI']], '');
      const cervical = ctx.ui.select('cervicalResult', [['', ''], ...R], '');
      const clinical = ctx.ui.select('breastClinical', [['', t('未做', 'not done')], ...R], '');
      const birads = ctx.ui.select('breastBirads', [['', ''], ...['0', '1', '2', '3', '4A', '4B', '4C', '5', '6'].map(x => [x, 'BI-RADS ' + x])], '');
      const mammo = ctx.ui.select('mammography', [['', t('未做', 'not done')], ...R], '');
      const record = async () => {
        try {
          await ctx.api.post('aid/campaigns/' + id + '/screenings', { personId: Number(who.value), screenedOn: on.value,
            cervicalMethod: method.value || null, cervicalResult: cervical.value || null, breastClinical: clinical.value || null,
            breastBirads: birads.value || null, mammography: mammo.value || null, consentOn: consent.value });
          ctx.notify(t('已登记筛查结果', 'Recorded'));
          await open(id);
          await load();
        } catch (e) { ctx.showError(e); }
      };
      const parts = [ctx.h('h3', {}, c.name),
        ctx.h('div', { class: 'toolbar' }, ctx.can('aid.screen') ? ctx.h('button', { class: 'btn primary', onclick: draw },
          t('从救助对象中生成应查名单', 'Draw the list from beneficiaries')) : null),
        ctx.h('h4', {}, t('应查名单（低收入妇女优先）', 'Invitation list (low income first)')),
        ctx.table([
          { title: t('姓名', 'Name'), value: i => i.name },
          { title: t('年龄', 'Age'), value: i => String(i.age) },
          { title: t('低收入', 'Low income'), value: i => i.lowIncome ? ctx.h('span', { class: 'badge warn' }, t('是', 'yes')) : '' },
          { title: t('已筛查', 'Screened'), value: i => i.screened ? ctx.h('span', { class: 'badge ok' }, t('已查', 'yes')) : '' },
        ], invited)];
      if (ctx.can('aid.screen')) {
        parts.push(ctx.h('div', { class: 'form' }, ctx.h('h4', {}, t('登记筛查结果', 'Record a screening')),
          ctx.ui.field(t('受检妇女', 'Woman'), who), ctx.ui.field(t('筛查日期', 'Date'), on),
          ctx.ui.field(t('本人同意处理健康信息日期', 'Consent on'), consent),
          ctx.ui.field(t('宫颈癌筛查方法', 'Cervical method'), method), ctx.ui.field(t('宫颈癌筛查结果', 'Cervical result'), cervical),
          ctx.ui.field(t('乳腺临床检查', 'Breast clinical'), clinical), ctx.ui.field(t('乳腺超声', 'Ultrasound'), birads),
          ctx.ui.field(t('乳腺X线（BI-RADS 0/3级时）', 'Mammography (BI-RADS 0/3)'), mammo),
          ctx.h('button', { class: 'btn primary', onclick: record }, t('保存', 'Save'))));
      }
      if (ctx.can('aid.health.read')) {
        const results = await ctx.api.get('aid/campaigns/' + id + '/screenings');
        parts.push(ctx.h('h4', {}, t('筛查结果（已脱敏）', 'Results (masked)')), ctx.table([
          { title: t('姓名', 'Name'), value: s => s.name },
          { title: t('日期', 'Date'), value: s => s.screenedOn },
          { title: t('宫颈', 'Cervical'), value: s => (s.cervicalMethod || '') + ' ' + (s.cervicalResult || '') },
          { title: t('乳腺', 'Breast'), value: s => (s.breastClinical || '') + ' ' + (s.breastBirads || '') },
          { title: t('重复', 'Twice'), value: s => s.duplicate ? ctx.h('span', { class: 'badge bad' }, t('重复筛查', 'twice')) : '' },
        ], results));
      }
      show(detail, ctx.h('div', { class: 'card' }, ...parts));
    } catch (e) { ctx.showError(e); }
  }

  unitSel.onchange = load;
  show(el, ctx.h('div', { class: 'filters' }, ctx.ui.field(t('单位', 'Unit'), unitSel),
    ctx.can('aid.screen') ? ctx.h('button', { class: 'btn primary', onclick: newCampaign }, t('新建筛查活动', 'New campaign')) : null),
    detail, list);
  await load();
}
