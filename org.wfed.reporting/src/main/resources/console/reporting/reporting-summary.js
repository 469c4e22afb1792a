// 年度工作总结: draft, edit and review a unit's annual work summary. Figures are chips linked to their
// indicator; staff edit the prose around them (the template keeps {indicator.id}); 刷新数据 recomputes.
// Sentences that state no work (all figures 0 or not applicable) are left out and listed under their
// paragraph; 显示 puts them back. For a unit with children each figure says whether it is the unit's own
// (本级) or its subtree's (含下级), and a paragraph can be switched.
import { download, STATUS, statusBadge, unitYearBar } from './common.js';

export async function render(el, ctx) {
  const { h } = ctx;
  const t = ctx.t;
  const { el: bar, unitSelect, year } = await unitYearBar(ctx, t('打开', 'Open'), () => load());
  const body = h('div', {});
  el.append(h('div', { class: 'card' }, bar), body);

  async function load() {
    try {
      const found = await ctx.api.get('reporting/summaries?unitId=' + unitSelect.value + '&year=' + year.value);
      if (found.length) show(found[0]); else offerDraft();
    } catch (e) { ctx.showError(e); }
  }

  function offerDraft() {
    body.replaceChildren(h('div', { class: 'card' },
      h('p', {}, t('该单位本年度还没有工作总结。系统可根据已录入的数据生成草稿：各项数字自动填入，文字可以修改。',
        'No summary yet. Draft one from the records: figures are filled in, the prose is yours to edit.')),
      ctx.can('reporting.edit') ? h('button', { class: 'btn primary', id: 'draft-summary', onclick: async () => {
        try {
          show(await ctx.api.post('reporting/summaries', { unitId: Number(unitSelect.value), year: Number(year.value) }));
          ctx.notify(t('草稿已生成', 'Draft created'));
        } catch (e) { ctx.showError(e); }
      } }, t('生成草稿', 'Draft summary')) : null));
  }

  /**
   * 审核: approve (with the cut-off date 统计截止日 that bounds the lock and, for children still not approved, an
   * explicit choice of each) or return for revision. The message says what is locked, until when, who can reopen.
   */
  function reviewCard(s) {
    const ui = ctx.ui;
    const sent = async (action, body) => show(await ctx.api.post('reporting/approval/' + s.id + '/' + action, { version: s.version, ...body }));
    const card = h('div', { class: 'card', id: 'summary-review' }, h('h3', {}, t('审核', 'Review')));
    if (s.status === 'SUBMITTED') {
      const yearRuns = ui.today().slice(0, 4) === String(s.year);
      const without = h('div', {});
      const approve = ui.form({ submit: t('审核通过', 'Approve'), submitId: 'summary-approve',
        onsubmit: async (v) => {
          const cutOff = v.cutOff || (yearRuns ? ui.today() : s.year + '-12-31');
          await sent('approve', { comment: v.comment, cutOff: v.cutOff, approveWithout: (v.approveWithout || []).map(Number) });
          const whole = cutOff === s.year + '-12-31';
          ctx.notify(whole
            ? t('已审核通过。' + s.unitName + s.year + '年度的数据已锁定；如需修改，由本级（审核单位）退回该总结即可解锁。',
              'Approved. ' + s.unitName + '\'s ' + s.year + ' records are locked; returning the summary (by the reviewing unit) reopens them.')
            : t('已审核通过。' + s.unitName + '统计截止日' + cutOff + '及以前的数据已锁定，之后的数据照常录入；如需修改，由本级（审核单位）退回该总结即可解锁。',
              'Approved. ' + s.unitName + '\'s records up to ' + cutOff + ' are locked, later ones stay open; returning the summary (by the reviewing unit) reopens them.'));
        } },
      ui.field(t('审核意见', 'Comments'), ui.textarea('comment', '', { rows: 2 }), { wide: true }),
      ui.field(t('统计截止日', 'Cut-off date'), ui.date('cutOff', yearRuns ? ui.today() : s.year + '-12-31',
        { min: s.year + '-01-01', max: yearRuns ? ui.today() : s.year + '-12-31' }),
      { hint: t('锁定本单位该日及以前的数据（本总结的数据即为快照）；之后的数据照常录入', 'Records up to this day are locked (the summary\'s figures are the snapshot); later ones stay open') }),
      without);
      if (s.hasChildren) {
        ctx.api.get('reporting/approval/board?unitId=' + s.unitId + '&year=' + s.year).then((board) => {
          const pending = board.filter((r) => !r.self && r.status !== 'APPROVED');
          if (!pending.length) return;
          without.replaceChildren(ui.field(t('不含以下未审核的下级单位（须逐个勾选，留痕）', 'Approve without these units below (tick each; audited)'),
            ui.checks('approveWithout', pending.map((r) => [r.unitId, r.unitName + '（' + (r.status ? ui.label(STATUS, r.status) : t('未起草', 'no draft')) + '）']), []),
            { wide: true, hint: t('未勾选的下级单位须先审核通过', 'Units not ticked must be approved first') }));
        }).catch((e) => ctx.showError(e));
      }
      card.append(approve);
    }
    card.append(ui.form({ submit: t('退回修改', 'Return for revision'), submitId: 'summary-return',
      onsubmit: async (v) => { await sent('return', { comment: v.comment }); ctx.notify(t('已退回修改，该年度数据已解锁', 'Returned; the year is open again')); } },
    ui.field(t('退回意见', 'Reasons'), ui.textarea('comment', '', { rows: 2 }), { required: true, wide: true })));
    return card;
  }

  function show(s) {
    const editable = (s.status === 'DRAFT' || s.status === 'RETURNED') && ctx.can('reporting.edit');
    const review = ['SUBMITTED', 'APPROVED'].includes(s.status) && s.reviewable;
    const act = (action, payload, done) => async () => {
      try { show(await ctx.api.post(action, { version: s.version, ...payload })); ctx.notify(done); } catch (e) { ctx.showError(e); }
    };
    const toolbar = h('div', { class: 'toolbar' },
      statusBadge(ctx, s.status),
      editable ? h('button', { class: 'btn', onclick: act('reporting/summaries/' + s.id + '/refresh', {}, t('数据已刷新', 'Figures refreshed')) },
        t('刷新数据', 'Refresh figures')) : null,
      editable ? h('button', { class: 'btn primary', id: 'submit-summary', onclick: act('reporting/approval/' + s.id + '/submit', {}, t('已提交上级审核', 'Submitted')) },
        t('提交审核', 'Submit')) : null,
      download(ctx, t('导出Word', 'Word'), 'reporting/export/summaries/' + s.id + '.docx'),
      download(ctx, t('打印/PDF', 'Print/PDF'), 'reporting/export/summaries/' + s.id + '.html'));
    const reviewBox = review ? reviewCard(s) : null;
    const history = s.events.length ? h('div', { class: 'card' }, h('h3', {}, t('审核记录', 'History')),
      ctx.table([
        { title: t('时间', 'When'), value: e => new Date(e.occurredAt).toLocaleString('zh-CN') },
        { title: t('操作', 'Action'), value: e => ({ SUBMIT: t('提交', 'Submit'), APPROVE: t('审核通过', 'Approve'), RETURN: t('退回', 'Return') })[e.action] || e.action },
        { title: t('操作人', 'By'), value: e => e.actor },
        { title: t('意见', 'Comments'), value: e => e.comment || '' }], s.events)) : null;
    // the figures at their default reach (and, for a unit with children, the other reach too): {id}, {id[member]}, {id@own}
    const listed = s.figures.filter(f => s.hasChildren || !f.key.includes('@'));
    const figures = h('details', {}, h('summary', {}, t('可引用的数据（点击插入到正在编辑的段落）', 'Figures (click to insert)')),
      h('div', {}, ...listed.map(f => chip((f.memberZh ? f.nameZh + '·' + f.memberZh : f.nameZh)
        + (f.key.includes('@') ? (f.reach === 'OWN' ? t('（本级）', ' (own)') : t('（含下级）', ' (subtree)')) : '') + '：' + f.text,
        '{' + f.key + '}', () => insert('{' + f.key + '}')))),
      h('p', { class: 'muted' }, t('数据计算于 ', 'Computed at ') + new Date(s.figuresAt).toLocaleString('zh-CN')
        + t('。{指标[分项]} 取某一分项，{指标[*]} 列出有数据的分项，{指标@own} 取本级数据，{指标@subtree} 取含下级数据。',
          '. {id[member]} one member, {id[*]} the members with data, {id@own} own records, {id@subtree} the subtree.')));
    let active = null;
    const insert = text => {
      if (!active) { ctx.notify(t('请先点击某段的"编辑"', 'Edit a paragraph first')); return; }
      const at = active.selectionStart ?? active.value.length;
      active.value = active.value.slice(0, at) + text + active.value.slice(at);
      active.focus();
    };
    const sections = s.sections.map(sec => h('div', {},
      sec.heading ? h('h3', sec.empty ? { class: 'muted' } : {}, sec.heading,
        sec.empty ? t('（本部分没有可写的数据，导出时略去）', ' (nothing to state: left out of the exports)') : '') : null,
      ...sec.paragraphs.map(p => paragraph(s, p, editable, ta => { active = ta; })),
      editable ? h('button', { class: 'btn', onclick: async () => {
        try {
          show(await ctx.api.post('reporting/summaries/' + s.id + '/paragraphs',
            { section: sec.section, template: t('（新段落，请填写）', '(new paragraph)'), version: s.version }));
        } catch (e) { ctx.showError(e); }
      } }, t('＋ 添加段落', '+ Paragraph')) : null));
    // replaceChildren would print a null child as the text "null"
    body.replaceChildren(...[
      h('div', { class: 'card' }, h('h2', { style: 'text-align:center' }, s.title), toolbar,
        s.status === 'RETURNED' ? h('p', { class: 'badge bad' }, t('上级已退回，请根据审核意见修改后重新提交。', 'Returned: revise and submit again.')) : null,
        editable && s.unfilled ? h('p', { class: 'badge warn' }, t('还有' + s.unfilled + '处提示（请补充…）未填写：写上本单位的情况或删除该段后才能提交。',
          s.unfilled + ' template hints left: write or delete them before submitting.')) : null,
        editable ? figures : null),
      reviewBox, h('div', { class: 'card' }, ...sections), history].filter(Boolean));
  }

  function chip(text, title, onclick) {
    return h('span', { class: 'badge ok', title, style: 'cursor:pointer;margin:2px', onclick }, text);
  }

  function paragraph(s, p, editable, onEdit) {
    const reachLabel = r => r === 'OWN' ? t('本级', 'own') : t('含下级', 'subtree');
    const view = h('p', { style: 'text-indent:2em;line-height:1.9' + (p.omitted ? ';display:none' : '') }, ...p.parts.map(part => part.indicatorId
      ? h('span', part.missing
        ? { class: 'badge bad', title: t('没有模块提供该指标：', 'No module provides ') + part.indicatorId }
        : { class: 'badge ok', style: 'cursor:pointer',
          title: part.nameZh + ' · {' + part.key + '}' + (s.hasChildren ? ' · ' + reachLabel(part.reach) : '')
            + t('（点击查看来源数据）', ' (click for the source figures)'),
          onclick: () => ctx.navigate('reporting-dashboard', { unitId: s.unitId, year: s.year }) },
        part.text)
      : part.text));
    // whose figures each sentence states (a unit with children): 本级 or 含下级
    const reaches = p.sentences.filter(x => !x.omitted && x.reach);
    const distinct = [...new Set(reaches.map(x => x.reach))];
    const reachNote = s.hasChildren && reaches.length && !p.omitted ? h('div', { class: 'muted', style: 'font-size:smaller' },
      t('数据口径：', 'Figures: ') + (distinct.length === 1 && distinct[0] !== 'MIXED' ? reachLabel(distinct[0])
        : reaches.map((x, k) => t('第' + (k + 1) + '句', 'sentence ' + (k + 1) + ' ') + (x.reach === 'MIXED' ? t('本级与含下级', 'mixed') : reachLabel(x.reach))).join('，'))) : null;
    const left = p.sentences.filter(x => x.omitted || x.reason);
    const leftOut = left.length ? h('details', { class: 'muted' },
      h('summary', {}, p.omitted ? t('本段没有可写的数据，已略去', 'Nothing to state: paragraph left out')
        : t('已略去' + left.length + '处无数据的内容', left.length + ' part(s) without data left out')),
      ...left.map(x => h('div', {}, x.omitted ? x.text : '', ' ', h('small', {}, x.reason || '')))) : null;
    const box = h('div', { class: 'paragraph', 'data-paragraph': p.id }, view, reachNote, leftOut);
    if (!editable) return box;
    const save = async body => {
      try {
        show(await ctx.api.put('reporting/summaries/' + s.id + '/paragraphs/' + p.id, { template: p.template, version: p.version, ...body }));
      } catch (e) { ctx.showError(e); }
    };
    const reach = s.hasChildren ? h('select', { title: t('本段数据口径', 'Whose figures this paragraph states') },
      h('option', { value: 'DEFAULT' }, t('口径：按各项默认', 'Reach: each default')),
      h('option', { value: 'OWN' }, t('口径：本级', 'Reach: own records')),
      h('option', { value: 'SUBTREE' }, t('口径：含下级', 'Reach: subtree'))) : null;
    if (reach) {
      reach.value = p.reach || 'DEFAULT';
      reach.onchange = () => save({ reach: reach.value });
    }
    const empties = left.length || p.showEmpty ? h('button', { class: 'btn', onclick: () => save({ showEmpty: !p.showEmpty }) },
      p.showEmpty ? t('略去无数据的句子', 'Leave out sentences without data') : t('显示无数据的句子', 'Show sentences without data')) : null;
    const edit = h('button', { class: 'btn', onclick: () => {
      const ta = h('textarea', { rows: '4', style: 'width:100%' });
      ta.value = p.template;
      ta.onfocus = () => onEdit(ta);
      onEdit(ta);
      const saveText = h('button', { class: 'btn primary', onclick: async () => {
        try {
          const next = await ctx.api.put('reporting/summaries/' + s.id + '/paragraphs/' + p.id, { template: ta.value, version: p.version });
          ctx.notify(t('已保存', 'Saved'));
          show(next);
        } catch (e) { ctx.showError(e); }
      } }, t('保存', 'Save'));
      const del = h('button', { class: 'btn danger', onclick: async () => {
        if (!(await ctx.ui.confirm(t('删除这一段？', 'Delete this paragraph?'), { danger: true, ok: t('删除', 'Delete') }))) return;
        try { show(await ctx.api.del('reporting/summaries/' + s.id + '/paragraphs/' + p.id + '?version=' + p.version)); } catch (e) { ctx.showError(e); }
      } }, t('删除', 'Delete'));
      box.replaceChildren(ta, h('p', { class: 'muted' }, t('花括号中的 {指标} 会显示为最新数据，请保留；其余文字可自由修改。',
        'Keep the {indicator} placeholders; they show the current figures.')), h('div', { class: 'toolbar' }, saveText, del));
    } }, t('编辑', 'Edit'));
    box.append(h('div', { class: 'toolbar' }, edit, reach, empties));
    return box;
  }

  load();
}
