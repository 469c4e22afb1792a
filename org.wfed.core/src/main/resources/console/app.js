// The wfed console shell: sign-in, header, menu, hash routing and the ctx object every page gets.
// Pages (core's and modules') are ES modules exporting render(el, ctx); see docs/console.md.

import { makeUi } from './ui.js';

const LANG_KEY = 'wfed.lang';

const GROUP_NAMES = {
  org: ['组织', 'Organisation'],
  elections: ['选举', 'Elections'],
  aid: ['帮扶', 'Assistance'],
  activities: ['活动', 'Activities'],
  reporting: ['统计', 'Statistics'],
  system: ['系统', 'System'],
};

const state = {
  lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
  user: null,
  csrf: null,
  unitName: '',
  menu: [],
  modules: [],
  renderSeq: 0,
};

const root = document.getElementById('app');

// ---------- small helpers ----------

export function t(zh, en) {
  return state.lang === 'en' && en != null ? en : zh;
}

// Properties that must be set after the children exist (a <select>'s value needs its options).
const PROPS = new Set(['value', 'checked', 'selected', 'disabled']);

/** h('div', {class: 'card', onclick: fn}, 'text', node, null) → element; strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  const props = [];
  for (const [key, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (key.startsWith('on') && typeof v === 'function') el.addEventListener(key.slice(2).toLowerCase(), v);
    else if (key === 'class') el.className = v;
    // through the CSSOM: the Content-Security-Policy refuses style attributes, not el.style
    else if (key === 'style') el.style.cssText = String(v);
    else if (PROPS.has(key)) props.push([key, v]);
    else el.setAttribute(key, v === true ? '' : String(v));
  }
  append(el, children);
  for (const [key, v] of props) el[key] = v;
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
}

// ---------- API ----------

class ApiError extends Error {
  constructor(body) {
    super(body.message || '请求失败');
    this.name = 'ApiError';
    this.body = body;
    this.status = body.status;
    this.code = body.code;
  }
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
  let res;
  try {
    res = await fetch('/api/' + String(path).replace(/^\/+/, ''), {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError({ status: 0, code: 'NETWORK', message: '无法连接服务器，请检查网络后重试',
      messageEn: 'Cannot reach the server; check the network and retry', fields: [] });
  }
  if (res.status === 204) return null;
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (res.ok) return data;
  const error = new ApiError(data && data.message ? data : {
    status: res.status, code: 'HTTP_' + res.status, fields: [],
    message: '请求失败（' + res.status + '），请稍后重试', messageEn: 'Request failed (' + res.status + ')',
  });
  if (res.status === 401 && state.user && !path.startsWith('auth/')) signedOut(error);
  throw error;
}

const api = {
  get: (path) => call('GET', path),
  post: (path, body) => call('POST', path, body === undefined ? {} : body),
  put: (path, body) => call('PUT', path, body),
  del: (path) => call('DELETE', path),
};

// ---------- messages ----------

let messageBar = null;
let currentPage = null;

function message(kind, nodes) {
  if (!messageBar) return;
  clear(messageBar);
  const box = h('div', { class: 'msg ' + kind, role: kind === 'error' ? 'alert' : 'status' },
    h('div', { class: 'msg-text' }, nodes),
    h('button', { class: 'msg-close', type: 'button', title: t('关闭', 'Close'), onclick: () => clear(messageBar) }, '×'));
  messageBar.append(box);
  messageBar.scrollIntoView({ block: 'nearest' });
}

/** The control of a field on the current page: by name, or data-name for groups such as checkboxes. */
function control(name) {
  const n = CSS.escape(name);
  return currentPage && currentPage.querySelector('[name="' + n + '"], [data-name="' + n + '"]');
}

/** The label a field has on the current page (the <label> of its .field row), else its name. */
function fieldLabel(name) {
  const input = control(name);
  const row = input && input.closest('.field');
  const label = row && row.querySelector('label');
  return label ? label.textContent.replace(/[*：:]\s*$/, '').trim() : name;
}

// A field error's message in the console's language (the API sends message in Chinese and messageEn).
function fieldMessage(f) {
  return state.lang === 'en' && f.messageEn ? f.messageEn : f.message;
}

function markFields(fields) {
  if (!currentPage) return;
  currentPage.querySelectorAll('.field-error').forEach((e) => e.remove());
  currentPage.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  for (const f of fields) {
    const input = control(f.field);
    if (!input) continue;
    input.classList.add('invalid');
    const row = input.closest('.field') || input.parentElement;
    row.append(h('div', { class: 'field-error', 'data-field': f.field }, fieldMessage(f)));
  }
}

function showError(err) {
  const body = (err && err.body) || { message: String((err && err.message) || err), fields: [] };
  const fields = body.fields || [];
  const text = state.lang === 'en' && body.messageEn ? body.messageEn : body.message;
  markFields(fields);
  message('error', [
    h('strong', null, text),
    fields.length ? h('ul', { class: 'field-list' },
      fields.map((f) => h('li', null, fieldLabel(f.field) + '：' + fieldMessage(f)))) : null,
  ]);
}

function notify(text) {
  if (currentPage) markFields([]);
  message('notice', text);
}

// ---------- widgets for pages ----------

/** The caller's subtree as [{unit, depth}] in tree order (parents before children, siblings by name). */
async function unitList() {
  const units = await api.get('orgs/tree');
  const ids = new Set(units.map((u) => u.id));
  const kids = new Map();
  for (const u of units) {
    const p = ids.has(u.parentId) ? u.parentId : null;
    if (!kids.has(p)) kids.set(p, []);
    kids.get(p).push(u);
  }
  const out = [];
  const walk = (parent, depth) => {
    for (const u of (kids.get(parent) || []).sort((a, b) => a.name.localeCompare(b.name, 'zh'))) {
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

async function unitSelect(selectedId, options = {}) {
  const list = (await unitList()).filter(({ unit }) => !unit.status || unit.status === 'ACTIVE');
  const select = h('select', { name: options.name || 'unitId', class: 'unit-select' },
    options.empty ? h('option', { value: '' }, options.empty) : null,
    list.map(({ unit, depth }) => h('option', { value: String(unit.id) }, '\u3000'.repeat(depth) + unit.name)));
  if (selectedId != null && selectedId !== '') select.value = String(selectedId);
  return select;
}

// ---------- routing ----------

function parseHash() {
  const m = location.hash.match(/^#\/page\/([^?]+)(?:\?(.*))?$/);
  if (!m) return null;
  return { id: decodeURIComponent(m[1]), params: Object.fromEntries(new URLSearchParams(m[2] || '')) };
}

function navigate(pageId, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v != null && v !== '') query.set(k, v);
  const qs = query.toString();
  const hash = '#/page/' + encodeURIComponent(pageId) + (qs ? '?' + qs : '');
  if (location.hash === hash) route();
  else location.hash = hash;
}

function makeCtx(page, params, seq) {
  // a page that is no longer shown (the user moved on) must not write into the next page's messages
  const current = () => seq === state.renderSeq;
  const ctx = {
    api,
    user: state.user,
    can: (perm) => state.user.permissions.includes(perm),
    lang: state.lang,
    t, h, unitSelect, navigate,
    showError: (err) => { if (current()) showError(err); },
    notify: (text) => { if (current()) notify(text); },
    params,
    page,
  };
  ctx.ui = makeUi(ctx);
  ctx.table = ctx.ui.table;
  return ctx;
}

async function route() {
  if (!state.user) return;
  const target = parseHash();
  const page = target && state.menu.find((p) => p.id === target.id);
  if (!page) {
    if (state.menu.length) navigate(state.menu[0].id);
    else renderPage(null, {});
    return;
  }
  renderPage(page, target.params);
}

async function renderPage(page, params) {
  const seq = ++state.renderSeq;
  const main = document.getElementById('main');
  setMenuOpen(false);
  clear(messageBar);
  document.querySelectorAll('.menu a').forEach((a) => a.classList.toggle('active', page && a.dataset.page === page.id));
  const title = page ? t(page.titleZh, page.titleEn) : t('欢迎', 'Welcome');
  document.title = title + ' - ' + t('妇联工作管理平台', 'Women\'s Federation Work Platform');
  const el = h('div', { class: 'page', 'data-page': page ? page.id : '' });
  currentPage = el;
  clear(main);
  main.append(h('h1', { class: 'page-title' }, title), el);
  if (!page) {
    el.append(h('p', { class: 'muted' }, t('您的账户暂无可用的功能，请联系管理员分配角色。',
      'Your account has no pages yet; ask an administrator for a role.')));
    return;
  }
  el.append(h('p', { class: 'muted loading' }, t('正在加载…', 'Loading…')));
  try {
    const mod = await import(page.script);
    if (seq !== state.renderSeq) return;
    clear(el);
    await mod.render(el, makeCtx(page, params, seq));
  } catch (e) {
    if (seq !== state.renderSeq) return;
    el.querySelectorAll('.loading').forEach((n) => n.remove());
    if (e && e.body) showError(e);
    else {
      console.error(e);
      showError({ body: { message: '页面加载失败：' + e.message, messageEn: 'The page failed to load: ' + e.message, fields: [] } });
    }
  }
}

// ---------- sign-in and the frame ----------

function signedOut(error) {
  state.user = null;
  state.csrf = null;
  showLogin(error ? t(error.body.message, error.body.messageEn) : null);
}

function langSwitch() {
  return h('select', {
    class: 'lang', 'aria-label': '语言 / Language', value: state.lang,
    onchange: (e) => {
      state.lang = e.target.value === 'en' ? 'en' : 'zh';
      localStorage.setItem(LANG_KEY, state.lang);
      document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
      if (state.user) showShell(); else showLogin();
    },
  }, h('option', { value: 'zh' }, '中文'), h('option', { value: 'en' }, 'English'));
}

function showLogin(errorText) {
  clear(root);
  root.className = 'login-screen';
  document.title = t('登录 - 妇联工作管理平台', 'Sign in - Women\'s Federation Work Platform');
  const error = h('div', { class: 'login-error', role: 'alert', hidden: !errorText }, errorText || '');
  const username = h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true, maxlength: 50 });
  const password = h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true, maxlength: 128 });
  // the second factor: asked for once the password was right and the account has one (TOTP_REQUIRED)
  const code = h('input', { name: 'code', id: 'totp-code', autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 20 });
  const codeRow = h('div', { class: 'field', id: 'totp-row', hidden: true },
    h('label', { for: 'totp-code' }, t('动态码', 'Code')), code,
    h('p', { class: 'muted' }, t('请输入手机身份验证器上显示的6位数字；手机不在身边时可输入一个恢复码。',
      'The 6 digits your authenticator app shows; without your phone, one of your recovery codes.')));
  const submit = h('button', { class: 'btn primary', type: 'submit', id: 'login-submit' }, t('登录', 'Sign in'));
  const form = h('form', {
    class: 'login-card', id: 'login-form', novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      error.hidden = true;
      if (!username.value.trim() || !password.value) {
        error.textContent = t('请输入用户名和密码', 'Enter your username and password');
        error.hidden = false;
        return;
      }
      submit.disabled = true;
      try {
        const body = { username: username.value.trim(), password: password.value };
        if (!codeRow.hidden && code.value.trim()) body.code = code.value.trim();
        const me = await api.post('auth/login', body);
        if (me.mustEnrol) showEnrolment(me);
        else await startSession(me);
      } catch (err) {
        const needsCode = err.code === 'TOTP_REQUIRED' || err.code === 'BAD_TOTP';
        error.textContent = err.body ? t(err.body.message, err.body.messageEn) : String(err.message);
        error.hidden = false;
        if (needsCode) {
          codeRow.hidden = false;
          code.value = '';
          code.focus();
        } else {
          password.value = '';
          password.focus();
        }
      } finally {
        submit.disabled = false;
      }
    },
  },
  h('div', { class: 'login-head' },
    h('div', { class: 'logo' }, '妇'),
    h('div', null, h('h1', null, t('妇联工作管理平台', 'Women\'s Federation Work Platform')),
      h('p', { class: 'muted' }, t('基层妇联组织建设与工作管理', 'Organisation and work of grassroots federations')))),
  error,
  h('div', { class: 'field' }, h('label', { for: 'username' }, t('用户名', 'Username')), username),
  h('div', { class: 'field' }, h('label', { for: 'password' }, t('密码', 'Password')), password),
  codeRow,
  submit,
  h('div', { class: 'login-foot' }, langSwitch()));
  root.append(form);
  username.focus();
}

/** Two-factor enrolment, the one thing a session that must have a second factor may do first (等保 2.0). */
function showEnrolment(me) {
  state.csrf = me.csrfToken;
  clear(root);
  root.className = 'login-screen';
  document.title = t('设置双因素认证 - 妇联工作管理平台', 'Set up two-factor sign-in');
  const error = h('div', { class: 'login-error', role: 'alert', hidden: true });
  const secretBox = h('div', { id: 'totp-secret-box', hidden: true });
  const code = h('input', { name: 'code', id: 'enrol-code', autocomplete: 'one-time-code', inputmode: 'numeric', maxlength: 6 });
  const confirm = h('button', { class: 'btn primary', type: 'submit', id: 'enrol-confirm' }, t('确认并启用', 'Confirm'));
  const done = h('div', { id: 'recovery-box', hidden: true });
  const fail = (err) => {
    error.textContent = err.body ? t(err.body.message, err.body.messageEn) : String(err.message);
    error.hidden = false;
  };
  const start = h('button', { class: 'btn', type: 'button', id: 'enrol-start', onclick: async () => {
    try {
      const e = await api.post('auth/2fa/start');
      secretBox.replaceChildren(
        h('p', null, t('在身份验证器应用中添加账户，选择“输入设置密钥”，输入：', 'In your authenticator app, add an account with this key:')),
        h('div', { class: 'mono token-value', id: 'totp-secret' }, e.secret.replace(/(.{4})/g, '$1 ').trim()),
        h('p', { class: 'muted small' }, t('或复制链接：', 'Or the link: '), h('span', { class: 'mono' }, e.uri)));
      secretBox.hidden = false;
      code.focus();
    } catch (err) { fail(err); }
  } }, t('生成密钥', 'Create a key'));
  const form = h('form', {
    class: 'login-card', id: 'enrol-form', novalidate: true,
    onsubmit: async (ev) => {
      ev.preventDefault();
      error.hidden = true;
      confirm.disabled = true;
      try {
        const r = await api.post('auth/2fa/confirm', { code: code.value.trim() });
        form.querySelectorAll('.enrol-step').forEach((n) => { n.hidden = true; });
        done.replaceChildren(
          h('p', null, h('strong', null, t('双因素认证已启用。请把下面的恢复码抄写或打印后妥善保管：手机丢失时，每个恢复码可代替动态码登录一次。',
            'Two-factor sign-in is on. Keep these recovery codes safe: each signs you in once without your phone.'))),
          h('ol', { class: 'mono', id: 'recovery-codes' }, r.recoveryCodes.map((c) => h('li', null, c))),
          h('button', { class: 'btn primary', type: 'button', id: 'enrol-continue', onclick: async () => {
            try { await startSession(await api.get('auth/me')); } catch (err) { fail(err); }
          } }, t('我已保存，继续', 'Saved; continue')));
        done.hidden = false;
      } catch (err) { fail(err); } finally { confirm.disabled = false; }
    },
  },
  h('div', { class: 'login-head' }, h('div', { class: 'logo' }, '妇'),
    h('div', null, h('h1', null, t('设置双因素认证', 'Set up two-factor sign-in')),
      h('p', { class: 'muted' }, me.displayName || me.username))),
  error,
  h('div', { class: 'enrol-step' },
    h('p', null, t('您的账户须使用“密码 + 手机动态码”两种方式登录（等保2.0三级要求）。请在手机上安装任一支持 TOTP 的身份验证器应用'
      + '（如 Microsoft Authenticator、Google Authenticator、阿里云 App、FreeOTP），然后：',
    'Your account signs in with a password and a code from your phone. Install any TOTP authenticator app, then:')),
    h('ol', null, h('li', null, t('点击“生成密钥”，把密钥添加到身份验证器；', 'create a key and add it to the app;')),
      h('li', null, t('输入应用显示的6位动态码并确认。', 'enter the 6 digits it shows and confirm.'))),
    start, secretBox,
    h('div', { class: 'field' }, h('label', { for: 'enrol-code' }, t('动态码', 'Code')), code),
    confirm),
  done,
  h('div', { class: 'login-foot' }, h('button', { class: 'btn small', type: 'button', onclick: logout }, t('退出', 'Sign out'))));
  root.append(form);
  start.focus();
}

async function startSession(me) {
  state.user = me;
  state.csrf = me.csrfToken;
  const [menu, modules, unit] = await Promise.all([
    api.get('console/menu'),
    api.get('console/modules').catch(() => []),
    api.get('orgs/' + me.unitId).catch(() => null),
  ]);
  state.menu = menu;
  state.modules = modules;
  state.unitName = unit && unit.unit ? unit.unit.name : '';
  showShell();
}

function groupName(group) {
  if (GROUP_NAMES[group]) return t(...GROUP_NAMES[group]);
  const module = state.modules.find((m) => m.id === group);
  return module ? t(module.nameZh, module.nameEn) : group;
}

function menu() {
  const groups = [];
  for (const page of state.menu) {
    let g = groups.find((x) => x.id === page.group);
    if (!g) groups.push(g = { id: page.group, pages: [] });
    g.pages.push(page);
  }
  return h('nav', { class: 'menu', 'aria-label': t('功能菜单', 'Menu') },
    groups.map((g) => h('div', { class: 'menu-group', 'data-group': g.id },
      h('div', { class: 'menu-group-title' }, groupName(g.id)),
      g.pages.map((p) => h('a', { href: '#/page/' + encodeURIComponent(p.id), 'data-page': p.id }, t(p.titleZh, p.titleEn))))));
}

async function logout() {
  try { await api.post('auth/logout'); } catch (e) { /* signed out either way */ }
  state.user = null;
  state.csrf = null;
  showLogin();
}

function setMenuOpen(open) {
  const shell = document.querySelector('.shell');
  if (!shell) return;
  shell.classList.toggle('menu-open', open);
  const toggle = document.getElementById('menu-toggle');
  if (toggle) toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
}

function showShell() {
  clear(root);
  root.className = 'shell';
  const user = state.user;
  const modules = state.modules.filter((m) => m.id !== 'core').map((m) => t(m.nameZh, m.nameEn));
  const name = user.displayName || user.username;
  // On a phone (app.css, ≤ 480 px) the menu is a drawer opened by ☰; the user, language and 退出 move into it.
  const header = h('header', { class: 'topbar' },
    h('button', { class: 'menu-toggle', type: 'button', id: 'menu-toggle', 'aria-controls': 'sidebar', 'aria-expanded': 'false',
      'aria-label': t('菜单', 'Menu'), title: t('菜单', 'Menu'),
      onclick: () => setMenuOpen(!root.classList.contains('menu-open')) }, '☰'),
    h('div', { class: 'brand' }, h('span', { class: 'logo small' }, '妇'),
      h('span', { class: 'brand-text' }, t('妇联工作管理平台', 'Women\'s Federation Work Platform')),
      h('span', { class: 'brand-short' }, t('妇联', 'WF'))),
    h('div', { class: 'unit-name', title: t('所属单位', 'Your unit') }, state.unitName),
    h('div', { class: 'spacer' }),
    modules.length ? h('div', { class: 'modules muted', title: t('已启用模块', 'Modules present') }, modules.join(' · ')) : null,
    h('div', { class: 'user', id: 'current-user' }, name),
    langSwitch(),
    h('button', { class: 'btn small', type: 'button', id: 'logout', onclick: logout }, t('退出', 'Sign out')));
  messageBar = h('div', { class: 'messages', id: 'messages', 'aria-live': 'polite' });
  const main = h('main', { id: 'main', class: 'content' });
  const drawerExtra = h('div', { class: 'drawer-extra' },
    h('span', { class: 'drawer-user' }, name),
    langSwitch(),
    h('button', { class: 'btn small', type: 'button', id: 'drawer-logout', onclick: logout }, t('退出', 'Sign out')));
  root.append(header, h('div', { class: 'frame' },
    h('aside', { class: 'sidebar', id: 'sidebar', onclick: (e) => { if (e.target.closest('.menu a')) setMenuOpen(false); } }, drawerExtra, menu()),
    h('div', { class: 'drawer-backdrop', onclick: () => setMenuOpen(false) }),
    h('div', { class: 'workspace' }, messageBar, main)));
  route();
}

async function boot() {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  window.addEventListener('hashchange', route);
  window.addEventListener('keydown', (e) => { if (e.key === 'Escape') setMenuOpen(false); });
  try {
    const me = await api.get('auth/me');
    if (me.mustEnrol) showEnrolment(me);
    else await startSession(me);
  } catch (e) {
    showLogin(e.status === 401 || e.status === undefined ? null : t(e.body.message, e.body.messageEn));
  }
}

boot();
