// 审核与发放: the review inbox per level, then notice, payment and receipt of approved applications.
import { show, statusBadge, LEVELS, CHANNELS, STATUS } from './common.js';
import { objectionSection } from './aid-objections.js';

export async function render(el, ctx) {
  const t = ctx.t;
  const unitSel = await ctx.unitSelect(ctx.user.unitId);
  const levelSel = ctx.ui.select(null, [['', t('全部层级', 'All levels')], ...ctx.ui.options(LEVELS)], ctx.params.level || '');
  // a clerk who cannot review opens on the approved list she pays, not on a review inbox she cannot act on
  const statusSel = ctx.ui.select(null, [...(ctx.can('aid.review') ? [['INBOX', t('待我审核', 'Awaiting my review')]] : []), ['APPROVED', t('已批准待发放', 'Approved')],
    ['NOTICE', t('公示中', 'On notice')], ['PAID', t('已发放待签收', 'Paid')], ['RECEIVED', t('已签收', 'Received')],
    ['REJECTED', t('未通过', 'Rejected')]], ctx.params.status || (ctx.can('aid.review') ? 'INBOX' : 'APPROVED'));
  const list = ctx.h('div', {});
  const detail = ctx.h('div', {});

  async function load(pageNo) {
    try {
      const inbox = statusSel.value === 'INBOX';
      const q = 'aid/applications?unitId=' + unitSel.value + (inbox ? '&inbox=true' + (levelSel.value ? '&level=' + levelSel.value : '')
        : '&status=' + statusSel.value) + '&page=' + (pageNo || 1) + '&size=50';
      const page = await ctx.api.get(q);
      const rows = page.items;
      // 批量: tick rows, then approve or return them all (reviewers) or pay the whole approved list (payers)
      const picked = new Set();
      const tick = (a) => {
        const box = ctx.h('input', { type: 'checkbox', 'aria-label': t('选择 ', 'Select ') + a.personName, 'data-application': a.id });
        box.addEventListener('change', () => { if (box.checked) picked.add(a); else picked.delete(a); });
        return box;
      };
      const all = () => rows.filter(a => picked.has(a));
      const batchBar = batchActions(inbox, all);
      show(list, rows.length === 0 ? ctx.h('p', { class: 'muted' }, t('没有待办的申请', 'Nothing to do')) : ctx.ui.pager(page, load),
        rows.length === 0 ? null : batchBar,
        rows.length === 0 ? null : ctx.table([
        { title: '', value: a => batchBar ? tick(a) : '' },
        { title: t('姓名', 'Name'), value: a => a.personName, key: true },
        { title: t('编号', 'No.'), value: a => String(a.id) },
        { title: t('项目', 'Programme'), value: a => a.programmeName },
        { title: t('申请日期', 'Applied'), value: a => a.appliedOn },
        { title: t('金额（元）', 'Amount'), value: a => ctx.ui.yuan(a.amountFen) + (a.goods ? '（' + a.goods + '）' : '') },
        { title: t('状态', 'Status'), value: a => statusBadge(ctx, a.status, (ctx.lang === 'en' ? ctx.ui.label(STATUS, a.status) : a.statusZh) + (a.nextLevel ? ' · ' + ctx.ui.label(LEVELS, a.nextLevel) : '')) },
        { title: '', value: a => ctx.h('button', { class: 'btn', 'data-handle': a.id, onclick: () => open(a.id) }, t('处理', 'Handle')) },
      ], rows));
    } catch (e) { ctx.showError(e); }
  }

  /** The bar of batch actions for the ticked rows, or null when the list offers none to this user. */
  function batchActions(inbox, chosen) {
    const none = () => { throw ctx.ui.invalid([], t('请先勾选申请', 'Tick applications first'), 'Tick applications first'); };
    if (inbox && ctx.can('aid.review')) {
      const comment = ctx.h('input', { name: 'comment', maxlength: 200, placeholder: t('审核意见（退回时必填）', 'Comment (required to return)') });
      // one request, one transaction: every ticked application is decided, or none is (the message names the line)
      const review = async (approve) => {
        const list = chosen();
        if (!list.length) none();
        if (!(await ctx.ui.confirm(t((approve ? '同意' : '退回') + '勾选的 ' + list.length + ' 份申请？任何一份不能处理，则整批都不处理。',
          (approve ? 'Approve ' : 'Return ') + list.length + ' applications? If one cannot be decided, none is.'), { danger: !approve }))) return;
        await ctx.api.post('aid/applications/reviews', { approve, comment: comment.value.trim() || null,
          lines: list.map(a => ({ applicationId: a.id, version: a.version })) });
        await load(1);
        ctx.notify(t('已' + (approve ? '同意 ' : '退回 ') + list.length + ' 份申请', list.length + (approve ? ' approved' : ' returned')));
      };
      return ctx.h('div', { class: 'batch-bar' }, ctx.ui.field(t('批量审核意见', 'Comment for all'), comment),
        ctx.ui.button(t('批量同意', 'Approve ticked'), () => review(true), { kind: 'primary', id: 'batch-approve' }),
        ctx.ui.button(t('批量退回', 'Return ticked'), () => review(false), { kind: 'danger', id: 'batch-return' }));
    }
    if ((statusSel.value === 'APPROVED' || statusSel.value === 'NOTICE') && ctx.can('aid.pay')) {
      const paidOn = ctx.ui.date('paidOn', ctx.ui.today());
      const channel = ctx.ui.select('channel', CHANNELS, 'BANK');
      const pay = async () => {
        const list = chosen();
        if (!list.length) none();
        const total = list.reduce((sum, a) => sum + a.amountFen, 0);
        if (!(await ctx.ui.confirm(t('按批准金额发放勾选的 ' + list.length + ' 笔，共 ' + ctx.ui.yuan(total) + ' 元？任何一笔不能发放，则整批都不发放。',
          'Pay ' + list.length + ' applications, ' + ctx.ui.yuan(total) + ' yuan in all? If one cannot be paid, none is.')))) return;
        await ctx.api.post('aid/applications/payments', { paidOn: paidOn.value || null, channel: channel.value,
          lines: list.map(a => ({ applicationId: a.id, version: a.version })) });
        await load(1);
        ctx.notify(t('已发放 ' + list.length + ' 笔，共 ' + ctx.ui.yuan(total) + ' 元', list.length + ' paid, ' + ctx.ui.yuan(total) + ' yuan'));
      };
      return ctx.h('div', { class: 'batch-bar' }, ctx.ui.field(t('发放日期', 'Paid on'), paidOn), ctx.ui.field(t('发放方式', 'Channel'), channel),
        ctx.ui.button(t('批量发放', 'Pay ticked'), pay, { kind: 'primary', id: 'batch-pay' }));
    }
    return null;
  }

  async function open(id) {
    try {
      const a = await ctx.api.get('aid/applications/' + id);
      const act = async (path, body, done) => {
        try {
          await ctx.api.post('aid/applications/' + id + '/' + path, Object.assign({ version: a.version }, body));
          ctx.notify(done);
          show(detail);
          await load(1);
        } catch (e) { ctx.showError(e); }
      };
      const parts = [ctx.h('h3', {}, a.programmeName + ' · ' + a.personName + ' · ' + ctx.ui.yuan(a.amountFen) + t(' 元', ' yuan')),
        ctx.h('p', {}, t('理由：', 'Reason: ') + a.reason),
        ctx.table([
          { title: t('层级', 'Level'), value: r => ctx.ui.label(LEVELS, r.level) },
          { title: t('意见', 'Decision'), value: r => (r.decision === 'APPROVE' ? t('同意', 'approve') : t('不同意', 'reject')) + ' ' + (r.comment || '') },
          { title: t('审核人', 'Reviewer'), value: r => r.reviewerName },
          { title: t('时间', 'At'), value: r => (r.decidedAt || '').slice(0, 16).replace('T', ' ') },
        ], a.reviews)];
      if (a.status === 'REVIEWING' && ctx.can('aid.review')) {
        const comment = ctx.h('input', { name: 'comment', placeholder: t('审核意见（不同意时必填）', 'Comment (required to reject)') });
        parts.push(ctx.h('div', { class: 'form' }, ctx.ui.field(t('审核意见', 'Comment'), comment),
          ctx.h('button', { class: 'btn primary', id: 'approve-application', onclick: () => act('review', { approve: true, comment: comment.value || null }, t('已同意', 'Approved')) }, t('同意', 'Approve')),
          ctx.h('button', { class: 'btn danger', onclick: () => act('review', { approve: false, comment: comment.value }, t('已退回', 'Rejected')) }, t('不同意', 'Reject'))));
      }
      if (a.status === 'APPROVED' && ctx.can('aid.review')) {
        const from = ctx.h('input', { name: 'from', type: 'date', value: ctx.ui.today() });
        parts.push(ctx.h('div', { class: 'form' }, ctx.ui.field(t('公示开始日期（需公示的项目）', 'Notice from'), from),
          ctx.h('button', { class: 'btn', id: 'start-notice', onclick: () => act('notice', { from: from.value }, t('已开始公示', 'Notice started')) }, t('开始公示', 'Start notice'))));
      }
      if (a.status === 'NOTICE') {
        parts.push(ctx.h('p', { class: 'badge warn' }, t('公示期：', 'Notice: ') + a.noticeFrom + ' — ' + a.noticeTo));
        parts.push(await objectionSection(ctx, a, async () => { await open(id); await load(1); }));
      }
      if ((a.status === 'APPROVED' || a.status === 'NOTICE') && ctx.can('aid.pay')) {
        const amount = ctx.h('input', { name: 'amountFen', value: ctx.ui.yuan(a.amountFen).replace(/,/g, '') });
        const paidOn = ctx.h('input', { name: 'paidOn', type: 'date', value: ctx.ui.today() });
        const channel = ctx.ui.select('channel', CHANNELS, 'BANK');
        parts.push(ctx.h('div', { class: 'form' }, ctx.h('h4', {}, t('登记发放', 'Record payment')),
          ctx.ui.field(t('金额（元）', 'Amount'), amount), ctx.ui.field(t('发放日期', 'Paid on'), paidOn),
          ctx.ui.field(t('发放方式', 'Channel'), channel),
          ctx.h('button', { class: 'btn primary', id: 'record-payment', onclick: () => {
            const fen = ctx.ui.toFen(amount.value);
            if (fen === null) { ctx.showError(new Error(t('金额格式不正确', 'Invalid amount'))); return; }
            act('payment', { amountFen: fen, paidOn: paidOn.value, channel: channel.value }, t('已登记发放', 'Payment recorded'));
          } }, t('确认发放', 'Record'))));
      }
      const scan = ctx.h('input', { type: 'file', name: 'scan', accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png' });
      if (a.status === 'PAID' && ctx.can('aid.pay')) {
        const on = ctx.h('input', { name: 'receivedOn', type: 'date', value: ctx.ui.today() });
        const note = ctx.h('input', { name: 'note', placeholder: t('如：本人签字', 'e.g. signed by herself') });
        const confirm = async () => {
          try {
            if (scan.files[0]) await uploadReceipt(ctx, id, scan.files[0]);
          } catch (e) { ctx.showError(e); return; }
          await act('receipt', { receivedOn: on.value, note: note.value || null }, t('已确认签收', 'Receipt confirmed'));
        };
        parts.push(ctx.h('div', { class: 'form' }, ctx.h('p', {}, t('已于 ', 'Paid on ') + a.paidOn + t(' 发放 ', ' ') + ctx.ui.yuan(a.paidFen) + t(' 元，账号 ', ' to ') + (a.bankAccount || '')),
          ctx.ui.field(t('签收日期', 'Received on'), on), ctx.ui.field(t('备注', 'Note'), note),
          ctx.ui.field(t('签收单（扫描件或照片，PDF/JPG/PNG，不超过10MB）', 'Signed receipt (PDF/JPG/PNG, ≤ 10 MB)'), scan),
          ctx.h('button', { class: 'btn primary', id: 'confirm-receipt', onclick: confirm }, t('确认签收', 'Confirm receipt'))));
      }
      if (a.status === 'PAID' || a.status === 'RECEIVED') {
        parts.push(await receiptList(ctx, a, () => open(id)));
      }
      show(detail, ctx.h('div', { class: 'card' }, ...parts));
    } catch (e) { ctx.showError(e); }
  }

  unitSel.onchange = () => load(1);
  levelSel.onchange = () => load(1);
  statusSel.onchange = () => load(1);
  show(el, ctx.h('div', { class: 'filters' }, ctx.ui.field(t('单位', 'Unit'), unitSel), ctx.ui.field(t('状态', 'Status'), statusSel), ctx.ui.field(t('审核层级', 'Level'), levelSel)), detail, list);
  await load(1);
}

/** Sends one file as the request body (the server recognises its type by content); answers the stored receipt. */
async function uploadReceipt(ctx, applicationId, file, replace) {
  const me = await ctx.api.get('auth/me');
  const url = replace
    ? '/api/aid/receipts/' + replace.id + '?version=' + replace.version + '&fileName=' + encodeURIComponent(file.name)
    : '/api/aid/receipts?applicationId=' + applicationId + '&fileName=' + encodeURIComponent(file.name);
  const r = await fetch(url, { method: replace ? 'PUT' : 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': me.csrfToken }, body: file });
  const body = await r.json().catch(() => ({ message: ctx.t('上传失败', 'Upload failed') }));
  if (!r.ok) {
    const err = new Error(body.message);
    err.body = body;
    throw err;
  }
  return body;
}

/** The signed receipts (签收单) of a paid application: download, and for payers add, replace, delete. */
async function receiptList(ctx, a, reopen) {
  const t = ctx.t;
  let files = [];
  try { files = await ctx.api.get('aid/receipts?applicationId=' + a.id); } catch (e) { ctx.showError(e); }
  const pay = ctx.can('aid.pay');
  const run = async (work, done) => {
    try { await work(); ctx.notify(done); await reopen(); } catch (e) { ctx.showError(e); }
  };
  const picker = (onPick) => {
    const f = ctx.h('input', { type: 'file', accept: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png' });
    f.onchange = () => { if (f.files[0]) onPick(f.files[0]); };
    return f;
  };
  const rows = files.length === 0 ? ctx.h('p', { class: 'muted' }, t('还没有上传签收单', 'No signed receipt yet'))
    : ctx.table([
      { title: t('文件', 'File'), value: f => ctx.h('a', { href: '/api/aid/receipts/' + f.id }, f.fileName) },
      { title: t('大小', 'Size'), value: f => Math.max(1, Math.round(f.sizeBytes / 1024)) + ' KB' },
      { title: t('上传', 'Uploaded'), value: f => (f.createdAt || '').slice(0, 16).replace('T', ' ') + ' ' + f.createdBy },
      { title: '', value: f => pay ? ctx.h('span', {},
        ctx.h('label', { class: 'btn' }, t('替换', 'Replace'), picker(file => run(() => uploadReceipt(ctx, a.id, file, f), t('已替换签收单', 'Replaced')))),
        ctx.h('button', { class: 'btn danger', onclick: () => {
          if (confirm(t('删除签收单“' + f.fileName + '”？', 'Delete ' + f.fileName + '?'))) {
            run(() => ctx.api.del('aid/receipts/' + f.id), t('已删除签收单', 'Deleted'));
          }
        } }, t('删除', 'Delete'))) : '' },
    ], files);
  return ctx.h('div', {}, ctx.h('h4', {}, t('签收单', 'Signed receipts')), rows,
    pay && a.status === 'RECEIVED' ? ctx.h('div', { class: 'toolbar' }, t('补传签收单：', 'Add a receipt: '),
      picker(file => run(() => uploadReceipt(ctx, a.id, file), t('已上传签收单', 'Uploaded')))) : null);
}
