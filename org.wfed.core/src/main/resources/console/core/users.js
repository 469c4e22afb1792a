// 用户与角色: accounts of the caller's subtree, their roles, unlock and password reset, and which
// permission each role holds.
import { ROLES } from './forms.js';

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const filter = await ctx.unitSelect(ctx.params.unitId || ctx.user.unitId, { name: 'filterUnit' });
  filter.id = 'users-unit';
  const panel = h('div', { class: 'card', hidden: true, id: 'user-panel' });
  const listBox = h('div', { class: 'card', id: 'users-list' });
  const permBox = h('div', { class: 'card', id: 'role-permissions' });

  el.append(
    h('div', { class: 'toolbar' },
      h('label', { for: 'users-unit' }, t('单位', 'Unit')), filter,
      h('button', { class: 'btn', type: 'button', onclick: () => load() }, t('查询', 'Search')),
      h('div', { class: 'spacer' }),
      h('button', { class: 'btn primary', type: 'button', id: 'new-user', onclick: () => createForm() }, t('新增用户', 'New user'))),
    panel, listBox, permBox);

  const closePanel = () => { panel.hidden = true; panel.replaceChildren(); };
  const openPanel = (...nodes) => {
    panel.replaceChildren(...nodes);
    panel.hidden = false;
    const first = panel.querySelector('input,select');
    if (first) first.focus();
  };

  async function load() {
    let users;
    try {
      users = await ctx.api.get('users?unitId=' + encodeURIComponent(filter.value));
    } catch (e) {
      ctx.showError(e);
      return;
    }
    listBox.replaceChildren(h('h2', null, t('用户', 'Users')), ctx.table([
      { title: t('用户名', 'Username'), value: (u) => h('span', { class: 'mono' }, u.username) },
      { title: t('姓名', 'Name'), value: (u) => u.displayName },
      { title: t('单位', 'Unit'), value: (u) => u.unitName || '#' + u.unitId },
      { title: t('角色', 'Roles'), value: (u) => (u.roles || []).map((r) => ui.label(ROLES, r)).join('、') },
      { title: t('状态', 'Status'), value: (u) => status(u) },
      { title: t('操作', 'Actions'), value: (u) => h('span', { class: 'row-actions' },
        h('button', { class: 'btn small', type: 'button', onclick: () => editForm(u) }, t('编辑', 'Edit')), ' ',
        h('button', { class: 'btn small', type: 'button', onclick: () => passwordForm(u) }, t('重置密码', 'Reset password')), ' ',
        h('button', { class: 'btn small', type: 'button', onclick: () => tokens(u) }, t('令牌', 'Tokens')), ' ',
        u.twoFactor ? h('button', { class: 'btn small', type: 'button', onclick: (e) => resetTwoFactor(u, e.target) }, t('重置双因素', 'Reset 2FA')) : null, ' ',
        u.locked ? h('button', { class: 'btn small', type: 'button', onclick: (e) => unlock(u, e.target) }, t('解锁', 'Unlock')) : null) },
    ], users));
  }

  function status(u) {
    if (!u.enabled) return h('span', { class: 'badge bad' }, t('已停用', 'Disabled'));
    if (u.locked) return h('span', { class: 'badge warn' }, t('已锁定', 'Locked'));
    return h('span', { class: 'badge ok' }, t('正常', 'Active'));
  }

  function roleBoxes(selected) {
    return h('div', { class: 'roles', 'data-name': 'roles' }, Object.keys(ROLES).map((r) => h('label', { class: 'role-choice' },
      h('input', { type: 'checkbox', 'data-role': r, checked: (selected || []).includes(r) }), ' ', ui.label(ROLES, r), '\u3000')));
  }

  const chosenRoles = (form) => [...form.querySelectorAll('[data-role]')].filter((c) => c.checked).map((c) => c.dataset.role);

  function form(title, rows, submitText, send) {
    return ui.form({ title, submit: submitText, cancel: closePanel, onsubmit: (v, f) => send(v, f) }, rows);
  }

  const passwordHint = () => h('p', { class: 'muted' }, t('密码须有足够长度，包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。',
    'Long enough, with three of: upper case, lower case, digits, symbols; not containing the username.'));

  async function createForm() {
    const unit = await ctx.unitSelect(filter.value, { name: 'unitId' });
    openPanel(form(t('新增用户', 'New user'), [
      ui.field(t('用户名', 'Username'), h('input', { name: 'username', maxlength: 50, autocomplete: 'off' }), true),
      ui.field(t('姓名', 'Name'), h('input', { name: 'displayName', maxlength: 50 }), true),
      ui.field(t('所属单位', 'Unit'), unit, true),
      h('div', { class: 'field required' }, h('label', null, t('角色', 'Roles')), roleBoxes(['STAFF'])),
      ui.field(t('初始密码', 'Password'), h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
      passwordHint(),
    ], t('创建', 'Create'), async (v, f) => {
      const created = await ctx.api.post('users', { username: v.username, displayName: v.displayName, unitId: Number(v.unitId || 0), roles: chosenRoles(f), password: v.password });
      closePanel();
      ctx.notify(t('已创建用户：' + created.username, 'User created: ' + created.username));
      await load();
    }));
  }

  async function editForm(u) {
    const unit = await ctx.unitSelect(u.unitId, { name: 'unitId' });
    openPanel(form(t('编辑用户：' + u.username, 'Edit user ' + u.username), [
      ui.field(t('姓名', 'Name'), h('input', { name: 'displayName', maxlength: 50, value: u.displayName }), true),
      ui.field(t('所属单位', 'Unit'), unit, true),
      h('div', { class: 'field required' }, h('label', null, t('角色', 'Roles')), roleBoxes(u.roles)),
      ui.field(t('启用', 'Enabled'), h('input', { name: 'enabled', type: 'checkbox', checked: u.enabled })),
    ], t('保存', 'Save'), async (v, f) => {
      await ctx.api.put('users/' + u.id, { displayName: v.displayName, unitId: Number(v.unitId || 0), roles: chosenRoles(f), enabled: v.enabled, version: u.version });
      closePanel();
      ctx.notify(t('已保存', 'Saved'));
      await load();
    }));
  }

  function passwordForm(u) {
    openPanel(form(t('重置“' + u.displayName + '”的密码', 'Reset the password of ' + u.displayName), [
      ui.field(t('新密码', 'New password'), h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
      passwordHint(),
    ], t('重置', 'Reset'), async (v) => {
      const ended = await ctx.api.post('users/' + u.id + '/password', { password: v.password });
      closePanel();
      ctx.notify(t('密码已重置，本人的' + ended.sessionsEnded + '处登录已退出、' + ended.tokensRevoked + '个接口令牌已吊销；请通知本人登录后修改密码',
        'Password reset; ' + ended.sessionsEnded + ' sessions ended, ' + ended.tokensRevoked + ' API tokens revoked. Ask the user to change it.'));
    }));
  }

  async function tokens(u) {
    const list = await ctx.api.get('users/' + u.id + '/tokens');
    const when = (v) => (v ? new Date(v).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : '');
    openPanel(h('h2', null, t('“' + u.displayName + '”的接口令牌', 'API tokens of ' + u.displayName)), ctx.table([
      { title: t('用途', 'Purpose'), value: (k) => k.name },
      { title: t('创建时间', 'Created'), value: (k) => when(k.createdAt) },
      { title: t('到期时间', 'Expires'), value: (k) => when(k.expiresAt) },
      { title: t('状态', 'Status'), value: (k) => (k.revoked ? t('已吊销', 'Revoked') : t('有效', 'Valid')) },
      { title: t('操作', 'Actions'), value: (k) => (k.revoked ? '' : h('button', { class: 'btn small danger', type: 'button',
        onclick: (e) => ui.busy(e.target, async () => {
          await ctx.api.del('users/' + u.id + '/tokens/' + k.id);
          ctx.notify(t('已吊销令牌：' + k.name, 'Token revoked: ' + k.name));
          await tokens(u);
        }) }, t('吊销', 'Revoke'))) },
    ], list), h('div', { class: 'actions' }, h('button', { class: 'btn', type: 'button', onclick: closePanel }, t('关闭', 'Close'))));
  }

  function resetTwoFactor(u, button) {
    return ui.busy(button, async () => {
      await ctx.api.del('users/' + u.id + '/2fa');
      ctx.notify(t('已重置“' + u.displayName + '”的双因素认证，本人下次登录时重新设置', 'Two-factor sign-in of ' + u.displayName + ' reset'));
      await load();
    });
  }

  function unlock(u, button) {
    return ui.busy(button, async () => {
      await ctx.api.post('users/' + u.id + '/unlock');
      ctx.notify(t('已解锁：' + u.username, 'Unlocked: ' + u.username));
      await load();
    });
  }

  async function loadPermissions() {
    let perms;
    try {
      perms = await ctx.api.get('users/permissions');
    } catch (e) {
      ctx.showError(e);
      return;
    }
    const roles = Object.keys(ROLES);
    permBox.replaceChildren(h('h2', null, t('角色权限', 'Permissions by role')), ctx.table([
      { title: t('权限', 'Permission'), value: (p) => t(p.labelZh, p.labelEn) },
      { title: t('编码', 'Id'), value: (p) => h('span', { class: 'mono muted' }, p.id) },
      ...roles.map((r) => ({ title: ui.label(ROLES, r), value: (p) => ((p.roles || []).includes(r) ? '✓' : '') })),
    ], perms));
  }

  await Promise.all([load(), loadPermissions()]);
}
