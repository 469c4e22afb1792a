// The API reference page (/console/api/): Swagger UI over GET /api/reference. No inline script (the
// console's Content-Security-Policy forbids it). Tried operations run as the user signed in to the console:
// the session cookie goes along by itself, writes add her CSRF token from GET /api/auth/me.
let csrf = null;

async function whoAmI() {
  try {
    const r = await fetch('/api/auth/me', { credentials: 'same-origin' });
    if (!r.ok) return;
    const me = await r.json();
    csrf = me.csrfToken;
    document.getElementById('api-who').textContent =
      `已登录：${me.displayName || me.username}，试用接口按您的权限执行，写操作会真实修改数据。` +
      ` Signed in as ${me.username}: tried operations run with your permissions and writes really change data.`;
  } catch (e) {
    // not signed in: the page still shows every operation
  }
}

window.addEventListener('DOMContentLoaded', () => {
  whoAmI();
  document.getElementById('swagger-ui').textContent = '';
  window.ui = window.SwaggerUIBundle({
    url: '/api/reference',
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'none',
    filter: true,
    showExtensions: true,
    displayRequestDuration: true,
    validatorUrl: null,
    requestInterceptor: (req) => {
      if (csrf && req.method && req.method.toUpperCase() !== 'GET') req.headers['X-CSRF-Token'] = csrf;
      return req;
    },
  });
});
