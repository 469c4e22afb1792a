// 我的账户: the signed-in user's own password and her API tokens (Bearer) for IT integrations.
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
        await ctx.api.post('users/me/password', { oldPassword: v.oldPassword, password: v.password });
        pwForm.reset();
        ctx.notify(t('密码已修改', 'Password changed'));
      });
    },
  },
  field(ctx, t('原密码', 'Current password'), h('input', { name: 'oldPassword', type: 'password', autocomplete: 'current-password', maxlength: 128 }), true),
  field(ctx, t('新密码', 'New password'), h('input', { name: 'password', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
  field(ctx, t('确认新密码', 'Repeat it'), h('input', { name: 'confirm', type: 'password', autocomplete: 'new-password', maxlength: 128 }), true),
  h('p', { class: 'muted' }, t('密码须包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名。',
    'Use three of: upper case, lower case, digits, symbols; not the username.')),
  h('div', { class: 'actions' }, pwSubmit));

  const tokenSubmit = h('button', { class: 'btn', type: 'submit' }, t('生成令牌', 'Create token'));
  const tokenForm = h('form', {
    class: 'form inline', novalidate: true,
    onsubmit: (e) => {
      e.preventDefault();
      busy(ctx, tokenSubmit, async () => {
        const v = values(tokenForm);
        const created = await ctx.api.post('users/me/tokens', { name: v.name, days: v.days == null ? 0 : v.days });
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
  field(ctx, t('有效天数（0为长期）', 'Valid days (0: no expiry)'), h('input', { name: 'days', type: 'number', min: 0, max: 3650, value: '365' })),
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

  el.append(
    h('div', { class: 'card' }, h('h2', null, t('账户信息', 'Account')), h('dl', { class: 'props' },
      h('dt', null, t('用户名', 'Username')), h('dd', { class: 'mono' }, ctx.user.username),
      h('dt', null, t('姓名', 'Name')), h('dd', null, ctx.user.displayName),
      h('dt', null, t('角色', 'Roles')), h('dd', null, ctx.user.roles.map((r) => label(ctx, ROLES, r)).join('、')))),
    h('div', { class: 'card' }, h('h2', null, t('修改密码', 'Change password')), pwForm),
    h('div', { class: 'card' }, h('h2', null, t('接口令牌', 'API tokens')),
      h('p', { class: 'muted' }, t('供信息系统对接使用：请求时在 Authorization 头中携带 “Bearer 令牌”。令牌拥有与您相同的权限。',
        'For IT integrations: send "Authorization: Bearer <token>". A token has your permissions.')),
      tokenForm, newToken, tokensBox));
  await loadTokens();
}
