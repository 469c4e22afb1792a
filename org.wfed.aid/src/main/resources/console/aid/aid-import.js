// 导入: a beneficiary roster (花名册) or a campaign's 两癌 screening results (筛查结果). Download the template,
// check the file — the preview shows which sheet and header row were read, which columns were ignored, every
// error (grouped by message), and every change to a recorded person field by field — choose 清空 for columns whose
// empty cells are to clear recorded values (or 补充邀请 for results of women not invited), then import all rows or none.
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
      ? t('第一步：下载模板，每行一项检查（筛查项目填“宫颈癌”或“乳腺癌”）；姓名、身份证号、筛查项目、筛查日期、检查结果必填。妇女须已在人员库登记，属于所选筛查活动的单位，并在应查名单中。',
        'Step 1: download the template; one exam per row; women must be on the campaign\'s invitation list.')
      : t('第一步：下载模板，按模板填写（姓名、身份证号、困难类别必填；类别用“、”分隔，可写简称如“特困”“单亲”）。更新已有人员时，文件中没有的列和留空的单元格不会改动已登记的内容。',
        'Step 1: download the template. Updates never erase: absent columns and empty cells keep recorded values.');
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

  function counts(r) {
    if (kind.value === 'SCREENING') {
      const c = r.counts || {};
      return t('共 ' + r.rows + ' 行（每行一项检查）：新登记 ' + r.created + '，已登记不变 ' + r.unchanged + '；其中异常 ' + (c.followUps || 0)
        + ' 项，导入后进入随访' + (c.invited ? '；补充邀请 ' + c.invited + ' 人' : ''),
        r.rows + ' rows: ' + r.created + ' new, ' + r.unchanged + ' unchanged, ' + (c.followUps || 0) + ' follow-ups');
    }
    return t('共 ' + r.rows + ' 行：新增 ' + r.created + '，更新 ' + r.updated + '，不变 ' + r.unchanged,
      r.rows + ' rows: ' + r.created + ' new, ' + r.updated + ' updated, ' + r.unchanged + ' unchanged');
  }

  /** Where the file was read from: the sheet (a choice when there are several), the header row, ignored columns. */
  function source(r) {
    const parts = [];
    if (r.sheets.length > 1) {
      const sheet = ctx.h('select', { onchange: () => { request.sheet = sheet.value; check(); } },
        ...r.sheets.map(s => { const o = ctx.h('option', { value: s }, s); if (s === r.sheet) o.selected = true; return o; }));
      parts.push(ctx.h('span', {}, t('工作表 ', 'Sheet '), sheet, ' '));
    }
    parts.push(ctx.h('span', {}, t('表头在第 ' + r.headerRow + ' 行', 'header on row ' + r.headerRow)
      + (r.skipped ? t('，跳过示例行 ' + r.skipped + ' 行', ', ' + r.skipped + ' example rows skipped') : '')));
    const lines = [ctx.h('p', {}, ...parts)];
    if (r.ignored.length) {
      lines.push(ctx.h('p', { class: 'badge warn' }, t('未识别、不导入的列：', 'Ignored columns: ') + r.ignored.join('、')));
    }
    if (r.absent.length && kind.value === 'ROSTER') {
      lines.push(ctx.h('p', { class: 'muted' }, t('文件中没有的列（已登记的内容保持不变）：', 'Columns not in the file (kept): ') + r.absent.join('、')));
    }
    return lines;
  }

  /** 清空: per column, whether its empty cells clear the recorded values. */
  function clearChoices(r) {
    if (!r.clearable.length) return [];
    return [ctx.h('div', { class: 'card' },
      ctx.h('p', {}, t('以下列在文件中为空，而人员已有登记内容。默认保留原内容；确需清除的请勾选“清空”后重新检查：',
        'Empty cells over recorded values are kept unless you choose to clear them:')),
      ...r.clearable.map(c => {
        const box = ctx.h('input', { type: 'checkbox' });
        box.checked = c.chosen;
        box.onchange = () => {
          const chosen = new Set(request.clear || []);
          if (box.checked) chosen.add(c.key); else chosen.delete(c.key);
          request.clear = [...chosen];
          check();
        };
        return ctx.h('label', { class: 'check' }, box, ' ' + t('清空「' + c.column + '」（' + c.rows + ' 人）', 'Clear ' + c.column + ' (' + c.rows + ')'));
      }))];
  }

  function changes(r) {
    if (!r.changes.length) return [];
    const rows = [];
    for (const ch of r.changes) for (const fc of ch.fields) rows.push({ row: ch.row, who: ch.who, ...fc });
    return [ctx.h('p', {}, t('将修改的已登记内容（' + r.updated + ' 人）：', 'Changes to recorded people (' + r.updated + '):')),
      ctx.table([
        { title: t('行号', 'Row'), value: x => String(x.row) },
        { title: t('人员', 'Person'), value: x => x.who },
        { title: t('字段', 'Field'), value: x => x.column },
        { title: t('原内容', 'Before'), value: x => x.before || t('（空）', '(empty)') },
        { title: t('新内容', 'After'), value: x => x.after || t('（清空）', '(cleared)') },
      ], rows)];
  }

  function errors(r) {
    const invite = [];
    if (kind.value === 'SCREENING' && r.errors.some(e => e.message.includes('应查名单'))) {
      const box = ctx.h('input', { type: 'checkbox' });
      box.checked = !!request.inviteMissing;
      box.onchange = () => { request.inviteMissing = box.checked; check(); };
      invite.push(ctx.h('label', { class: 'check' }, box, ' ' + t('补充邀请：把不在应查名单中的妇女加入名单（计入应查人数）后导入', 'Add women not invited to the list')));
    }
    return [ctx.h('p', { class: 'badge bad' }, t('有 ' + r.errorCount + ' 处错误，未导入任何记录：请在文件中修改后重新选择', r.errorCount + ' errors')),
      ctx.table([
        { title: t('问题', 'Problem'), value: p => p.column + '：' + p.message },
        { title: t('处数', 'Count'), value: p => String(p.count) },
        { title: t('行号', 'Rows'), value: p => p.rows.join('、') + (p.count > p.rows.length ? '…' : '') },
      ], r.problems), ...invite,
      ctx.h('details', {}, ctx.h('summary', {}, t('逐行列出', 'Every row')),
        ctx.table([
          { title: t('行号', 'Row'), value: e => String(e.row) },
          { title: t('列', 'Column'), value: e => e.column },
          { title: t('问题', 'Problem'), value: e => e.message },
        ], r.errors))];
  }

  async function choose() {
    const f = file.files[0];
    if (!f) { ctx.showError(new Error(t('请先选择文件', 'Choose a file first'))); return; }
    if (f.size > 20 * 1024 * 1024) { ctx.showError(new Error(t('文件超过20MB，请分批导入', 'The file is larger than 20 MB'))); return; }
    if (kind.value === 'SCREENING' && !campaignSel.value) { ctx.showError(new Error(t('请选择筛查活动', 'Choose a campaign'))); return; }
    try {
      const text = await read(f);
      const parts = [];
      for (let i = 0; i < text.length; i += PART) parts.push(text.slice(i, i + PART));
      request = kind.value === 'SCREENING'
        ? { kind: 'SCREENING', campaignId: Number(campaignSel.value), fileName: f.name, contentBase64: parts, clear: [], inviteMissing: false }
        : { kind: 'ROSTER', unitId: Number(unitSel.value), fileName: f.name, contentBase64: parts, clear: [] };
      await check();
    } catch (e) { idle(); ctx.showError(e); }
  }

  async function check() {
    try {
      busy(t('正在检查…', 'Checking…'));
      const r = await ctx.api.post('aid/import/preview', request);
      idle();
      const body = [ctx.h('p', {}, counts(r)), ...source(r)];
      if (r.errorCount) {
        show(out, ...body, ...errors(r));
      } else {
        show(out, ...body, ...clearChoices(r), ...changes(r),
          ctx.h('button', { class: 'btn primary', onclick: commit }, t('确认导入', 'Import')));
      }
    } catch (e) { idle(); show(out); ctx.showError(e); }
  }

  async function commit() {
    try {
      busy(t('正在导入…', 'Importing…'));
      const r = await ctx.api.post('aid/import/commit', request);
      idle();
      ctx.notify(t('导入完成：', 'Imported: ') + counts(r));
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
    ctx.h('div', { class: 'toolbar' }, target, file, ctx.h('button', { class: 'btn primary', onclick: choose }, t('检查文件', 'Check'))),
    status, out));
  refresh();
}
