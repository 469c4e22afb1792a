// 我的账户: the signed-in user's own password, her second sign-in factor (TOTP) and her API tokens (Bearer).
import { ROLES } from './forms.js';

export async function render(el, ctx) {
  const { h, t, ui } = ctx;
  const tokensBox = h('div', { id: 'tokens' });
  const newToken = h('div', { class: 'msg notice', hidden: true, id: 'new-token' });

  const pwForm = ui.form({ id: 'password-form', submit: t('修改密码', 'Change password'), onsubmit: async (v, f) => {
    if (v.password !== v.confirm) {
      throw ui.invalid([{ field: 'confirm', code: 'MISMATCH', message: t('与新密码不一致', 'Differs from the new password') }],
        t('两次输入的新密码不一致', 'The new passwords differ'));
    }
    const ended = await ctx.api.post('users/me/password', { oldPassword: v.oldPassword, password: v.password });
    f.reset();
    ctx.notify(t('密码已修改；其他' + ended.sessionsEnded + '处登录已退出，' + ended.tokensRevoked + '个接口令牌已吊销。',
      'Password changed; ' + ended.sessionsEnded + ' other sessions ended, ' + ended.tokensRevoked + ' API tokens revoked.'));
    await loadTokens();
  } },
  ui.field(t('原密码', 'Current password'), h('input', { name: 'oldPassword', type: 'password', autocomplete: 'current-password', maxlength: 128 }), true),
  ui.field(t('新密码', 'New password'), h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
  ui.field(t('确认新密码', 'Repeat it'), h('input', { name: 'confirm', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
  h('p', { class: 'muted' }, t('密码须包含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名，不能是常见密码（如 Password123、1qaz2wsx）。'
    + '修改后，您在其他地方的登录和全部接口令牌都会失效。',
    'Use three of: upper case, lower case, digits, symbols; not the username, not a common password. Changing it ends your other sessions and API tokens.')));

  const tokenForm = ui.form({ class: 'inline', submit: t('生成令牌', 'Create token'), onsubmit: async (v, f) => {
    const created = await ctx.api.post('users/me/tokens', { name: v.name, days: v.days == null ? 90 : v.days });
    f.reset();
    newToken.replaceChildren(h('div', null,
      h('strong', null, t('请立即复制保存，此令牌只显示这一次：', 'Copy it now; it is shown only once:')),
      h('div', { class: 'mono token-value' }, created.token)));
    newToken.hidden = false;
    await loadTokens();
  } },
  ui.field(t('用途', 'Purpose'), h('input', { name: 'name', maxlength: 100, placeholder: t('如：区数据平台对接', 'e.g. district data platform') }), true),
  ui.field(t('有效天数（最长90天）', 'Valid days (at most 90)'), h('input', { name: 'days', type: 'number', min: 1, max: 90, value: '90' })));

  const time = (v) => (v ? new Date(v).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false }) : t('长期', 'never'));

  async function loadTokens() {
    const tokens = await ctx.api.get('users/me/tokens');
    tokensBox.replaceChildren(ctx.table([
      { title: t('用途', 'Purpose'), value: (k) => k.name },
      { title: t('创建时间', 'Created'), value: (k) => time(k.createdAt) },
      { title: t('到期时间', 'Expires'), value: (k) => time(k.expiresAt) },
      { title: t('状态', 'Status'), value: (k) => (k.revoked ? h('span', { class: 'badge bad' }, t('已吊销', 'Revoked')) : h('span', { class: 'badge ok' }, t('有效', 'Valid'))) },
      { title: t('操作', 'Actions'), value: (k) => (k.revoked ? '' : h('button', {
        class: 'btn small danger', type: 'button',
        onclick: (e) => ui.busy(e.target, async () => {
          await ctx.api.del('users/me/tokens/' + k.id);
          ctx.notify(t('已吊销令牌：' + k.name, 'Token revoked: ' + k.name));
          await loadTokens();
        }),
      }, t('吊销', 'Revoke'))) },
    ], tokens));
  }

  // 双因素认证: on, off and new recovery codes, each confirmed with a current code; errors at the code's field
  const twoFactorBox = h('div', { id: 'two-factor' });
  const codeInput = (id) => h('input', { id, name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 20,
    placeholder: t('6位动态码', '6-digit code') });
  const recoveryList = (codes) => h('ol', { class: 'mono recovery-codes' }, codes.map((c) => h('li', null, c)));
  async function loadTwoFactor() {
    const st = await ctx.api.get('auth/2fa');
    const state = h('p', null, st.enabled
      ? ui.badge('ok', t('已启用，剩余恢复码 ' + st.recoveryCodesLeft + ' 个', 'On; ' + st.recoveryCodesLeft + ' recovery codes left'))
      : ui.badge('warn', t('未启用', 'Off')),
    st.required ? ' ' + t('（您的账户必须使用）', '(required for your account)') : '');
    if (st.enabled) {
      const codes = h('div');
      let action = 'renew';
      const form = ui.form({ id: 'two-factor-form', submit: t('重新生成恢复码', 'New recovery codes'), submitId: 'renew-codes',
        extra: st.required ? null : ui.button(t('关闭', 'Turn off'), () => { action = 'off'; form.requestSubmit(); }, { kind: 'danger', id: 'two-factor-off' }),
        onsubmit: async (v) => {
          const chosen = action;
          action = 'renew';
          if (chosen === 'off') {
            await ctx.api.post('auth/2fa/off', { code: v.code });
            ctx.notify(t('已关闭双因素认证', 'Two-factor sign-in turned off'));
            await loadTwoFactor();
            return;
          }
          const r = await ctx.api.post('auth/2fa/recovery-codes', { code: v.code });
          codes.replaceChildren(h('p', null, t('请保存新的恢复码：', 'Keep these recovery codes:')), recoveryList(r.recoveryCodes));
          ctx.notify(t('已生成新的恢复码（旧的作废），请妥善保管', 'New recovery codes made (the old ones are void); keep them safe'));
        } },
      ui.field(t('动态码', 'Code'), codeInput('renew-code'), true));
      twoFactorBox.replaceChildren(state, form, codes);
      return;
    }
    const key = h('div');
    const enrol = ui.form({ id: 'enrol-account-form', submit: t('确认并启用', 'Confirm'), submitId: 'account-enrol-confirm',
      onsubmit: async (v) => {
        const r = await ctx.api.post('auth/2fa/confirm', { code: v.code });
        await loadTwoFactor();
        twoFactorBox.append(h('p', null, t('请保存恢复码：', 'Keep these recovery codes:')), recoveryList(r.recoveryCodes));
      } },
    ui.field(t('动态码', 'Code'), codeInput('account-enrol-code'), true));
    enrol.hidden = true;
    twoFactorBox.replaceChildren(state, ui.button(t('启用双因素认证', 'Turn on two-factor sign-in'), async () => {
      const en = await ctx.api.post('auth/2fa/start');
      key.replaceChildren(h('p', null, t('在身份验证器应用中输入密钥：', 'Add this key to your authenticator app:')),
        h('div', { class: 'mono token-value' }, en.secret.replace(/(.{4})/g, '$1 ').trim()));
      enrol.hidden = false;
    }, { id: 'two-factor-start' }), key, enrol);
  }

  el.append(
    h('div', { class: 'card' }, h('h2', null, t('账户信息', 'Account')), h('dl', { class: 'props' },
      h('dt', null, t('用户名', 'Username')), h('dd', { class: 'mono' }, ctx.user.username),
      h('dt', null, t('姓名', 'Name')), h('dd', null, ctx.user.displayName),
      h('dt', null, t('角色', 'Roles')), h('dd', null, ctx.user.roles.map((r) => ui.label(ROLES, r)).join('、')))),
    h('div', { class: 'card' }, h('h2', null, t('修改密码', 'Change password')), pwForm),
    h('div', { class: 'card' }, h('h2', null, t('双因素认证', 'Two-factor sign-in')),
      h('p', { class: 'muted' }, t('登录时除密码外，还需输入手机身份验证器（TOTP）上的动态码。', 'Sign in with a code from your phone as well as your password.')),
      twoFactorBox),
    h('div', { class: 'card' }, h('h2', null, t('接口令牌', 'API tokens')),
      h('p', { class: 'muted' }, t('供信息系统对接使用：请求时在 Authorization 头中携带 “Bearer 令牌”。令牌拥有与您相同的权限。',
        'For IT integrations: send "Authorization: Bearer <token>". A token has your permissions.')),
      tokenForm, newToken, tokensBox));
  await Promise.all([loadTokens(), loadTwoFactor()]);
}
