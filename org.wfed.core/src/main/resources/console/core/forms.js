// Small form helpers and labels shared by core's console pages (imported relative to the page).

export const UNIT_KINDS = {
  DISTRICT: ['区县妇联', 'District'],
  STREET: ['街道妇联', 'Street'],
  TOWN: ['乡镇妇联', 'Town'],
  COMMUNITY: ['社区妇联', 'Community'],
  VILLAGE: ['村妇联', 'Village'],
  GRASSROOTS_ORG: ['基层妇女组织', 'Grassroots organisation'],
};

export const UNIT_STATUS = {
  ACTIVE: ['正常', 'Active', 'ok'],
  MERGED: ['已合并', 'Merged', 'warn'],
  SPLIT: ['已拆分', 'Split', 'warn'],
  CLOSED: ['已撤销', 'Closed', 'bad'],
};

export const STATION_KINDS = {
  WOMEN_HOME: ['妇女之家', 'Women\'s home'],
  CHILDREN_HOME: ['儿童之家', 'Children\'s home'],
  MICRO_HOME: ['妇女微家', 'Women\'s micro-home'],
  PARENT_SCHOOL: ['家长学校', 'Parent school'],
  RIGHTS_STATION: ['维权工作站', 'Rights station'],
  MEDIATION_ROOM: ['巾帼调解室', 'Mediation room'],
  HEART_STATION: ['心灵驿站', 'Counselling station'],
  LEFT_BEHIND_HOME: ['留守儿童之家', 'Left-behind children\'s home'],
  SHELTER: ['临时庇护所', 'Shelter'],
};

export const EDUCATION = {
  PRIMARY: ['小学', 'Primary'],
  JUNIOR: ['初中', 'Junior secondary'],
  SENIOR: ['高中', 'Senior secondary'],
  VOCATIONAL: ['中专', 'Vocational'],
  COLLEGE: ['大专', 'College'],
  BACHELOR: ['本科', 'Bachelor'],
  MASTER: ['硕士', 'Master'],
  DOCTOR: ['博士', 'Doctor'],
};

export const SEX = { F: ['女', 'Female'], M: ['男', 'Male'] };

export const ROLES = {
  SYSTEM_ADMIN: ['系统管理员', 'System admin'],
  UNIT_ADMIN: ['单位管理员', 'Unit admin'],
  STAFF: ['工作人员', 'Staff'],
  AUDITOR: ['审计员', 'Auditor'],
};

/** The label of a code in one of the tables above, in the current language; the code itself if unknown. */
export function label(ctx, labels, code) {
  const l = labels[code];
  return l ? ctx.t(l[0], l[1]) : (code == null ? '' : String(code));
}

/** A <select name=…> of the codes in a label table; `empty` adds a first blank choice. */
export function choice(ctx, name, labels, selected, empty) {
  return ctx.h('select', { name, value: selected == null ? '' : selected },
    empty != null ? ctx.h('option', { value: '' }, empty) : null,
    Object.keys(labels).map((code) => ctx.h('option', { value: code }, label(ctx, labels, code))));
}

/** One labelled row of a .form; the label points at the control. */
let fieldSeq = 0;
export function field(ctx, text, control, required) {
  const id = control.id || (control.id = 'f' + (++fieldSeq));
  return ctx.h('div', { class: required ? 'field required' : 'field' }, ctx.h('label', { for: id }, text), control);
}

/** The named controls of a form as an object: blank → null, checkboxes → boolean, type=number → number. */
export function values(form) {
  const out = {};
  for (const el of form.querySelectorAll('[name]')) {
    if (el.type === 'checkbox') out[el.name] = el.checked;
    else if (el.value.trim() === '') out[el.name] = null;
    else if (el.type === 'number' || el.dataset.type === 'number') out[el.name] = Number(el.value);
    else out[el.name] = el.value.trim();
  }
  return out;
}

export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

/** A status badge for a unit. */
export function statusBadge(ctx, status) {
  const s = UNIT_STATUS[status] || [status, status, ''];
  return ctx.h('span', { class: 'badge ' + s[2] }, ctx.t(s[0], s[1]));
}

/** "第 1 / 3 页，共 45 条" with previous/next buttons calling go(page). */
export function pager(ctx, page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return ctx.h('div', { class: 'pager' },
    ctx.t('共 ' + total + ' 条，第 ' + page + ' / ' + pages + ' 页', total + ' records, page ' + page + ' of ' + pages),
    ctx.h('button', { class: 'btn small', type: 'button', disabled: page <= 1, onclick: () => go(page - 1) }, ctx.t('上一页', 'Previous')),
    ctx.h('button', { class: 'btn small', type: 'button', disabled: page >= pages, onclick: () => go(page + 1) }, ctx.t('下一页', 'Next')));
}

/** Runs an action of a button: disables it meanwhile and shows any error in the message bar. */
export async function busy(ctx, button, action) {
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (e) {
    ctx.showError(e);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}
