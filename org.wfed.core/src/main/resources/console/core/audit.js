// 审计日志: who did what to which record, searched by user, action and dates; paged; CSV export.

const SIZE = 50;

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const query = { user: ctx.params.user || '', action: ctx.params.action || '', from: ctx.params.from || '', to: ctx.params.to || '', page: 1 };
  const listBox = h('div', { class: 'card', id: 'audit-list' });
  const exportLink = h('a', { class: 'btn', id: 'audit-export', download: 'audit.csv' }, t('导出CSV', 'Export CSV'));

  const form = ui.filters([
    ui.field(t('用户名', 'User'), h('input', { name: 'user', value: query.user, maxlength: 50 })),
    ui.field(t('操作', 'Action'), h('input', { name: 'action', value: query.action, maxlength: 100, placeholder: t('如 people.create', 'e.g. people.create') })),
    ui.field(t('起始日期', 'From'), ui.date('from', query.from)),
    ui.field(t('截止日期', 'To'), ui.date('to', query.to)),
  ], (v) => { Object.assign(query, v, { page: 1 }); load(); }, { extra: exportLink });
  el.append(form, listBox);
  // unit names for the table; auditors may read the tree, others see ids
  const units = new Map((await ctx.api.get('orgs/tree').catch(() => [])).map((u) => [u.id, u.name]));

  function params(withPage) {
    const qs = new URLSearchParams();
    for (const k of ['user', 'action', 'from', 'to']) if (query[k]) qs.set(k, query[k]);
    if (withPage) { qs.set('page', query.page); qs.set('size', SIZE); }
    return qs.toString();
  }

  async function load() {
    exportLink.href = '/api/audit/export.csv' + (params(false) ? '?' + params(false) : '');
    let result;
    try {
      result = await ctx.api.get('audit?' + params(true));
    } catch (e) {
      ctx.showError(e);
      return;
    }
    listBox.replaceChildren(ctx.table([
      { title: t('时间', 'Time'), value: (e) => (e.occurredAt ? new Date(e.occurredAt).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : '') },
      { title: t('用户', 'User'), value: (e) => e.username || '' },
      { title: t('单位', 'Unit'), value: (e) => (e.unitId == null ? '' : units.get(e.unitId) || '#' + e.unitId) },
      { title: t('操作', 'Action'), value: (e) => h('span', { class: 'mono' }, e.action) },
      { title: t('记录', 'Record'), value: (e) => [e.recordType, e.recordId].filter(Boolean).join(' #') },
      { title: t('结果', 'Outcome'), value: (e) => h('span', { class: 'badge ' + (e.outcome === 'OK' ? 'ok' : 'bad') }, e.outcome || '') },
      { title: t('详情', 'Detail'), value: (e) => e.detail || '' },
    ], result.items), ui.pager(result, (page) => { query.page = page; load(); }));
  }

  await load();
}
