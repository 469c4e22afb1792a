// 微心愿: micro-wishes of the caller's subtree: collect, claim and fulfil. The beneficiary's name is shown masked.

import { register } from './services-common.js';

export async function render(el, ctx) {
  const {t} = ctx;
  el.textContent = '';
  const statuses = {COLLECTED: [t('待认领', 'Collected'), 'warn'], CLAIMED: [t('已认领', 'Claimed'), ''],
    FULFILLED: [t('已实现', 'Fulfilled'), 'ok']};
  await register(el, ctx, {
    title: t('微心愿', 'Micro-wishes'), formTitle: t('收集微心愿', 'Collect a wish'), path: 'services/wishes',
    total: n => t(`共${n}个`, `${n} wishes`),
    columns: [
      {title: t('收集日期', 'Collected'), value: v => v.collectedOn},
      {title: t('单位', 'Unit'), value: v => v.unitName},
      {title: t('心愿', 'Wish'), value: v => v.wish},
      {title: t('价值（元）', 'Value'), value: v => v.value == null ? '' : String(v.value)},
      {title: t('心愿人', 'Beneficiary'), value: v => v.beneficiary},
      {title: t('认领人', 'Claimed by'), value: v => v.claimedBy ? `${v.claimedBy}（${v.claimedOn}）` : ''},
      {title: t('实现日期', 'Fulfilled'), value: v => v.fulfilledOn || ''},
      {title: t('状态', 'Status'), value: v => ctx.ui.badge(statuses[v.status][1], statuses[v.status][0])},
    ],
    fields: [
      {name: 'unitId', label: t('单位', 'Unit'), type: 'unit'},
      {name: 'wish', label: t('心愿内容', 'Wish'), placeholder: '如：一个新书包'},
      {name: 'value', label: t('价值（元）', 'Value (yuan)'), type: 'number', step: '0.01'},
      {name: 'beneficiary', label: t('心愿人姓名', 'Beneficiary')},
      {name: 'collectedOn', label: t('收集日期', 'Collected on'), type: 'date', value: 'today'},
      {name: 'claimedBy', label: t('认领人（爱心人士、志愿者）', 'Claimed by')},
      {name: 'claimedOn', label: t('认领日期', 'Claimed on'), type: 'date'},
      {name: 'fulfilledOn', label: t('实现日期', 'Fulfilled on'), type: 'date'},
      {name: 'fulfilledHow', label: t('实现方式', 'How')},
    ],
  });
}
