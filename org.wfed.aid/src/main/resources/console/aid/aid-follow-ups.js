// 随访工作清单: abnormal screening results to follow up; overdue cases stand out; a qualifying diagnosis
// offers a pre-filled 两癌救助 application.
import { show } from './common.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const unitSel = await ctx.unitSelect(ctx.user.unitId);
  const openOnly = ctx.h('input', { type: 'checkbox' });
  openOnly.checked = true;
  const list = ctx.h('div', {});
  const detail = ctx.h('div', {});
  const SITES = { CERVICAL: t('宫颈', 'cervical'), BREAST: t('乳腺', 'breast') };
  const OUTCOMES = [['CLEARED', t('排除', 'cleared')], ['PRECANCER', t('癌前病变', 'pre-cancer')], ['CANCER', t('确诊癌症', 'cancer')]];

  async function load() {
    try {
      const rows = await ctx.api.get('aid/follow-ups?unitId=' + unitSel.value + '&open=' + openOnly.checked);
      const overdue = rows.filter(r => r.overdue).length;
      show(list, ctx.h('p', {}, t('共 ' + rows.length + ' 例，', rows.length + ' cases, '),
        overdue ? ctx.h('span', { class: 'badge bad' }, t('逾期 ' + overdue + ' 例', overdue + ' overdue')) : t('无逾期', 'none overdue')),
      ctx.table([
        { title: t('姓名', 'Name'), value: r => r.name },
        { title: t('部位', 'Site'), value: r => SITES[r.site] },
        { title: t('随访期限', 'Due'), value: r => r.overdue ? ctx.h('span', { class: 'badge bad' }, r.dueOn + t(' 已逾期', ' overdue')) : r.dueOn },
        { title: t('结果', 'Outcome'), value: r => r.outcome ? (OUTCOMES.find(o => o[0] === r.outcome)[1] + (r.stage ? ' ' + r.stage : '')) : '' },
        { title: '', value: r => r.closedOn ? r.closedOn : ctx.h('button', { class: 'btn', onclick: () => close(r) }, t('登记结果', 'Close')) },
      ], rows));
    } catch (e) { ctx.showError(e); }
  }

  function close(r) {
    const outcome = ctx.ui.select('outcome', OUTCOMES, 'CLEARED');
    const stage = ctx.h('input', { name: 'stage', placeholder: t('宫颈癌FIGO分期，如IIB', 'FIGO stage, e.g. IIB') });
    const invasive = ctx.h('input', { type: 'checkbox' });
    const on = ctx.h('input', { name: 'closedOn', type: 'date', value: ctx.ui.today() });
    const save = async () => {
      try {
        const res = await ctx.api.post('aid/follow-ups/' + r.id + '/outcome', { outcome: outcome.value, stage: stage.value || null,
          invasive: invasive.checked, closedOn: on.value, version: r.version });
        ctx.notify(t('已结案', 'Closed'));
        await load();
        if (res.aidOffer) {
          const offer = res.aidOffer;
          const apply = async () => {
            try {
              const a = await ctx.api.post('aid/applications', offer);
              ctx.notify(t('已提交两癌救助申请：' + ctx.ui.yuan(a.amountFen) + ' 元', 'Application submitted'));
              show(detail);
            } catch (e) { ctx.showError(e); }
          };
          show(detail, ctx.h('div', { class: 'card' }, ctx.h('p', {}, t('该诊断符合两癌救助条件（低收入妇女还须有低保等困难类别）。', 'This diagnosis qualifies for two-cancers aid.')),
            ctx.h('p', {}, offer.reason),
            ctx.h('button', { class: 'btn primary', onclick: apply }, t('提交两癌救助申请', 'Apply for two-cancers aid'))));
        } else {
          show(detail);
        }
      } catch (e) { ctx.showError(e); }
    };
    show(detail, ctx.h('div', { class: 'card form' }, ctx.h('h3', {}, r.name + ' · ' + SITES[r.site]),
      ctx.ui.field(t('结果', 'Outcome'), outcome), ctx.ui.field(t('分期', 'Stage'), stage),
      ctx.ui.field(t('浸润性（乳腺癌）', 'Invasive (breast)'), invasive), ctx.ui.field(t('结案日期', 'Closed on'), on),
      ctx.h('button', { class: 'btn primary', onclick: save }, t('保存', 'Save'))));
  }

  unitSel.onchange = load;
  openOnly.onchange = load;
  show(el, ctx.h('div', { class: 'filters' }, ctx.ui.field(t('单位', 'Unit'), unitSel), ctx.h('label', { class: 'check' }, openOnly, t(' 只看未结案', ' Open only'))), detail, list);
  await load();
}
