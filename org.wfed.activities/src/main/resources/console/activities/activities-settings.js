// 评选与活动设置: the contest types (评选类型) and activity types (活动类型) as data — criteria, cycle, quota,
// public-vote share, public-notice length, whether a lower-level title is required; training types.

import {materialsCard} from './quantities.js';

const KIND = {FAMILY: '家庭', PERSON: '个人', UNIT: '集体'};

export async function render(el, ctx) {
  const {t} = ctx;
  const h = ctx.h;
  el.textContent = '';
  const contestTypes = await ctx.api.get('activities/contest-types?all=true');
  const activityTypes = await ctx.api.get('activities/event-types?all=true');
  const reload = () => render(el, ctx);

  const typeRow = ty => {
    const name = h('input', {type: 'text', value: ty.name, class: 'short'});
    const criteria = h('textarea', {rows: '2', class: 'short'}, ty.criteria || '');
    const cycle = h('select', {}, h('option', {value: '1'}, '每年'), h('option', {value: '2'}, '每两年'));
    cycle.value = String(ty.cycleYears);
    const quota = h('input', {type: 'number', min: '0', value: String(ty.quota), class: 'short'});
    const share = h('input', {type: 'number', min: '0', max: '100', value: String(ty.voteShare), class: 'short'});
    const days = h('input', {type: 'number', min: '1', max: '30', value: String(ty.noticeDays), class: 'short'});
    const working = checkbox(h, ty.noticeWorkingDays);
    const lower = checkbox(h, ty.requiresLowerTitle);
    const active = checkbox(h, ty.active);
    const save = async () => {
      try {
        await ctx.api.put(`activities/contest-types/${ty.id}`, {...ty, name: name.value, criteria: criteria.value || null,
          cycleYears: Number(cycle.value), quota: Number(quota.value), voteShare: Number(share.value), noticeDays: Number(days.value),
          noticeWorkingDays: working.checked, requiresLowerTitle: lower.checked, active: active.checked});
        ctx.notify(t(`“${name.value}”已保存`, 'Saved'));
        reload();
      } catch (err) { ctx.showError(err); }
    };
    return {ty, name, criteria, cycle, quota, share, days, working, lower, active,
      save: h('button', {class: 'btn primary', onclick: save}, t('保存', 'Save'))};
  };
  const rows = contestTypes.map(typeRow);

  const code = h('input', {type: 'text', placeholder: 'SKILLS_CONTEST'});
  const typeName = h('input', {type: 'text', placeholder: '技能比赛'});
  const training = h('input', {type: 'checkbox'});
  const putActivityType = async (body, message) => {
    try { await ctx.api.put(`activities/event-types/${body.code}`, body); ctx.notify(message); reload(); } catch (err) { ctx.showError(err); }
  };

  el.append(h('div', {class: 'card'}, h('h2', {}, t('评选类型', 'Contest types')),
    h('p', {class: 'muted'}, t('群众投票占比：如30表示“群众投票30% + 评委评分70%”；名额0表示不限；“需下级称号”表示街道及以上只接受下级推荐。',
      'Vote share 30 = 30% votes + 70% panel; quota 0 = no limit.')),
    ctx.table([
      {title: t('类型', 'Type'), value: r => h('span', {}, r.name, h('div', {class: 'muted'}, `${r.ty.code} · ${KIND[r.ty.nomineeKind]}`))},
      {title: t('评选条件', 'Criteria'), value: r => r.criteria},
      {title: t('周期', 'Cycle'), value: r => r.cycle},
      {title: t('名额', 'Quota'), value: r => r.quota},
      {title: t('投票占比%', 'Votes %'), value: r => r.share},
      {title: t('公示天数', 'Notice days'), value: r => r.days},
      {title: t('工作日', 'Working days'), value: r => r.working},
      {title: t('需下级称号', 'Lower title'), value: r => r.lower},
      {title: t('启用', 'Active'), value: r => r.active},
      {title: '', value: r => r.save},
    ], rows)));
  el.append(h('div', {class: 'card'}, h('h2', {}, t('活动类型', 'Activity types')),
    ctx.table([
      {title: t('代码', 'Code'), value: a => a.code},
      {title: t('名称', 'Name'), value: a => a.name},
      {title: t('培训类（计批次、人次）', 'Training'), value: a => a.training ? '是' : ''},
      {title: t('状态', 'Status'), value: a => h('button', {class: 'btn', onclick: () => putActivityType({...a, active: !a.active},
        t('已保存', 'Saved'))}, a.active ? t('停用', 'Disable') : t('启用', 'Enable'))},
    ], activityTypes),
    h('h3', {}, t('新增活动类型', 'Add a type')),
    h('div', {class: 'form grid2'},
      h('div', {class: 'field'}, h('label', {}, t('代码（大写字母）', 'Code')), code),
      h('div', {class: 'field'}, h('label', {}, t('名称', 'Name')), typeName),
      h('div', {class: 'field'}, h('label', {}, t('培训类', 'Training')), training)),
    h('button', {class: 'btn primary', onclick: () => putActivityType({code: code.value.trim(), name: typeName.value.trim(),
      training: training.checked, active: true, sortOrder: 500}, t('活动类型已添加', 'Added'))}, t('添加', 'Add'))));
  el.append(await materialsCard(ctx, reload));
}

function checkbox(h, checked) {
  const c = h('input', {type: 'checkbox'});
  c.checked = checked;
  return c;
}
