// 就业服务: job posts (开发岗位、单位招聘), the job seekers' register, job fairs, referrals (推荐) and placements of the caller's subtree.

import { register, tabs } from './services-common.js';

export async function render(el, ctx) {
  const {t, h} = ctx;
  el.textContent = '';
  // the caller's subtree's latest 200 records (of the last three years), for choosing in the placement form
  const since = `${new Date().getFullYear() - 2}-01-01`;
  const recent = async (path) => (await ctx.api.get(`${path}?unitId=${ctx.user.unitId}&from=${since}&to=${new Date().getFullYear()}-12-31&size=200`)).items;
  const yes = (b) => b ? t('是', 'Yes') : '';
  const outcomes = {PENDING: t('待反馈', 'Pending'), HIRED: t('已录用', 'Hired'), DECLINED: t('未录用', 'Declined')};
  const sources = {DEVELOPED: t('开发岗位', 'Developed'), EMPLOYER: t('单位招聘', 'Employer notice')};
  await tabs(el, ctx, [
    {title: t('岗位', 'Posts'), render: (pane) => register(pane, ctx, {
      title: t('就业岗位', 'Job posts'), formTitle: t('登记岗位', 'Post a job'), path: 'services/jobs',
      total: n => t(`共${n}条`, `${n} posts`),
      columns: [
        {title: t('发布日期', 'Opened'), value: v => v.openedOn},
        {title: t('单位', 'Unit'), value: v => v.unitName},
        {title: t('来源', 'Source'), value: v => sources[v.source] || v.source},
        {title: t('用人单位', 'Employer'), value: v => v.employer},
        {title: t('岗位', 'Post'), value: v => v.title},
        {title: t('招聘（人）', 'Places'), value: v => `${v.filled}/${v.places}`},
        {title: t('薪资', 'Pay'), value: v => v.pay || ''},
        {title: t('截止', 'Closes'), value: v => v.closedOn || ''},
      ],
      fields: [
        {name: 'unitId', label: t('单位', 'Unit'), type: 'unit'},
        {name: 'source', label: t('来源', 'Source'), type: 'select', value: 'EMPLOYER',
          options: [['EMPLOYER', sources.EMPLOYER], ['DEVELOPED', sources.DEVELOPED]]},
        {name: 'employer', label: t('用人单位', 'Employer')},
        {name: 'title', label: t('岗位名称', 'Post'), placeholder: '如：家政服务员'},
        {name: 'places', label: t('招聘人数', 'Places'), type: 'number', min: '1', value: 1},
        {name: 'pay', label: t('薪资待遇', 'Pay'), placeholder: '如：3000-4000元/月'},
        {name: 'openedOn', label: t('发布日期', 'Opened on'), type: 'date', value: 'today'},
        {name: 'closedOn', label: t('截止日期（可不填）', 'Closes on (optional)'), type: 'date'},
      ],
    })},
    {title: t('求职登记', 'Seekers'), render: async (pane) => {
      const seekers = await register(pane, ctx, {
      title: t('求职人员', 'Job seekers'), formTitle: t('登记求职人员', 'Register a seeker'), path: 'services/seekers',
      total: n => t(`共${n}人`, `${n} seekers`),
      columns: [
        {title: t('登记日期', 'Registered'), value: v => v.registeredOn},
        {title: t('单位', 'Unit'), value: v => v.unitName},
        {title: t('姓名', 'Name'), value: v => v.name},
        {title: t('技能', 'Skills'), value: v => v.skills || ''},
        {title: t('求职意向', 'Wishes'), value: v => v.wishes || ''},
        {title: t('登记失业', 'Unemployed'), value: v => v.unemployed ? t(`是（${v.unemployedSince || ''}起）`, `since ${v.unemployedSince || ''}`) : ''},
        {title: t('已就业', 'Placed'), value: v => v.placements ? t('是', 'Yes') : ''},
      ],
      fields: [
        {name: 'unitId', label: t('单位', 'Unit'), type: 'unit'},
        {name: 'name', label: t('姓名', 'Name')},
        {name: 'personId', label: t('人员库编号（可不填）', 'Registry id (optional)'), type: 'number', min: '1'},
        {name: 'skills', label: t('技能特长', 'Skills')},
        {name: 'wishes', label: t('求职意向', 'Wishes')},
        {name: 'registeredOn', label: t('登记日期', 'Registered on'), type: 'date', value: 'today'},
        {name: 'unemployed', label: t('登记失业', 'Registered unemployed'), type: 'checkbox'},
        {name: 'unemployedSince', label: t('失业日期', 'Unemployed since'), type: 'date'},
      ],
      });
      if (ctx.can('services.manage')) pane.append(await seekerImport(ctx, seekers));
    }},
    {title: t('招聘会', 'Fairs'), render: (pane) => register(pane, ctx, {
      title: t('招聘会', 'Job fairs'), formTitle: t('登记招聘会', 'Record a fair'), path: 'services/fairs',
      total: n => t(`共${n}次`, `${n} fairs`),
      columns: [
        {title: t('日期', 'Date'), value: v => v.heldOn},
        {title: t('单位', 'Unit'), value: v => v.unitName},
        {title: t('名称', 'Name'), value: v => v.name},
        {title: t('企业（家）', 'Employers'), value: v => String(v.employers)},
        {title: t('岗位（个）', 'Posts'), value: v => String(v.posts)},
        {title: t('求职者（人次）', 'Visitors'), value: v => String(v.visitors)},
        {title: t('达成意向（人）', 'Agreements'), value: v => String(v.agreements)},
      ],
      fields: [
        {name: 'unitId', label: t('单位', 'Unit'), type: 'unit'},
        {name: 'heldOn', label: t('日期', 'Date'), type: 'date', value: 'today'},
        {name: 'name', label: t('名称', 'Name'), placeholder: '如：春风行动专场招聘会'},
        {name: 'employers', label: t('参会企业', 'Employers'), type: 'number', value: 0},
        {name: 'posts', label: t('提供岗位', 'Posts'), type: 'number', value: 0},
        {name: 'visitors', label: t('求职者人次', 'Visitors'), type: 'number', value: 0},
        {name: 'agreements', label: t('达成就业意向', 'Agreements'), type: 'number', value: 0},
      ],
    })},
    {title: t('推荐', 'Referrals'), render: (pane) => register(pane, ctx, {
      title: t('推荐求职者', 'Referrals'), formTitle: t('登记推荐', 'Refer a seeker'), path: 'services/referrals',
      total: n => t(`共${n}人次`, `${n} referrals`),
      columns: [
        {title: t('推荐日期', 'Referred on'), value: v => v.referredOn},
        {title: t('单位', 'Unit'), value: v => v.unitName},
        {title: t('姓名', 'Name'), value: v => v.seekerName},
        {title: t('岗位', 'Post'), value: v => `${v.employer} · ${v.jobTitle}`},
        {title: t('结果', 'Outcome'), value: v => outcomes[v.outcome] || v.outcome},
        {title: t('备注', 'Note'), value: v => v.note || ''},
      ],
      fields: [
        {name: 'seekerId', label: t('求职人员', 'Seeker'), type: 'lookup', empty: t('请选择', 'Choose'),
          load: async () => (await recent('services/seekers')).map(v => [v.id, `${v.name}（${v.registeredOn}登记）`])},
        {name: 'jobId', label: t('推荐岗位', 'Post'), type: 'lookup', empty: t('请选择', 'Choose'),
          load: async () => (await recent('services/jobs')).map(v => [v.id, `${v.employer} · ${v.title}（${v.openedOn}发布）`])},
        {name: 'referredOn', label: t('推荐日期', 'Referred on'), type: 'date', value: 'today'},
        {name: 'outcome', label: t('推荐结果', 'Outcome'), type: 'select', value: 'PENDING',
          options: Object.entries(outcomes)},
        {name: 'note', label: t('备注', 'Note')},
      ],
    })},
    {title: t('成功就业', 'Placements'), render: (pane) => register(pane, ctx, {
      title: t('成功就业', 'Placements'), formTitle: t('登记就业', 'Record a placement'), path: 'services/placements',
      total: n => t(`共${n}人次`, `${n} placements`),
      columns: [
        {title: t('就业日期', 'Placed on'), value: v => v.placedOn},
        {title: t('单位', 'Unit'), value: v => v.unitName},
        {title: t('姓名', 'Name'), value: v => v.seekerName},
        {title: t('用人单位', 'Employer'), value: v => v.employer},
        {title: t('核实方式', 'Confirmed by'), value: v => v.confirmedBy || ''},
        {title: t('超额', 'Over places'), value: v => yes(v.overPlaces)},
      ],
      fields: [
        {name: 'seekerId', label: t('求职人员', 'Seeker'), type: 'lookup', empty: t('请选择', 'Choose'),
          load: async () => (await recent('services/seekers')).map(v => [v.id, `${v.name}（${v.registeredOn}登记）`])},
        {name: 'jobId', label: t('岗位（可不选）', 'Post (optional)'), type: 'lookup', empty: t('不对应岗位', 'None'),
          load: async () => (await recent('services/jobs')).map(v => [v.id, `${v.employer} · ${v.title}（${v.filled}/${v.places}）`])},
        {name: 'referralId', label: t('来自推荐（可不选）', 'From a referral (optional)'), type: 'lookup', empty: t('不对应推荐', 'None'),
          load: async () => (await recent('services/referrals')).map(v => [v.id, `${v.seekerName} → ${v.employer} · ${v.jobTitle}（${v.referredOn}）`])},
        {name: 'employer', label: t('用人单位（选了岗位可不填）', 'Employer')},
        {name: 'placedOn', label: t('就业日期', 'Placed on'), type: 'date', value: 'today'},
        {name: 'confirmedBy', label: t('核实方式', 'Confirmed by'), placeholder: '如：电话回访、劳动合同'},
        {name: 'override', label: t('超额登记（岗位名额已满）', 'Beyond the places'), type: 'checkbox'},
      ],
    })},
  ]);
  el.prepend(h('p', {class: 'muted'}, t('就业服务：岗位、求职登记、招聘会、推荐和成功就业。', 'Employment services.')));
}

/** 批量导入求职人员: a list file or a pasted block into a unit, checked first, then all or nothing. */
async function seekerImport(ctx, seekers) {
  const {t, h, ui} = ctx;
  const unit = await ctx.unitSelect(ctx.user.unitId, {name: 'importUnitId'});
  return h('div', {class: 'card'}, h('h3', {}, t('批量导入求职人员', 'Import a seeker list')), ui.importer({
    templates: [[t('下载Excel模板', 'Excel template'), '/api/services/seekers/import/template.xlsx']],
    before: ui.field(t('导入到单位', 'Into unit'), unit, true),
    pasteHint: t('从表格复制整块粘贴到这里，第一行为表头：姓名、身份证号、技能特长、求职意向、登记日期、登记失业、失业日期',
      'Paste cells from a spreadsheet, header first'),
    request: () => ({unitId: Number(unit.value)}),
    preview: (req) => ctx.api.post('services/seekers/import/preview', req),
    commit: (req) => ctx.api.post('services/seekers/import/commit', req),
    counts: (r) => t(`新增 ${r.created} 人`, `${r.created} new`),
    done: async () => { await seekers.reload(); },
  }));
}
