// 妇女发展服务: what the module's pages share: one register's list (by unit subtree and period, paged) with its entry
// and edit form. A spec names the API path, the columns and the form's fields (named as the API's records name them).

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A control for one field spec: text, date, number, checkbox, select (options [[value, label]]), unit, or lookup
 * (a select whose options {@code f.load()} answers, with an empty choice first; the number chosen is sent).
 */
async function control(ctx, f) {
  const {h} = ctx;
  if (f.type === 'unit') return ctx.unitSelect(ctx.user.unitId, {name: f.name});
  if (f.type === 'lookup') {
    const s = h('select', {name: f.name}, h('option', {value: ''}, f.empty || '—'));
    const fill = async () => {
      const keep = s.value;
      s.replaceChildren(h('option', {value: ''}, f.empty || '—'),
        ...(await f.load()).map(([v, text]) => h('option', {value: String(v)}, text)));
      s.value = keep;
    };
    s.refresh = fill;
    try { await fill(); } catch (err) { ctx.showError(err); }
    return s;
  }
  if (f.type === 'select') {
    const s = h('select', {name: f.name}, f.options.map(([v, text]) => h('option', {value: v}, text)));
    if (f.value != null) s.value = f.value;
    return s;
  }
  if (f.type === 'checkbox') return h('input', {type: 'checkbox', name: f.name, checked: !!f.value});
  const attrs = {type: f.type || 'text', name: f.name, placeholder: f.placeholder || null};
  if (f.type === 'number') { attrs.min = f.min ?? '0'; attrs.step = f.step || '1'; attrs.inputmode = 'decimal'; }
  const input = h('input', attrs);
  input.value = f.value === 'today' ? today() : (f.value ?? '');
  return input;
}

function read(f, el) {
  if (f.type === 'checkbox') return el.checked;
  const v = el.value.trim();
  if (v === '') return null;
  return f.type === 'number' || f.type === 'unit' || f.type === 'lookup' ? Number(v) : v;
}

function write(f, el, value) {
  if (f.type === 'checkbox') el.checked = !!value;
  else el.value = value == null ? '' : String(value);
}

/**
 * Renders one register into {@code el}: a card with the filter (unit, from, to) and the list, and for callers who may
 * manage, a card with the form (new, or the row picked for editing). Answers {reload}.
 */
export async function register(el, ctx, spec) {
  const {h, t} = ctx;
  const manage = ctx.can('services.manage');
  const year = new Date().getFullYear();
  const units = await ctx.unitSelect(ctx.user.unitId);
  const from = h('input', {type: 'date', value: `${year}-01-01`});
  const to = h('input', {type: 'date', value: `${year}-12-31`});
  const box = h('div', {});
  let page = 1;
  let editing = null;

  const controls = [];
  for (const f of spec.fields) controls.push([f, await control(ctx, f)]);
  const heading = h('h3', {}, spec.formTitle);
  const cancel = h('button', {class: 'btn', type: 'button', style: 'display:none', onclick: () => reset()}, t('取消编辑', 'Cancel'));
  const reset = () => {
    editing = null;
    heading.textContent = spec.formTitle;
    cancel.style.display = 'none';
    for (const [f, c] of controls) {
      if (f.type === 'unit') c.value = units.value;
      else if (f.keep !== true) write(f, c, f.value === 'today' ? today() : f.value);
    }
  };
  const edit = (row) => {
    editing = row;
    heading.textContent = t('修改', 'Edit') + ' · ' + spec.formTitle;
    cancel.style.display = '';
    for (const [f, c] of controls) write(f, c, row[f.name]);
    heading.scrollIntoView({behavior: 'smooth'});
  };

  const load = async () => {
    for (const [f, c] of controls) if (f.type === 'lookup' && c.refresh) c.refresh().catch(() => {});
    try {
      const data = await ctx.api.get(`${spec.path}?unitId=${units.value}&from=${from.value}&to=${to.value}&page=${page}&size=20`);
      box.textContent = '';
      const columns = [...spec.columns];
      if (manage) {
        columns.push({title: '', value: row => h('span', {class: 'actions'},
          h('button', {class: 'btn small', onclick: () => edit(row)}, t('修改', 'Edit')),
          ...(spec.rowActions ? spec.rowActions(row, load) : []),
          h('button', {class: 'btn small danger', onclick: async () => {
            if (!confirm(t('删除该记录？', 'Delete?'))) return;
            try { await ctx.api.del(`${spec.path}/${row.id}?version=${row.version}`); load(); } catch (err) { ctx.showError(err); }
          }}, t('删除', 'Delete')))});
      }
      box.append(h('p', {class: 'muted'}, spec.total(data.total)),
        data.items.length ? ctx.table(columns, data.items) : h('p', {class: 'muted'}, t('没有记录。', 'Nothing recorded.')),
        ctx.ui.pager(data, (p) => { page = p; load(); }));
    } catch (err) { ctx.showError(err); }
  };
  [units, from, to].forEach(x => { x.onchange = () => { page = 1; load(); }; });

  const save = async () => {
    const body = {};
    for (const [f, c] of controls) body[f.name] = read(f, c);
    const extra = spec.body ? spec.body(body, editing) : body;
    try {
      if (editing) await ctx.api.put(`${spec.path}/${editing.id}`, {...extra, version: editing.version});
      else await ctx.api.post(spec.path, extra);
      ctx.notify(t('已保存', 'Saved'));
      reset();
      load();
    } catch (err) { ctx.showError(err); }
  };

  el.append(h('div', {class: 'card'}, h('h2', {}, spec.title),
    h('div', {class: 'toolbar'}, ctx.ui.field(t('单位', 'Unit'), units), ctx.ui.field(t('从', 'From'), from),
      ctx.ui.field(t('到', 'To'), to)), box));
  if (manage) {
    el.append(h('div', {class: 'card'}, heading, h('div', {class: 'form grid2 services-form'},
      controls.map(([f, c]) => ctx.ui.field(f.label, c))),
      h('div', {class: 'toolbar'}, h('button', {class: 'btn primary', onclick: save}, t('保存', 'Save')), cancel)));
  }
  await load();
  return {reload: load};
}

/** Tabs over several registers of one page; each tab renders once, when first shown. */
export function tabs(el, ctx, list) {
  const {h} = ctx;
  const bar = h('div', {class: 'toolbar', role: 'tablist'});
  const body = h('div', {});
  const panes = list.map(() => h('div', {style: 'display:none'}));
  const shown = new Set();
  const show = async (i) => {
    panes.forEach((p, k) => { p.style.display = k === i ? '' : 'none'; });
    [...bar.children].forEach((b, k) => b.classList.toggle('primary', k === i));
    if (!shown.has(i)) { shown.add(i); await list[i].render(panes[i]); }
  };
  list.forEach((tab, i) => bar.append(h('button', {class: 'btn', type: 'button', role: 'tab', onclick: () => show(i)}, tab.title)));
  body.append(...panes);
  el.append(bar, body);
  return show(0);
}
