// 导入: a beneficiary roster (花名册) or a campaign's 两癌 screening results (筛查结果). Download the template,
// check the file (every bad row listed), then import all rows or none. One wizard, two kinds.
import { show } from './common.js';

const PART = 4 * 1024 * 1024;

export async function render(el, ctx) {
  const t = ctx.t;
  const kind = ctx.h('select', {},
    ctx.h('option', { value: 'ROSTER' }, t('花名册（救助对象）', 'Roster (beneficiaries)')),
    ctx.h('option', { value: 'SCREENING' }, t('两癌筛查结果', 'Screening results')));
  if (ctx.params.kind === 'SCREENING') kind.value = 'SCREENING';
  const unitSel = await ctx.unitSelect(ctx.user.unitId);
  const campaignSel = ctx.h('select', {});
  const file = ctx.h('input', { type: 'file', accept: '.csv,.xlsx' });
  const out = ctx.h('div', {});
  const status = ctx.h('p', { class: 'muted' });
  const hint = ctx.h('p', {});
  const templates = ctx.h('span', {});
  const target = ctx.h('span', {});
  let request = null;
  let ticker = null;

  function busy(text) {
    // the server checks and writes a large file for a while: show the elapsed time until it answers
    const started = Date.now();
    clearInterval(ticker);
    status.textContent = text;
    ticker = setInterval(() => {
      status.textContent = text + t(' 已用 ', ' ') + Math.round((Date.now() - started) / 1000) + t(' 秒', ' s');
    }, 1000);
  }
  function idle() { clearInterval(ticker); status.textContent = ''; }

  async function loadCampaigns() {
    campaignSel.replaceChildren();
    try {
      const list = await ctx.api.get('aid/campaigns?unitId=' + unitSel.value);
      if (!list.length) campaignSel.appendChild(ctx.h('option', { value: '' }, t('（该单位没有筛查活动，请先在“两癌筛查”中创建）', '(no campaign)')));
      for (const k of list) campaignSel.appendChild(ctx.h('option', { value: String(k.id) }, k.year + ' ' + k.name));
    } catch (e) { ctx.showError(e); }
  }

  function refresh() {
    const screening = kind.value === 'SCREENING';
    hint.textContent = screening
      ? t('第一步：下载模板，每行一项检查（筛查项目填“宫颈癌”或“乳腺癌”）；姓名、身份证号、筛查项目、筛查日期、检查结果必填。妇女须已在人员库登记，且属于所选筛查活动的单位。',
        'Step 1: download the template; one exam per row.')
      : t('第一步：下载模板，按模板填写（姓名、身份证号、困难类别必填；类别用“、”分隔）。', 'Step 1: download the template.');
    const q = '?kind=' + kind.value;
    templates.replaceChildren(
      ctx.h('a', { class: 'btn', href: '/api/aid/import/template.xlsx' + q }, t('下载Excel模板', 'Template (XLSX)')), ' ',
      ctx.h('a', { class: 'btn', href: '/api/aid/import/template.csv' + q }, t('下载CSV模板', 'Template (CSV)')));
    target.replaceChildren(unitSel, screening ? campaignSel : '');
    show(out);
    request = null;
    if (screening) loadCampaigns();
  }

  function read(f) {
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
      r.onerror = () => reject(r.error);
      r.onprogress = e => { status.textContent = t('正在读取文件 ', 'Reading ') + Math.round(e.loaded * 100 / (e.total || 1)) + '%'; };
      r.readAsDataURL(f);
    });
  }

  function summaryOf(r) {
    if (kind.value === 'SCREENING') {
      return t('共 ' + r.rows + ' 行（每行一项检查）：新登记 ' + r.created + '，已登记不变 ' + r.unchanged + '；其中异常 ' + r.followUps + ' 项，导入后进入随访',
        r.rows + ' rows: ' + r.created + ' new, ' + r.unchanged + ' unchanged, ' + r.followUps + ' follow-ups');
    }
    return t('共 ' + r.rows + ' 行：新增 ' + r.created + '，更新 ' + r.updated + '，不变 ' + r.unchanged,
      r.rows + ' rows: ' + r.created + ' new, ' + r.updated + ' updated, ' + r.unchanged + ' unchanged');
  }

  async function check() {
    const f = file.files[0];
    if (!f) { ctx.showError(new Error(t('请先选择文件', 'Choose a file first'))); return; }
    if (f.size > 20 * 1024 * 1024) { ctx.showError(new Error(t('文件超过20MB，请分批导入', 'The file is larger than 20 MB'))); return; }
    if (kind.value === 'SCREENING' && !campaignSel.value) { ctx.showError(new Error(t('请选择筛查活动', 'Choose a campaign'))); return; }
    try {
      const text = await read(f);
      const parts = [];
      for (let i = 0; i < text.length; i += PART) parts.push(text.slice(i, i + PART));
      request = kind.value === 'SCREENING'
        ? { kind: 'SCREENING', campaignId: Number(campaignSel.value), fileName: f.name, contentBase64: parts }
        : { kind: 'ROSTER', unitId: Number(unitSel.value), fileName: f.name, contentBase64: parts };
      busy(t('正在检查…', 'Checking…'));
      const r = await ctx.api.post('aid/import/preview', request);
      idle();
      const summary = ctx.h('p', {}, summaryOf(r));
      if (r.errors.length) {
        show(out, summary, ctx.h('p', { class: 'badge bad' }, t('有 ' + r.errors.length + ' 处错误，请在文件中修改后重新选择', r.errors.length + ' errors')),
          ctx.table([
            { title: t('行号', 'Row'), value: e => String(e.row) },
            { title: t('列', 'Column'), value: e => e.column },
            { title: t('问题', 'Problem'), value: e => e.message },
          ], r.errors));
      } else {
        show(out, summary, ctx.h('button', { class: 'btn primary', onclick: commit }, t('确认导入', 'Import')));
      }
    } catch (e) { idle(); ctx.showError(e); }
  }

  async function commit() {
    try {
      busy(t('正在导入…', 'Importing…'));
      const r = await ctx.api.post('aid/import/commit', request);
      idle();
      ctx.notify(t('导入完成：', 'Imported: ') + summaryOf(r));
      show(out, kind.value === 'SCREENING'
        ? ctx.h('button', { class: 'btn', onclick: () => ctx.navigate('aid-follow-ups', { unitId: unitSel.value }) }, t('查看随访名单', 'Open follow-ups'))
        : ctx.h('button', { class: 'btn', onclick: () => ctx.navigate('aid-beneficiaries', { unitId: unitSel.value }) }, t('查看救助对象', 'Open beneficiaries')));
    } catch (e) { idle(); ctx.showError(e); }
  }

  kind.onchange = refresh;
  unitSel.addEventListener('change', () => { if (kind.value === 'SCREENING') loadCampaigns(); });
  show(el, ctx.h('div', { class: 'card' },
    ctx.h('div', { class: 'toolbar' }, ctx.h('label', {}, t('导入内容', 'What')), kind),
    hint, templates,
    ctx.h('p', {}, t('第二步：选择单位（筛查结果还要选择筛查活动）和文件（Excel .xlsx 或 CSV），先检查。', 'Step 2: choose the target and the file, then check.')),
    ctx.h('div', { class: 'toolbar' }, target, file, ctx.h('button', { class: 'btn primary', onclick: check }, t('检查文件', 'Check'))),
    status, out));
  refresh();
}
