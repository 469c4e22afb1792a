// 花名册导入: download the template, check the file (every bad row listed), then import all rows or none.
import { show } from './common.js';

const PART = 4 * 1024 * 1024;

export async function render(el, ctx) {
  const t = ctx.t;
  const unitSel = await ctx.unitSelect(ctx.user.unitId);
  const file = ctx.h('input', { type: 'file', accept: '.csv,.xlsx' });
  const out = ctx.h('div', {});
  const status = ctx.h('p', { class: 'muted' });
  let request = null;

  function read(f) {
    return new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
      r.onerror = () => reject(r.error);
      r.onprogress = e => { status.textContent = t('正在读取文件 ', 'Reading ') + Math.round(e.loaded * 100 / (e.total || 1)) + '%'; };
      r.readAsDataURL(f);
    });
  }

  async function check() {
    const f = file.files[0];
    if (!f) { ctx.showError(new Error(t('请先选择文件', 'Choose a file first'))); return; }
    if (f.size > 20 * 1024 * 1024) { ctx.showError(new Error(t('文件超过20MB，请分批导入', 'The file is larger than 20 MB'))); return; }
    try {
      const text = await read(f);
      const parts = [];
      for (let i = 0; i < text.length; i += PART) parts.push(text.slice(i, i + PART));
      request = { unitId: Number(unitSel.value), fileName: f.name, contentBase64: parts };
      status.textContent = t('正在检查…', 'Checking…');
      const r = await ctx.api.post('aid/import/preview', request);
      status.textContent = '';
      const summary = ctx.h('p', {}, t('共 ' + r.rows + ' 行：新增 ' + r.created + '，更新 ' + r.updated + '，不变 ' + r.unchanged,
        r.rows + ' rows: ' + r.created + ' new, ' + r.updated + ' updated, ' + r.unchanged + ' unchanged'));
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
    } catch (e) { status.textContent = ''; ctx.showError(e); }
  }

  async function commit() {
    try {
      status.textContent = t('正在导入…', 'Importing…');
      const r = await ctx.api.post('aid/import/commit', request);
      status.textContent = '';
      ctx.notify(t('导入完成：新增 ' + r.created + '，更新 ' + r.updated + '，不变 ' + r.unchanged, 'Imported'));
      show(out, ctx.h('button', { class: 'btn', onclick: () => ctx.navigate('aid-beneficiaries', { unitId: unitSel.value }) }, t('查看救助对象', 'Open beneficiaries')));
    } catch (e) { status.textContent = ''; ctx.showError(e); }
  }

  show(el, ctx.h('div', { class: 'card' },
    ctx.h('p', {}, t('第一步：下载模板，按模板填写（姓名、身份证号、困难类别必填；类别用“、”分隔）。', 'Step 1: download the template.')),
    ctx.h('a', { class: 'btn', href: '/api/aid/import/template.csv' }, t('下载模板', 'Template')),
    ctx.h('p', {}, t('第二步：选择导入到哪个单位和文件（Excel .xlsx 或 CSV），先检查。', 'Step 2: choose the unit and the file, then check.')),
    ctx.h('div', { class: 'toolbar' }, unitSel, file, ctx.h('button', { class: 'btn primary', onclick: check }, t('检查文件', 'Check'))),
    status, out));
}
