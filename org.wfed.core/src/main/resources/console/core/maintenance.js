// 系统维护: which wfed bundles and local plugins run, the settings in force, an online backup of the database, and
// the link to the API reference page (/console/api/).

const STATES = { ACTIVE: ['运行中', 'Active', 'ok'], STARTING: ['启动中', 'Starting', 'warn'], RESOLVED: ['已就绪', 'Resolved', 'warn'], INSTALLED: ['未能启动', 'Installed', 'bad'], FAILED: ['故障', 'Failed', 'bad'], REFUSED: ['已拒绝', 'Refused', 'bad'], REPLACED: ['已被替换', 'Replaced', 'warn'] };

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const state = (s) => {
    const l = STATES[s] || [s, s, 'warn'];
    return h('span', { class: 'badge ' + l[2] }, t(l[0], l[1]));
  };
  const [bundles, plugins, settings] = await Promise.all([ctx.api.get('system/bundles'), ctx.api.get('system/plugins'), ctx.api.get('system/settings')]);
  const result = h('div');
  const backup = h('button', {
    class: 'btn primary', type: 'button', id: 'backup',
    onclick: () => ui.busy(backup, async () => {
      const r = await ctx.api.post('system/backup');
      const how = r.method === 'pg_dump' ? t('备份已完成（pg_dump），用 pg_restore 恢复：', 'Backup done (pg_dump); restore it with pg_restore: ')
        : t('备份已完成，恢复时使用：', 'Backup done; restore from: ');
      result.replaceChildren(h('p', null, how, h('span', { class: 'mono' }, r.restoreFrom)));
      ctx.notify(t('备份已完成', 'Backup done'));
    }),
  }, t('立即备份数据库', 'Back up the database now'));

  el.append(
    h('div', { class: 'card' }, h('h2', null, t('数据备份', 'Backup')),
      h('p', { class: 'muted' }, t('在线备份不影响使用。备份保存在数据目录的 backups 文件夹中，请定期复制到其他介质。',
        'An online backup does not interrupt work. Backups go to the backups folder of the data directory; copy them elsewhere regularly.')),
      backup, result),
    h('div', { class: 'card' }, h('h2', null, t('本地插件', 'Local plugins')),
      h('p', { class: 'muted' }, t('将插件 jar 放入 plugins 文件夹即自动安装，移除即卸载。', 'Drop a plugin jar into the plugins folder to install it; remove it to uninstall.')),
      ctx.table([
        { title: t('插件', 'Plugin'), value: (p) => h('span', { class: 'mono' }, p.symbolicName || p.location) },
        { title: t('版本', 'Version'), value: (p) => p.version || '' },
        { title: t('状态', 'State'), value: (p) => state(p.state) },
        { title: t('问题', 'Problem'), value: (p) => p.problem || '' },
      ], plugins)),
    h('div', { class: 'card' }, h('h2', null, t('接口文档', 'API reference')),
      h('p', { class: 'muted' }, t('供信息技术人员对接本系统：全部接口（含插件）的参数、数据格式、错误格式和所需权限，可在线试用。',
        'For IT staff integrating wfed: every operation (plugins included) with its parameters, data, errors and permission; try them online.')),
      h('a', { class: 'btn', id: 'api-reference', href: '/console/api/index.html', target: '_blank', rel: 'noopener' }, t('打开接口文档', 'Open the API reference')),
      ' ', h('a', { href: '/api/reference', download: 'wfed-openapi.json' }, t('下载 OpenAPI 3.1 文档', 'Download the OpenAPI 3.1 document'))),
    h('div', { class: 'card' }, h('h2', null, t('运行设置', 'Settings in force')),
      h('p', { class: 'muted' }, t('启动时读取的设置及其来源（环境变量、启动参数或默认值）；密码不显示。配置文件放在：',
        'Settings read at start and where each came from (environment, launch property or default); passwords are not shown. Configuration files go in: '),
        h('span', { class: 'mono' }, settings.configFolder || '')),
      ctx.table([
        { title: t('设置', 'Setting'), value: (s) => h('span', { class: 'mono' }, s.environment) },
        { title: t('值', 'Value'), value: (s) => (s.value == null ? '' : s.value) },
        { title: t('来源', 'Source'), value: (s) => s.source },
      ], settings.start),
      ctx.table([
        { title: 'PID', value: (c) => h('span', { class: 'mono' }, c.pid) },
        { title: t('来源', 'Source'), value: (c) => c.source },
        { title: t('属性', 'Properties'), value: (c) => Object.entries(c.properties).map(([k, v]) => k + ' = ' + v).join('; ') },
      ], settings.configurations)),
    h('div', { class: 'card' }, h('h2', null, t('系统组件', 'Bundles')), ctx.table([
      { title: 'ID', class: 'num', value: (b) => String(b.id) },
      { title: t('组件', 'Bundle'), value: (b) => h('span', { class: 'mono' }, b.symbolicName) },
      { title: t('版本', 'Version'), value: (b) => b.version },
      { title: t('状态', 'State'), value: (b) => state(b.state) },
      { title: t('插件', 'Plugin'), value: (b) => (b.plugin ? t('是', 'Yes') : '') },
    ], bundles)));
}
