// 活动台账: activities of the caller's subtree with filters (unit, type, period), a month calendar,
// CSV/XLSX export, photos and the entry form (trainings count batches and trainees).

import {photoPanel} from './photos.js';
import {quantityFields} from './quantities.js';
import {partyFields} from './parties.js';
import {projectsCard} from './projects.js';

export async function render(el, ctx) {
  const {t} = ctx;
  const h = ctx.h;
  el.textContent = '';
  const types = await ctx.api.get('activities/event-types');
  const typeName = Object.fromEntries(types.map(ty => [ty.code, ty.name]));
  const year = new Date().getFullYear();
  const units = await ctx.unitSelect(ctx.user.unitId);
  const type = h('select', {}, h('option', {value: ''}, t('全部类型', 'All types')), ...types.map(ty => h('option', {value: ty.code}, ty.name)));
  const from = h('input', {type: 'date', value: `${year}-01-01`});
  const to = h('input', {type: 'date', value: `${year}-12-31`});
  const view = h('select', {}, h('option', {value: 'list'}, t('列表', 'List')), h('option', {value: 'calendar'}, t('日历', 'Calendar')));
  const month = h('input', {type: 'month', value: new Date().toISOString().slice(0, 7)});
  const box = h('div', {});
  const photoBox = h('div', {});
  const exports = h('span', {});
  let page = 1;

  const query = () => `unitId=${units.value}&from=${from.value}&to=${to.value}` + (type.value ? `&type=${type.value}` : '');
  const load = async () => {
    exports.textContent = '';
    exports.append(h('a', {class: 'btn', href: `/api/activities/events/export.csv?${query()}`}, t('导出CSV', 'CSV')), ' ',
      h('a', {class: 'btn', href: `/api/activities/events/export.xlsx?${query()}`}, t('导出Excel', 'XLSX')));
    try {
      if (view.value === 'calendar') {
        await drawCalendar();
      } else {
        await drawList();
      }
    } catch (err) { ctx.showError(err); }
  };
  const drawList = async () => {
    const data = await ctx.api.get(`activities/events?${query()}&page=${page}&size=20`);
    box.textContent = '';
    box.append(h('p', {class: 'muted'}, t(`共${data.total}条`, `${data.total} activities`)),
      data.items.length ? ctx.table([
        {title: t('日期', 'Date'), value: a => a.heldOn},
        {title: t('单位', 'Unit'), value: a => a.unitName},
        {title: t('类型', 'Type'), value: a => a.typeName},
        {title: t('主题', 'Theme'), value: a => a.theme},
        {title: t('地点', 'Place'), value: a => a.stationName || ''},
        {title: t('参与人次', 'Participants'), value: a => String(a.participants)},
        {title: t('培训批次/人次', 'Batches/trainees'), value: a => a.batches ? `${a.batches} / ${a.trainees}` : ''},
        {title: t('报道/推文(原创)', 'Media/posts'), value: a => `${a.mediaReports} / ${a.wechatPosts}(${a.originalPosts})`},
        {title: '', value: a => h('span', {},
          h('button', {class: 'btn', onclick: async () => { photoBox.replaceChildren(await photoPanel(ctx, 'ACTIVITY', a.id, a.theme)); photoBox.scrollIntoView(); }}, t('照片', 'Photos')),
          ctx.can('activities.manage') ? h('span', {}, ' ',
            h('button', {class: 'btn', onclick: () => fill(a)}, t('修改', 'Edit')), ' ',
            h('button', {class: 'btn danger', onclick: () => remove(a)}, t('删除', 'Delete'))) : null)},
      ], data.items) : h('p', {class: 'muted'}, t('没有符合条件的活动。', 'No activities.')),
      ctx.ui.pager(data, (p) => { page = p; load(); }));
  };
  const drawCalendar = async () => {
    const [y, m] = month.value.split('-').map(Number);
    const first = new Date(Date.UTC(y, m - 1, 1));
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const iso = d => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const data = await ctx.api.get(`activities/events?unitId=${units.value}&from=${iso(1)}&to=${iso(days)}&size=200`
      + (type.value ? `&type=${type.value}` : ''));
    const byDay = {};
    data.items.forEach(a => (byDay[a.heldOn] = byDay[a.heldOn] || []).push(a));
    const head = ['一', '二', '三', '四', '五', '六', '日'].map(d => h('th', {}, d));
    const rows = [];
    let cells = [];
    const offset = (first.getUTCDay() + 6) % 7;
    for (let i = 0; i < offset; i++) cells.push(h('td', {}));
    for (let d = 1; d <= days; d++) {
      cells.push(h('td', {class: 'day'}, h('div', {class: 'muted'}, String(d)),
        ...(byDay[iso(d)] || []).map(a => h('div', {title: `${a.unitName} ${a.theme}`}, `${a.typeName}·${a.theme}`))));
      if (cells.length === 7) { rows.push(h('tr', {}, ...cells)); cells = []; }
    }
    if (cells.length) rows.push(h('tr', {}, ...cells));
    box.textContent = '';
    box.append(h('table', {class: 'table'}, h('thead', {}, h('tr', {}, ...head)), h('tbody', {}, ...rows)));
  };
  [units, type, from, to, view, month].forEach(x => { x.onchange = () => { page = 1; load(); }; });

  // entry form
  const f = {
    id: null, version: null,
    unit: await ctx.unitSelect(ctx.user.unitId),
    heldOn: h('input', {type: 'date', value: new Date().toISOString().slice(0, 10)}),
    type: h('select', {}, ...types.map(ty => h('option', {value: ty.code}, ty.name))),
    theme: h('input', {type: 'text'}),
    station: h('input', {type: 'text', placeholder: '妇女之家、妇女微家…'}),
    partners: h('input', {type: 'text'}),
    participants: h('input', {type: 'number', min: '0', value: '0'}),
    volunteers: h('input', {type: 'number', min: '0', value: '0'}),
    batches: h('input', {type: 'number', min: '0', value: '0'}),
    trainees: h('input', {type: 'number', min: '0', value: '0'}),
    media: h('input', {type: 'number', min: '0', value: '0'}),
    posts: h('input', {type: 'number', min: '0', value: '0'}),
    original: h('input', {type: 'number', min: '0', value: '0'}),
    note: h('textarea', {rows: '2'}),
    quantities: quantityFields(ctx, await ctx.api.get('activities/materials')),
    parties: await partyFields(ctx),
  };
  const trainingFields = h('div', {class: 'form grid2'}, ctx.ui.field(t('培训批次', 'Batches'), f.batches), ctx.ui.field(t('培训人次', 'Trainees'), f.trainees));
  const showTraining = () => {
    const ty = types.find(x => x.code === f.type.value);
    trainingFields.style.display = ty && ty.training ? '' : 'none';
  };
  f.type.onchange = showTraining;
  showTraining();
  const title = h('h3', {}, t('登记活动', 'Record an activity'));
  const fill = a => {
    f.id = a.id; f.version = a.version; f.unit.value = String(a.unitId); f.heldOn.value = a.heldOn; f.type.value = a.typeCode;
    f.theme.value = a.theme; f.station.value = a.stationName || ''; f.partners.value = a.partners || '';
    f.participants.value = a.participants; f.volunteers.value = a.volunteers; f.batches.value = a.batches; f.trainees.value = a.trainees;
    f.media.value = a.mediaReports; f.posts.value = a.wechatPosts; f.original.value = a.originalPosts; f.note.value = a.note || '';
    f.quantities.fill(a.quantities);
    f.parties.fill(a);
    title.textContent = t('修改活动', 'Edit activity');
    showTraining();
    title.scrollIntoView();
  };
  const remove = async a => {
    if (!confirm(t(`删除活动“${a.theme}”？`, 'Delete?'))) return;
    try { await ctx.api.del(`activities/events/${a.id}?version=${a.version}`); ctx.notify(t('已删除', 'Deleted')); load(); } catch (err) { ctx.showError(err); }
  };
  const save = async () => {
    const training = types.find(x => x.code === f.type.value)?.training;
    const body = {unitId: Number(f.unit.value), heldOn: f.heldOn.value, typeCode: f.type.value, theme: f.theme.value,
      stationName: f.station.value || null, partners: f.partners.value || null, participants: Number(f.participants.value),
      volunteers: Number(f.volunteers.value), batches: training ? Number(f.batches.value) : 0, trainees: training ? Number(f.trainees.value) : 0,
      mediaReports: Number(f.media.value), wechatPosts: Number(f.posts.value), originalPosts: Number(f.original.value), note: f.note.value || null,
      quantities: f.quantities.value(), ...f.parties.value()};
    try {
      if (f.id) {
        await ctx.api.put(`activities/events/${f.id}`, {...body, version: f.version});
      } else {
        await ctx.api.post('activities/events', body);
      }
      ctx.notify(t('活动已保存', 'Saved'));
      f.id = null; f.theme.value = ''; f.quantities.fill({}); f.parties.fill({}); title.textContent = t('登记活动', 'Record an activity');
      load();
    } catch (err) { ctx.showError(err); }
  };

  el.append(h('div', {class: 'card'}, h('h2', {}, t('活动台账', 'Activities')),
    h('div', {class: 'toolbar'}, ctx.ui.field(t('单位', 'Unit'), units), ctx.ui.field(t('类型', 'Type'), type),
      ctx.ui.field(t('从', 'From'), from), ctx.ui.field(t('到', 'To'), to), ctx.ui.field(t('显示', 'View'), view),
      ctx.ui.field(t('月份（日历）', 'Month'), month), exports), box), photoBox);
  if (ctx.can('activities.manage')) {
    el.append(h('div', {class: 'card'}, title, h('div', {class: 'form grid2'},
      ctx.ui.field(t('单位', 'Unit'), f.unit), ctx.ui.field(t('日期', 'Date'), f.heldOn), ctx.ui.field(t('类型', 'Type'), f.type),
      ctx.ui.field(t('主题', 'Theme'), f.theme), ctx.ui.field(t('地点（阵地）', 'Place'), f.station), ctx.ui.field(t('联合单位', 'Partners'), f.partners),
      ctx.ui.field(t('参与人次', 'Participants'), f.participants), ctx.ui.field(t('志愿者人数', 'Volunteers'), f.volunteers),
      ctx.ui.field(t('媒体报道（次）', 'Media reports'), f.media), ctx.ui.field(t('微信推文（篇）', 'WeChat posts'), f.posts),
      ctx.ui.field(t('其中原创（篇）', 'Original posts'), f.original), ctx.ui.field(t('备注', 'Note'), f.note)), trainingFields, f.quantities.el, f.parties.el,
      h('button', {class: 'btn primary', onclick: save}, t('保存', 'Save'))));
  }
  await load();
  el.append(await projectsCard(ctx));
}


