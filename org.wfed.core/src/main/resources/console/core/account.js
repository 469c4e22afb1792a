// 我的账户: the signed-in user's own password, her second sign-in factor (TOTP) and her API tokens (Bearer).
import { ROLES, label, field, values, busy } from './forms.js';

export async function render(el, ctx) {
  const { h, t } = ctx;
  const tokensBox = h('div', { id: 'tokens' });
  const newToken = h('div', { class: 'msg notice', hidden: true, id: 'new-token' });

  const pwSubmit = h('button', { class: 'btn primary', type: 'submit' }, t('修改密码', 'Change password'));
  const pwForm = h('form', {
    class: 'form', id: 'password-form', novalidate: true,
    onsubmit: (e) => {
      e.preventDefault();
      busy(ctx, pwSubmit, async () => {
        const v = values(pwForm);
        if (v.password !== v.confirm) {
          throw { body: { message: t('两次输入的新密码不一致', 'The new passwords differ'),
            fields: [{ field: 'confirm', code: 'MISMATCH', message: t('与新密码不一致', 'Differs from the new password') }] } };
        }
        const ended = await ctx.api.post('users/me/password', { oldPassword: v.oldPassword, password: v.password });
        pwForm.reset();
        ctx.notify(t('密码已修改；其他' + ended.sessionsEnded + '处登录已退出，' + ended.tokensRevoked + '个接口令牌已吊销。',
          'Password changed; ' + ended.sessionsEnded + ' other sessions ended, ' + ended.tokensRevoked + ' API tokens revoked.'));
        await loadTokens();
      });
    },
  },
  field(ctx, t('原密码', 'Current password'), h('input', { name: 'oldPassword', type: 'password', autocomplete: 'current-password', maxlength: 128 }), true),
  field(ctx, t('新密码', 'New password'), h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
  field(ctx, t('确认新密码', 'Repeat it'), h('input', { name: 'confirm', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
  h('p', { class: 'muted' }, t('密码须包含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名，不能是常见密码（如 Password123、1qaz2wsx）。'
    + '修改后，您在其他地方的登录和全部接口令牌都会失效。',
    'Use three of: upper case, lower case, digits, symbols; not the username, not a common password. Changing it ends your other sessions and API tokens.')),
  h('div', { class: 'actions' }, pwSubmit));

  const tokenSubmit = h('button', { class: 'btn', type: 'submit' }, t('生成令牌', 'Create token'));
  const tokenForm = h('form', {
    class: 'form inline', novalidate: true,
    onsubmit: (e) => {
      e.preventDefault();
      busy(ctx, tokenSubmit, async () => {
        const v = values(tokenForm);
        const created = await ctx.api.post('users/me/tokens', { name: v.name, days: v.days == null ? 90 : v.days });
        tokenForm.reset();
        newToken.replaceChildren(h('div', null,
          h('strong', null, t('请立即复制保存，此令牌只显示这一次：', 'Copy it now; it is shown only once:')),
          h('div', { class: 'mono token-value' }, created.token)));
        newToken.hidden = false;
        await loadTokens();
      });
    },
  },
  field(ctx, t('用途', 'Purpose'), h('input', { name: 'name', maxlength: 100, placeholder: t('如：区数据平台对接', 'e.g. district data platform') }), true),
  field(ctx, t('有效天数（最长90天）', 'Valid days (at most 90)'), h('input', { name: 'days', type: 'number', min: 1, max: 90, value: '90' })),
  h('div', { class: 'actions' }, tokenSubmit));

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
        onclick: (e) => busy(ctx, e.target, async () => {
          await ctx.api.del('users/me/tokens/' + k.id);
          ctx.notify(t('已吊销令牌：' + k.name, 'Token revoked: ' + k.name));
          await loadTokens();
        }),
      }, t('吊销', 'Revoke'))) },
    ], tokens));
  }

  const twoFactorBox = h('div', { id: 'two-factor' });
  async function loadTwoFactor() {
    const st = await ctx.api.get('auth/2fa');
    const codeInput = (id) => h('input', { id, name: 'code', autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 20,
      placeholder: t('6位动态码', '6-digit code') });
    const parts = [h('p', null, st.enabled
      ? h('span', { class: 'badge ok' }, t('已启用，剩余恢复码 ' + st.recoveryCodesLeft + ' 个', 'On; ' + st.recoveryCodesLeft + ' recovery codes left'))
      : h('span', { class: 'badge warn' }, t('未启用', 'Off')),
      st.required ? ' ' + t('（您的账户必须使用）', '(required for your account)') : '')];
    if (st.enabled) {
      const renewCode = codeInput('renew-code');
      parts.push(h('div', { class: 'toolbar' }, renewCode, h('button', { class: 'btn', type: 'button', onclick: (e) => busy(ctx, e.target, async () => {
        const r = await ctx.api.post('auth/2fa/recovery-codes', { code: renewCode.value.trim() });
        twoFactorBox.append(h('ol', { class: 'mono' }, r.recoveryCodes.map((c) => h('li', null, c))));
        ctx.notify(t('已生成新的恢复码（旧的作废），请妥善保管', 'New recovery codes made (the old ones are void); keep them safe'));
      }) }, t('重新生成恢复码', 'New recovery codes')),
      st.required ? null : h('button', { class: 'btn danger', type: 'button', onclick: (e) => busy(ctx, e.target, async () => {
        await ctx.api.post('auth/2fa/off', { code: renewCode.value.trim() });
        ctx.notify(t('已关闭双因素认证', 'Two-factor sign-in turned off'));
        await loadTwoFactor();
      }) }, t('关闭', 'Turn off'))));
    } else {
      const box = h('div');
      const code = codeInput('account-enrol-code');
      parts.push(h('button', { class: 'btn', type: 'button', onclick: (e) => busy(ctx, e.target, async () => {
        const en = await ctx.api.post('auth/2fa/start');
        box.replaceChildren(h('p', null, t('在身份验证器应用中输入密钥：', 'Add this key to your authenticator app:')),
          h('div', { class: 'mono token-value' }, en.secret.replace(/(.{4})/g, '$1 ').trim()),
          h('div', { class: 'toolbar' }, code, h('button', { class: 'btn primary', type: 'button', onclick: (ev) => busy(ctx, ev.target, async () => {
            const r = await ctx.api.post('auth/2fa/confirm', { code: code.value.trim() });
            await loadTwoFactor();
            twoFactorBox.append(h('p', null, t('请保存恢复码：', 'Keep these recovery codes:')),
              h('ol', { class: 'mono' }, r.recoveryCodes.map((c) => h('li', null, c))));
          }) }, t('确认并启用', 'Confirm'))));
      }) }, t('启用双因素认证', 'Turn on two-factor sign-in')), box);
    }
    twoFactorBox.replaceChildren(...parts);
  }

  el.append(
    h('div', { class: 'card' }, h('h2', null, t('账户信息', 'Account')), h('dl', { class: 'props' },
      h('dt', null, t('用户名', 'Username')), h('dd', { class: 'mono' }, ctx.user.username),
      h('dt', null, t('姓名', 'Name')), h('dd', null, ctx.user.displayName),
      h('dt', null, t('角色', 'Roles')), h('dd', null, ctx.user.roles.map((r) => label(ctx, ROLES, r)).join('、')))),
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
