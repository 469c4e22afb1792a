// 上届班子构成: a unit's previous term entered once (position by position), for an election's before → after
// where wfed holds no leadership history of that term.

const POSITIONS = [
  ['EXECUTIVE', '执委（含主席、副主席）', 'Executive members (all)'],
  ['CHAIR', '主席', 'Chairs'],
  ['VICE_CHAIR', '副主席', 'Vice-chairs'],
  ['STANDING', '常委', 'Standing members'],
];
const FIGURES = [
  ['members', '人数', 'Members', 'numeric'],
  ['averageAge', '平均年龄（岁）', 'Average age', 'decimal'],
  ['under35', '35岁以下（人）', 'Under 35', 'numeric'],
  ['college', '大专及以上（人）', 'College or above', 'numeric'],
  ['postgraduate', '其中研究生（人）', 'Postgraduates', 'numeric'],
  ['partyMembers', '中共党员（人）', 'Party members', 'numeric'],
  ['inTwoCommittees', '进两委（人）', 'In the two committees', 'numeric'],
];

export async function render(el, ctx) {
  const { h, t } = ctx;
  el.replaceChildren();
  const unit = await ctx.unitSelect(ctx.params && ctx.params.unitId ? Number(ctx.params.unitId) : ctx.user.unitId);
  const out = h('div');
  const load = async () => {
    try {
      show(ctx, out, await ctx.api.get('elections/previous-terms/' + unit.value), unit);
    } catch (err) {
      ctx.showError(err);
    }
  };
  unit.onchange = load;
  el.append(h('div', { class: 'toolbar' }, t('单位', 'Unit'), unit), out);
  await load();
}

function show(ctx, out, term, unit) {
  const { h, t } = ctx;
  const inputs = {};
  const cards = POSITIONS.map(([code, zh, en]) => {
    const group = term.groups.find(g => g.position === code) || {};
    inputs[code] = {};
    return h('fieldset', { class: 'card previous-term', style: 'min-width:0' }, h('legend', {}, t(zh, en)),
      FIGURES.map(([key, fzh, fen, mode]) => {
        const input = h('input', { inputmode: mode, value: group[key] == null ? '' : String(group[key]), 'data-key': key });
        inputs[code][key] = input;
        return h('div', { class: 'field' }, h('label', {}, t(fzh, fen)), input);
      }));
  });
  const save = h('button', { class: 'btn primary', type: 'submit' }, t('保存', 'Save'));
  const form = h('form', { class: 'form' },
    h('p', { class: 'muted' }, t('填写上届（换届前）班子的构成，用于换届后“两降两升”等前后对比。只填知道的数字；人数为空的职务不保存。',
      'The committee before the election, for the before → after. Fill in what is known; a position without members is not saved.')),
    term.history ? h('p', { class: 'badge warn' }, t('系统中已有该单位上届班子的任职记录，对比以任职记录为准，此处填写的数字不参与统计。',
      'wfed holds this unit\'s previous committee; the comparison uses it, not the figures entered here.')) : null,
    // one column on a phone, two or more on a desk
    h('div', { class: 'previous-terms', style: 'display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,320px),1fr));gap:14px' }, cards),
    h('div', { class: 'toolbar' }, save, term.enteredAt ? h('span', { class: 'muted' }, t('上次保存：', 'Saved: ') + term.enteredAt.replace('T', ' ').slice(0, 16)) : null));
  form.onsubmit = async (ev) => {
    ev.preventDefault();
    const groups = [];
    for (const [code] of POSITIONS) {
      const row = inputs[code];
      Object.values(row).forEach(i => i.removeAttribute('name'));
      if (row.members.value.trim() === '') continue;
      const index = groups.length;
      const g = { position: code };
      for (const [key] of FIGURES) {
        const v = row[key].value.trim();
        row[key].setAttribute('name', 'groups[' + index + '].' + key);
        g[key] = v === '' ? null : (key === 'averageAge' ? v : Number.isInteger(Number(v)) ? Number(v) : v);
      }
      groups.push(g);
    }
    try {
      const saved = await ctx.api.put('elections/previous-terms/' + unit.value, { groups, version: term.version });
      ctx.notify(t('上届班子构成已保存', 'Previous term saved'));
      show(ctx, out, saved, unit);
    } catch (err) {
      ctx.showError(err);
    }
  };
  out.replaceChildren(form);
}
