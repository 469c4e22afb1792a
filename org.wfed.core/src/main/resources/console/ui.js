// The console's components: one set that core's pages, the modules' and plugins' pages all use through
// ctx.ui (docs/console.md, "Components"). Forms name their controls after the API's JSON fields, so that the
// API's field errors ({fields:[{field, message}]}) land at the control and in the form's own error summary.

let seq = 0;
const nextId = (prefix) => (prefix || 'c') + (++seq);

/** The local date as yyyy-mm-dd (not toISOString(), which is UTC: before 8 a.m. in China that is yesterday). */
export function today(offsetDays) {
  const d = new Date();
  if (offsetDays) d.setDate(d.getDate() + offsetDays);
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

/** "1,000.00" from fen (money is fen on the wire, never floating point). */
export function yuan(fen) {
  if (fen === null || fen === undefined || fen === '') return '';
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + whole + '.' + String(abs % 100).padStart(2, '0');
}

/** Fen from a typed amount in 元 ("100", "100.5", "1,000.50"); null when it is not an amount. */
export function toFen(text) {
  const m = String(text == null ? '' : text).trim().replace(/[,，\s]/g, '').match(/^(\d+)(?:\.(\d{1,2}))?$/);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0'));
}

/** The error a form shows for its own checks, shaped like the API's envelope. */
export function invalid(fields, message, messageEn) {
  const err = new Error(message || '提交的内容有误，请检查标出的字段');
  err.body = { status: 400, code: 'VALIDATION', message: err.message, messageEn: messageEn || 'The input is invalid', fields };
  return err;
}

/** Builds the components for one page; `ctx` is the page's context (h, t, api, showError, notify). */
export function makeUi(ctx) {
  const { h, t } = ctx;

  // ---------- labels of codes ----------

  /** The label of a code in a table {CODE: [zh, en, badgeKind?]} in the current language; the code if unknown. */
  function label(labels, code) {
    const l = labels && labels[code];
    return l ? t(l[0], l[1]) : (code == null ? '' : String(code));
  }

  function badge(kind, text) {
    return h('span', { class: 'badge' + (kind ? ' ' + kind : '') }, text);
  }

  /** A status badge from a label table whose third entry is the badge kind (ok, warn, bad). */
  function status(labels, code) {
    const l = labels && labels[code];
    return badge(l ? l[2] : '', label(labels, code));
  }

  // ---------- controls ----------

  function input(name, value, attrs) {
    return h('input', { name, type: 'text', value: value == null ? '' : String(value), ...(attrs || {}) });
  }

  function number(name, value, attrs) {
    return h('input', { name, type: 'number', inputmode: 'numeric', value: value == null ? '' : String(value), ...(attrs || {}) });
  }

  function date(name, value, attrs) {
    return h('input', { name, type: 'date', value: value || '', ...(attrs || {}) });
  }

  function textarea(name, value, attrs) {
    const el = h('textarea', { name, rows: 3, ...(attrs || {}) });
    el.value = value == null ? '' : String(value);
    return el;
  }

  /** Options as [[value, label], …] or a label table {CODE: [zh, en]}; `empty` adds a first blank choice. */
  function options(list) {
    if (Array.isArray(list)) return list;
    return Object.keys(list || {}).map((code) => [code, label(list, code)]);
  }

  function select(name, list, selected, opts) {
    const o = opts || {};
    return h('select', { name, value: selected == null ? '' : String(selected), ...(o.attrs || {}) },
      o.empty != null ? h('option', { value: '' }, o.empty) : null,
      options(list).map(([value, text]) => h('option', { value: String(value) }, text)));
  }

  function checkbox(name, checked, attrs) {
    return h('input', { name, type: 'checkbox', checked: !!checked, ...(attrs || {}) });
  }

  /** A group of checkboxes sent as an array of the ticked values (data-name marks the group for errors). */
  function checks(name, list, chosen) {
    const picked = new Set((chosen || []).map(String));
    const el = h('span', { class: 'checks', 'data-name': name, role: 'group' },
      options(list).map(([value, text]) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', value: String(value), checked: picked.has(String(value)) }), ' ', text)));
    el.values = () => [...el.querySelectorAll('input[type=checkbox]')].filter((b) => b.checked).map((b) => b.value);
    return el;
  }

  /** An amount in 元 typed by a clerk, read back as fen. */
  function money(name, fen, attrs) {
    return h('input', { name, type: 'text', inputmode: 'decimal', 'data-type': 'money', autocomplete: 'off',
      value: fen == null ? '' : yuan(fen).replace(/,/g, ''), ...(attrs || {}) });
  }

  /**
   * A sensitive value the API answered masked (ID number, bank account, phone). It is shown as such and never
   * sent back: only a newly typed value replaces it, or, for users who may, an audited reveal shows the real one
   * (`reveal` answers it). values() leaves the field out while it is unchanged.
   */
  function masked(name, maskedValue, opts) {
    const o = opts || {};
    const control = h('input', { name, type: 'text', 'data-masked': maskedValue ? 'kept' : null, autocomplete: 'off',
      class: 'mono', maxlength: o.maxlength || null, inputmode: o.inputmode || null,
      placeholder: maskedValue ? maskedValue : (o.placeholder || null), value: '' });
    if (!maskedValue) return control;
    const shown = h('span', { class: 'masked-value mono' }, maskedValue);
    const note = h('span', { class: 'muted masked-note' }, t('（已脱敏，留空则不变）', ' (masked; empty keeps it)'));
    control.addEventListener('input', () => {
      control.dataset.masked = control.value ? 'typed' : 'kept';
      note.hidden = !!control.value;
    });
    const revealButton = o.reveal ? h('button', {
      type: 'button', class: 'btn link small reveal',
      onclick: () => busy(revealButton, async () => {
        const full = await o.reveal();
        if (full == null) return;
        control.value = full;
        control.dataset.masked = 'revealed';
        shown.textContent = full;
        note.hidden = true;
        revealButton.remove();
      }),
    }, t('查看完整（留痕）', 'Reveal (audited)')) : null;
    return h('span', { class: 'masked', 'data-field': name }, control, h('span', { class: 'masked-line' }, shown, note, revealButton));
  }

  /**
   * The named controls of a form as an object: blank → null, checkboxes → boolean, number → Number,
   * money → fen, checks groups → arrays; masked fields left as they were are not included at all.
   */
  function values(form) {
    const out = {};
    for (const el of form.querySelectorAll('[name]')) {
      if (el.disabled || el.closest('[data-name]')) continue;
      if (el.dataset.masked === 'kept') continue;
      if (el.type === 'checkbox') out[el.name] = el.checked;
      else if (el.type === 'radio') { if (el.checked) out[el.name] = el.value; }
      else if (el.value.trim() === '') out[el.name] = null;
      else if (el.type === 'number' || el.dataset.type === 'number') out[el.name] = Number(el.value);
      else if (el.dataset.type === 'money') out[el.name] = toFen(el.value);
      else if (el.type === 'file') continue;
      else out[el.name] = el.value.trim();
    }
    for (const group of form.querySelectorAll('[data-name]')) {
      if (!group.classList.contains('checks')) continue;
      out[group.dataset.name] = [...group.querySelectorAll('input[type=checkbox]')].filter((b) => b.checked).map((b) => b.value);
    }
    return out;
  }

  /** Checks a form can do before sending: required fields filled, amounts that are amounts. */
  function localErrors(form) {
    const fields = [];
    for (const row of form.querySelectorAll('.field.required')) {
      const c = row.querySelector('[name], [data-name]');
      if (!c || c.disabled) continue;
      if (c.dataset.masked === 'kept') continue;
      const empty = c.dataset.name ? !c.querySelector('input:checked') : (c.type === 'checkbox' ? false : !String(c.value).trim());
      if (empty) fields.push({ field: c.getAttribute('name') || c.dataset.name, code: 'REQUIRED', message: t('必填', 'Required') });
    }
    for (const c of form.querySelectorAll('[data-type=money]')) {
      if (c.value.trim() && toFen(c.value) === null) {
        fields.push({ field: c.name, code: 'AMOUNT', message: t('金额格式不正确，如 100 或 100.50', 'Not an amount, e.g. 100 or 100.50') });
      }
    }
    return fields;
  }

  // ---------- layout pieces ----------

  /** One labelled row of a form or a filter bar; the label points at the control. `opts`: {required, wide, hint, class} or true for required. */
  function field(text, control, opts) {
    const o = opts === true ? { required: true } : opts || {};
    const inner = control && control.matches && control.matches('input,select,textarea') ? control
      : control && control.querySelector && control.querySelector('input:not([type=checkbox]),select,textarea');
    let id = null;
    if (inner && !inner.closest('.checks')) id = inner.id || (inner.id = nextId('f'));
    const labelId = nextId('l');
    if (control && control.classList && control.classList.contains('checks')) control.setAttribute('aria-labelledby', labelId);
    return h('div', { class: 'field' + (o.required ? ' required' : '') + (o.wide ? ' wide' : '') + (o.class ? ' ' + o.class : '') },
      h('label', { for: id, id: labelId }, text), control,
      o.hint ? h('div', { class: 'hint muted' }, o.hint) : null);
  }

  /** A heading with optional buttons on its right. */
  function section(title, ...buttons) {
    return h('div', { class: 'section-head' }, h('h3', null, title), h('div', { class: 'spacer' }), buttons);
  }

  function actions(...buttons) {
    return h('div', { class: 'actions' }, buttons);
  }

  function button(text, onclick, opts) {
    const o = opts || {};
    const b = h('button', { type: 'button', class: 'btn' + (o.kind ? ' ' + o.kind : ''), id: o.id || null, title: o.title || null,
      disabled: !!o.disabled });
    b.append(text);
    b.addEventListener('click', () => busy(b, () => onclick(b)));
    return b;
  }

  /** Runs an action of a button: disables it meanwhile and shows any error in the message bar. */
  async function busy(el, action) {
    if (el) el.disabled = true;
    try {
      return await action();
    } catch (e) {
      ctx.showError(e);
      return undefined;
    } finally {
      if (el) el.disabled = false;
    }
  }

  // ---------- forms and their errors ----------

  function controlIn(form, name) {
    const n = CSS.escape(name);
    return form.querySelector('[name="' + n + '"], [data-name="' + n + '"], [data-field="' + n + '"]');
  }

  function labelIn(form, name) {
    const c = controlIn(form, name);
    const row = c && c.closest('.field');
    const l = row && row.querySelector(':scope > label');
    return l ? l.textContent.replace(/[*：:]\s*$/, '').trim() : name;
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach((e) => e.remove());
    form.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
    const summary = form.querySelector(':scope > .error-summary');
    if (summary) { summary.hidden = true; summary.replaceChildren(); }
  }

  /**
   * Shows an error next to the form it belongs to: a summary at the form's top (each field error a link to its
   * control) and each field's message under its control. Errors of fields the form does not have are listed too.
   */
  function fieldText(f) {
    return ctx.lang === 'en' && f.messageEn ? f.messageEn : f.message;
  }

  function formError(form, err) {
    const body = (err && err.body) || { message: String((err && err.message) || err), fields: [] };
    const fields = body.fields || [];
    clearErrors(form);
    let summary = form.querySelector(':scope > .error-summary');
    if (!summary) {
      summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' });
      form.prepend(summary);
    }
    let first = null;
    for (const f of fields) {
      const c = controlIn(form, f.field);
      if (!c) continue;
      const target = c.matches('[data-field]') ? c.querySelector('input,select,textarea') || c : c;
      target.classList.add('invalid');
      const row = c.closest('.field') || c.parentElement;
      row.append(h('div', { class: 'field-error', 'data-field': f.field }, fieldText(f)));
      if (!first) first = target;
    }
    const text = ctx.lang === 'en' && body.messageEn ? body.messageEn : body.message;
    summary.replaceChildren(h('strong', null, text),
      fields.length ? h('ul', null, fields.map((f) => h('li', null, controlIn(form, f.field)
        ? h('a', { href: '#', onclick: (e) => { e.preventDefault(); const c = controlIn(form, f.field); const i = c.matches('input,select,textarea') ? c : c.querySelector('input,select,textarea'); if (i) i.focus(); } },
          labelIn(form, f.field) + '：' + fieldText(f))
        : (f.field ? f.field + '：' : '') + fieldText(f)))) : null);
    summary.hidden = false;
    summary.scrollIntoView({ block: 'nearest' });
    if (first && first.focus) first.focus({ preventScroll: true });
  }

  /**
   * A form: rows (fields, paragraphs, anything), a submit button and optionally 取消. `onsubmit(values, form)`
   * runs with the submit button disabled; what it throws is shown next to the form (formError). Fields marked
   * required, and money fields, are checked before it runs.
   */
  function form(opts, ...rows) {
    const o = opts || {};
    const submit = h('button', { class: 'btn primary', type: 'submit', id: o.submitId || null }, o.submit || t('保存', 'Save'));
    const el = h('form', { class: 'form' + (o.grid ? ' grid' : '') + (o.class ? ' ' + o.class : ''), id: o.id || null, novalidate: true },
      h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true }),
      o.title ? h('h3', null, o.title) : null,
      h('div', { class: 'form-rows' }, rows),
      h('div', { class: 'actions' }, submit, o.extra || null,
        o.cancel ? h('button', { class: 'btn', type: 'button', onclick: o.cancel }, o.cancelText || t('取消', 'Cancel')) : null));
    el.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(el);
      const local = localErrors(el);
      if (local.length) { formError(el, invalid(local)); return; }
      submit.disabled = true;
      try {
        await o.onsubmit(values(el), el);
      } catch (err) {
        if (el.isConnected) formError(el, err); else ctx.showError(err);
      } finally {
        submit.disabled = false;
      }
    });
    el.fail = (err) => formError(el, err);
    return el;
  }

  // ---------- filters, pager, table ----------

  /**
   * A filter bar: every filter labelled (rows from field()), `onchange(values)` on any change and on 查询.
   * Text filters apply on Enter or 查询, the others at once.
   */
  function filters(rows, onchange, opts) {
    const o = opts || {};
    const el = h('form', { class: 'filters', role: 'search', novalidate: true },
      rows, o.search === false ? null : h('div', { class: 'field filter-go' }, h('label', { 'aria-hidden': 'true' }, '\u00a0'),
        h('button', { class: 'btn', type: 'submit' }, o.searchText || t('查询', 'Search'))),
      o.extra ? h('div', { class: 'filter-extra' }, o.extra) : null);
    el.addEventListener('submit', (e) => { e.preventDefault(); onchange(values(el)); });
    el.addEventListener('change', (e) => {
      if (e.target.matches('input[type=text], input[type=search], input:not([type])')) return;
      onchange(values(el));
    });
    el.values = () => values(el);
    return el;
  }

  /** "共 45 条，第 1 / 3 页" with 上一页 / 下一页 for a core Page {items, total, page, size}. */
  function pager(page, go) {
    const pages = Math.max(1, Math.ceil((page.total || 0) / (page.size || 1)));
    const p = page.page || 1;
    return h('nav', { class: 'pager', 'aria-label': t('分页', 'Pages') },
      h('span', { class: 'pager-text' }, t('共 ' + page.total + ' 条，第 ' + p + ' / ' + pages + ' 页', page.total + ' records, page ' + p + ' of ' + pages)),
      h('button', { class: 'btn small', type: 'button', disabled: p <= 1, onclick: () => go(p - 1) }, t('上一页', 'Previous')),
      h('button', { class: 'btn small', type: 'button', disabled: p >= pages, onclick: () => go(p + 1) }, t('下一页', 'Next')));
  }

  /**
   * A table; columns [{title, value: row => string|Node, class, key}]. On a phone each row becomes a card whose
   * cells carry their column's title (data-label); `key` columns head the card. {wide: true} keeps a matrix a
   * table that scrolls inside its own box instead. An empty list shows 暂无数据 (or `empty`).
   */
  function table(columns, rows, opts) {
    const o = opts || {};
    const cls = 'table' + (o.wide ? ' wide' : ' cards') + (o.class ? ' ' + o.class : '');
    const list = rows || [];
    const tableEl = h('table', { class: cls },
      h('thead', null, h('tr', null, columns.map((c) => h('th', { class: c.class || null, scope: 'col' }, c.title)))),
      h('tbody', null, list.length
        ? list.map((row, i) => h('tr', { class: o.rowClass ? o.rowClass(row) : null, 'data-row': i },
          columns.map((c) => {
            const v = c.value(row);
            const cellCls = [c.class, c.key ? 'key' : '', (v === '' || v == null) ? 'blank' : ''].filter(Boolean).join(' ');
            return h('td', { class: cellCls || null, 'data-label': typeof c.title === 'string' ? c.title : null }, v == null ? '' : v);
          })))
        : h('tr', null, h('td', { class: 'empty', colspan: columns.length }, o.empty || t('暂无数据', 'No records')))));
    return h('div', { class: 'table-wrap' + (o.wide ? ' scroll' : '') }, tableEl);
  }

  // ---------- dialogs ----------

  /**
   * A dialog over the page (a full-screen sheet on a phone) for an entry form or a detail view. Answers
   * {el, body, close()}; Escape, × and close() remove it, then `onclose` runs.
   */
  function dialog(title, content, opts) {
    const o = opts || {};
    const body = h('div', { class: 'dialog-body' }, content);
    const el = h('dialog', { class: 'dialog' + (o.wide ? ' wide' : ''), 'aria-label': title },
      h('div', { class: 'dialog-head' }, h('h2', null, title),
        h('button', { type: 'button', class: 'dialog-close', 'aria-label': t('关闭', 'Close'), title: t('关闭', 'Close'), onclick: () => close() }, '×')),
      body);
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      if (el.open) el.close();
      el.remove();
      if (o.onclose) o.onclose();
    };
    el.addEventListener('close', close);
    (document.getElementById('main') || document.body).append(el);
    el.showModal();
    const first = body.querySelector('input:not([type=hidden]):not([disabled]),select,textarea');
    if (first) first.focus();
    return { el, body, close };
  }

  /**
   * An entry form in a dialog: `onsubmit(values, form)` as for form(); the dialog closes when it resolves
   * (unless it answers false). Answers the dialog.
   */
  function formDialog(title, opts, ...rows) {
    let d = null;
    const f = form({ ...opts, cancel: () => d.close(), onsubmit: async (v, el) => {
      const r = await opts.onsubmit(v, el);
      if (r !== false) d.close();
    } }, ...rows);
    d = dialog(title, f, { wide: opts.wide, onclose: opts.onclose });
    d.form = f;
    return d;
  }

  /** Asks before an act that cannot be undone; resolves true when confirmed. */
  function confirm(message, opts) {
    const o = opts || {};
    return new Promise((resolve) => {
      let answer = false;
      const ok = h('button', { type: 'button', class: 'btn ' + (o.danger ? 'danger' : 'primary'), id: 'confirm-ok',
        onclick: () => { answer = true; d.close(); } }, o.ok || t('确定', 'OK'));
      const d = dialog(o.title || t('请确认', 'Please confirm'), [h('p', null, message),
        h('div', { class: 'actions' }, ok, h('button', { type: 'button', class: 'btn', onclick: () => d.close() }, t('取消', 'Cancel')))],
      { onclose: () => resolve(answer) });
      ok.focus();
    });
  }

  /** Asks for one piece of text (a reason, a comment); resolves it, or null when cancelled. */
  function prompt(message, opts) {
    const o = opts || {};
    return new Promise((resolve) => {
      let answer = null;
      const d = formDialog(o.title || t('请填写', 'Please fill in'), {
        submit: o.ok || t('确定', 'OK'),
        onsubmit: (v) => { answer = v.text; },
        onclose: () => resolve(answer),
      }, h('p', null, message), field(o.label || t('内容', 'Text'), textarea('text', o.value || '', { rows: 3, maxlength: o.maxlength || 500 }), { required: o.required !== false }));
      return d;
    });
  }

  // ---------- finding people ----------

  /**
   * Finds a person of the registry by name (anywhere in it, or pinyin initials) or ID number and keeps her id in
   * a hidden control named `name` (default personId), so that the API's error for that field shows here.
   * `onpick(person)` runs on a choice; `multiple` keeps a list of chips instead (values() then reads personIds).
   */
  function personPicker(opts) {
    const o = opts || {};
    const name = o.name || 'personId';
    const chosen = [];
    const hidden = h('input', { type: 'hidden', name, 'data-type': 'number', value: '' });
    const search = h('input', { type: 'search', class: 'person-search', autocomplete: 'off', maxlength: 50,
      placeholder: o.placeholder || t('输入姓名的一部分、拼音或身份证号查找', 'Part of the name, its pinyin or the ID number') });
    const results = h('div', { class: 'person-results', role: 'listbox' });
    const chips = h('div', { class: 'chips' });
    const draw = () => {
      chips.replaceChildren(...chosen.map((p, i) => h('span', { class: 'chip' }, p.name + (p.extra ? '（' + p.extra + '）' : ''),
        h('button', { type: 'button', class: 'chip-x', 'aria-label': t('移除', 'Remove'), onclick: () => { chosen.splice(i, 1); draw(); } }, '×'))));
      hidden.value = chosen.length ? String(chosen[0].id) : '';
      if (o.onchange) o.onchange(chosen.slice());
    };
    let timer = null;
    const find = async () => {
      const q = search.value.trim();
      if (!q) { results.replaceChildren(); return; }
      try {
        const unitId = typeof o.unitId === 'function' ? o.unitId() : o.unitId;
        const page = await ctx.api.get('people?unitId=' + encodeURIComponent(unitId) + '&q=' + encodeURIComponent(q) + '&size=8');
        const items = Array.isArray(page) ? page : page.items || [];
        results.replaceChildren(...(items.length ? items.map((p) => h('button', {
          type: 'button', class: 'btn person-option', role: 'option', 'data-person': p.id,
          onclick: () => {
            const extra = o.extra ? o.extra() : null;
            if (!o.multiple) chosen.length = 0;
            if (!chosen.some((c) => c.id === p.id)) chosen.push({ id: p.id, name: p.name, extra, person: p });
            search.value = '';
            results.replaceChildren();
            draw();
            if (o.onpick) o.onpick(p, extra);
          },
        }, p.name, h('span', { class: 'muted' }, ' ' + [p.birthYear || (p.birthDate || '').slice(0, 4), p.idNumber].filter(Boolean).join(' · '))))
          : [h('span', { class: 'muted' }, t('没有找到', 'Nobody found'))]));
      } catch (e) { ctx.showError(e); }
    };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(find, 250); });
    search.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); find(); } });
    const el = h('div', { class: 'person-picker', 'data-field': name }, hidden, search, results, chips);
    el.chosen = () => chosen.slice();
    el.clear = () => { chosen.length = 0; draw(); };
    return el;
  }

  // ---------- imports through core's import service ----------

  /**
   * The import of a list (docs/importing.md): a file (XLSX/CSV) or a list pasted from a spreadsheet, checked
   * first (preview: sheet and header read, errors grouped, every change field by field, 清空 choices), then
   * imported all or nothing. opts: {templates: [[label, href]], request() → extra body fields (null to refuse),
   * preview(body), commit(body), counts(report) → text, done(report), pasteHint}.
   */
  function importer(opts) {
    const o = opts || {};
    const out = h('div', { class: 'import-result' });
    const status = h('p', { class: 'muted import-status', 'aria-live': 'polite' });
    const file = h('input', { type: 'file', accept: '.csv,.xlsx,.txt', name: 'file' });
    const paste = h('textarea', { rows: 5, class: 'paste', name: 'pasted',
      placeholder: o.pasteHint || t('也可以从表格中复制整块（含表头行）粘贴到这里', 'Or paste cells copied from a spreadsheet, header row included') });
    let request = null;
    const PART = 4 * 1024 * 1024;

    const read = (f) => new Promise((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
      r.onerror = () => reject(r.error);
      r.readAsDataURL(f);
    });
    const base64Text = (text) => {
      const bytes = new TextEncoder().encode(text);
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(s);
    };
    const parts = (text) => { const p = []; for (let i = 0; i < text.length; i += PART) p.push(text.slice(i, i + PART)); return p; };

    async function choose(b) {
      const extra = o.request ? o.request() : {};
      if (extra === null) return;
      let fileName;
      let content;
      if (file.files[0]) {
        const f = file.files[0];
        if (f.size > 20 * 1024 * 1024) throw invalid([{ field: 'file', message: t('文件超过20MB，请分批导入', 'Larger than 20 MB') }]);
        fileName = f.name;
        content = await read(f);
      } else if (paste.value.trim()) {
        fileName = t('粘贴的名单', 'pasted') + '.csv';
        content = base64Text(paste.value.replace(/\r\n?/g, '\n'));
      } else {
        throw invalid([{ field: 'file', message: t('请选择文件，或把名单粘贴到下方', 'Choose a file or paste the list') }]);
      }
      request = { ...extra, fileName, contentBase64: parts(content), clear: [] };
      await check(b);
    }

    async function check() {
      status.textContent = t('正在检查…', 'Checking…');
      try {
        const r = await o.preview(request);
        status.textContent = '';
        const body = [h('p', { class: 'import-counts' }, o.counts ? o.counts(r) : ''), ...source(r)];
        if (r.errorCount) out.replaceChildren(...body, ...errors(r));
        else out.replaceChildren(...body, ...clears(r), ...changes(r), button(t('确认导入', 'Import'), commit, { kind: 'primary', id: 'import-commit' }));
      } catch (e) { status.textContent = ''; out.replaceChildren(); throw e; }
    }

    async function commit() {
      status.textContent = t('正在导入…', 'Importing…');
      try {
        const r = await o.commit(request);
        status.textContent = '';
        ctx.notify(t('导入完成：', 'Imported: ') + (o.counts ? o.counts(r) : ''));
        out.replaceChildren(h('p', { class: 'import-done' }, t('导入完成：', 'Imported: ') + (o.counts ? o.counts(r) : '')));
        file.value = '';
        paste.value = '';
        if (o.done) await o.done(r);
      } catch (e) { status.textContent = ''; throw e; }
    }

    function source(r) {
      const lines = [];
      const bits = [];
      if (r.sheets && r.sheets.length > 1) {
        const sheet = h('select', { 'aria-label': t('工作表', 'Sheet'), value: r.sheet,
          onchange: () => { request.sheet = sheet.value; busy(null, check); } }, r.sheets.map((s) => h('option', { value: s }, s)));
        sheet.value = r.sheet;
        bits.push(t('工作表 ', 'Sheet '), sheet, ' ');
      }
      if (r.headerRow) bits.push(t('表头在第 ' + r.headerRow + ' 行', 'header on row ' + r.headerRow)
        + (r.skipped ? t('，跳过示例行 ' + r.skipped + ' 行', ', ' + r.skipped + ' example rows skipped') : ''));
      if (bits.length) lines.push(h('p', null, bits));
      if (r.ignored && r.ignored.length) lines.push(h('p', null, badge('warn', t('未识别、不导入的列：', 'Ignored columns: ') + r.ignored.join('、'))));
      if (r.absent && r.absent.length && o.showAbsent !== false) {
        lines.push(h('p', { class: 'muted' }, t('文件中没有的列（已登记的内容保持不变）：', 'Columns not in the file (kept): ') + r.absent.join('、')));
      }
      return lines;
    }

    function clears(r) {
      if (!r.clearable || !r.clearable.length) return [];
      return [h('div', { class: 'panel' },
        h('p', null, t('以下列在文件中为空，而人员已有登记内容。默认保留原内容；确需清除的请勾选“清空”：',
          'Empty cells over recorded values are kept unless you choose to clear them:')),
        r.clearable.map((c) => {
          const box = h('input', { type: 'checkbox', checked: !!c.chosen });
          box.addEventListener('change', () => {
            const set = new Set(request.clear || []);
            if (box.checked) set.add(c.key); else set.delete(c.key);
            request.clear = [...set];
            busy(null, check);
          });
          return h('label', { class: 'check' }, box, ' ' + t('清空「' + c.column + '」（' + c.rows + ' 人）', 'Clear ' + c.column + ' (' + c.rows + ')'));
        }))];
    }

    function changes(r) {
      if (!r.changes || !r.changes.length) return [];
      const rows = [];
      for (const ch of r.changes) for (const fc of ch.fields) rows.push({ row: ch.row, who: ch.who, ...fc });
      return [h('p', null, t('将修改的已登记内容（' + r.updated + ' 人）：', 'Changes to recorded people (' + r.updated + '):')),
        table([
          { title: t('行号', 'Row'), value: (x) => String(x.row) },
          { title: t('人员', 'Person'), value: (x) => x.who, key: true },
          { title: t('字段', 'Field'), value: (x) => x.column },
          { title: t('原内容', 'Before'), value: (x) => x.before || t('（空）', '(empty)') },
          { title: t('新内容', 'After'), value: (x) => x.after || t('（清空）', '(cleared)') },
        ], rows)];
    }

    function errors(r) {
      return [h('p', null, badge('bad', t('有 ' + r.errorCount + ' 处错误，未导入任何记录：请修改后重新检查', r.errorCount + ' errors; nothing imported'))),
        o.errorsExtra ? o.errorsExtra(r, request, () => busy(null, check)) : null,
        table([
          { title: t('问题', 'Problem'), value: (p) => p.column + '：' + p.message, key: true },
          { title: t('处数', 'Count'), value: (p) => String(p.count) },
          { title: t('行号', 'Rows'), value: (p) => p.rows.join('、') + (p.count > p.rows.length ? '…' : '') },
        ], r.problems || []),
        h('details', null, h('summary', null, t('逐行列出', 'Every row')),
          table([
            { title: t('行号', 'Row'), value: (e) => String(e.row) },
            { title: t('列', 'Column'), value: (e) => e.column },
            { title: t('问题', 'Problem'), value: (e) => e.message, key: true },
          ], r.errors || []))];
    }

    const chooser = form({ submit: t('检查', 'Check'), submitId: o.checkId || null, class: 'import-form', onsubmit: (v, f) => choose(f) },
      o.templates && o.templates.length ? h('p', { class: 'templates' }, t('模板：', 'Templates: '),
        o.templates.map(([text, href]) => [h('a', { class: 'btn small', href }, text), ' '])) : null,
      o.before || null,
      field(t('文件（Excel .xlsx 或 CSV）', 'File (.xlsx or CSV)'), file),
      field(t('或粘贴名单', 'Or paste the list'), paste, { wide: true }));
    const el = h('div', { class: 'importer' }, chooser, status, out);
    el.reset = () => { request = null; out.replaceChildren(); };
    return el;
  }

  return {
    label, badge, status, options,
    input, number, date, textarea, select, checkbox, checks, money, masked, values,
    field, section, actions, button, busy,
    form, formError, clearErrors, invalid,
    filters, pager, table,
    dialog, formDialog, confirm, prompt,
    personPicker, importer,
    today, yuan, toFen,
  };
}
