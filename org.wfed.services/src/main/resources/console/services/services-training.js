// 技能培训: training courses (家政、手工、电商、育婴…) of the caller's subtree, and a course's trainees with their outcomes.

import { register } from './services-common.js';

export async function render(el, ctx) {
  const {t, h} = ctx;
  el.textContent = '';
  const kinds = await ctx.api.get('services/course-kinds');
  const trainees = h('div', {});
  const showTrainees = async (course) => {
    trainees.textContent = '';
    const list = h('div', {});
    const load = async () => {
      try {
        const rows = await ctx.api.get(`services/courses/${course.id}/trainees`);
        // placements of the course's subtree since it started, to name as a trainee's employment afterwards
        const placed = ctx.can('services.manage') ? (await ctx.api.get(`services/placements?unitId=${course.unitId}`
          + `&from=${course.startOn}&to=${new Date().getFullYear()}-12-31&size=200`)).items : [];
        const save = async (row, change) => {
          try {
            await ctx.api.put(`services/courses/${course.id}/trainees/${row.id}`, {personId: row.personId, name: row.name,
              completed: row.completed, certified: row.certified, employedAfter: row.employedAfter, placementId: row.placementId,
              version: row.version, ...change});
            load();
          } catch (err) { ctx.showError(err); load(); }
        };
        const link = (row) => {
          const mine = placed.filter(p => p.seekerName === row.name && p.placedOn > course.startOn);
          const s = h('select', {name: 'placementId', 'aria-label': t('就业记录', 'Placement')},
            h('option', {value: ''}, t('不关联', 'None')),
            mine.map(p => h('option', {value: String(p.id)}, `${p.placedOn} ${p.employer}`)));
          if (row.placementId && !mine.some(p => p.id === row.placementId)) {
            s.append(h('option', {value: String(row.placementId)}, t(`就业记录${row.placementId}`, `Placement ${row.placementId}`)));
          }
          s.value = row.placementId ? String(row.placementId) : '';
          s.onchange = () => save(row, s.value ? {placementId: Number(s.value), employedAfter: true} : {placementId: null});
          return s;
        };
        list.textContent = '';
        const yes = (b) => b ? '✓' : '';
        const toggle = (row, field) => h('input', {type: 'checkbox', checked: row[field], disabled: !ctx.can('services.manage'),
          onchange: (e) => save(row, field === 'employedAfter' && !e.target.checked
            ? {employedAfter: false, placementId: null} : {[field]: e.target.checked})});
        list.append(rows.length ? ctx.table([
          {title: t('姓名', 'Name'), value: r => r.name},
          {title: t('结业', 'Completed'), value: r => ctx.can('services.manage') ? toggle(r, 'completed') : yes(r.completed)},
          {title: t('取得证书', 'Certified'), value: r => ctx.can('services.manage') ? toggle(r, 'certified') : yes(r.certified)},
          {title: t('培训后就业', 'Employed after'), value: r => ctx.can('services.manage') ? toggle(r, 'employedAfter') : yes(r.employedAfter)},
          {title: t('就业记录', 'Placement'), value: r => ctx.can('services.manage') ? link(r) : (r.placementId ? '✓' : '')},
          {title: '', value: r => ctx.can('services.manage') ? h('button', {class: 'btn small danger', onclick: async () => {
            if (!confirm(t('删除该学员？', 'Delete?'))) return;
            try { await ctx.api.del(`services/courses/${course.id}/trainees/${r.id}?version=${r.version}`); load(); } catch (err) { ctx.showError(err); }
          }}, t('删除', 'Delete')) : ''},
        ], rows) : h('p', {class: 'muted'}, t('还没有学员。', 'No trainees yet.')));
      } catch (err) { ctx.showError(err); }
    };
    const name = h('input', {type: 'text', name: 'traineeName', placeholder: t('学员姓名', 'Name')});
    const add = async () => {
      try {
        await ctx.api.post(`services/courses/${course.id}/trainees`, {name: name.value, completed: false, certified: false,
          employedAfter: false});
        name.value = '';
        load();
        courseList.reload();
      } catch (err) { ctx.showError(err); }
    };
    const importer = ctx.can('services.manage') ? ctx.ui.importer({
      templates: [[t('下载Excel模板', 'Excel template'), `/api/services/courses/${course.id}/trainees/import/template.xlsx`]],
      pasteHint: t('从表格复制整块粘贴到这里，第一行为表头：姓名、身份证号、结业、取得证书、培训后就业', 'Paste cells, header first'),
      request: () => ({}),
      preview: (req) => ctx.api.post(`services/courses/${course.id}/trainees/import/preview`, req),
      commit: (req) => ctx.api.post(`services/courses/${course.id}/trainees/import/commit`, req),
      counts: (r) => t(`新增学员 ${r.created} 人`, `${r.created} trainees`),
      done: async () => { await load(); await courseList.reload(); },
    }) : '';
    trainees.append(h('div', {class: 'card'}, h('h3', {}, t(`学员：${course.name}`, `Trainees: ${course.name}`)), list,
      ctx.can('services.manage') ? h('div', {class: 'toolbar'}, name, h('button', {class: 'btn primary', onclick: add}, t('添加学员', 'Add'))) : '',
      importer ? h('details', {}, h('summary', {}, t('批量导入学员名单', 'Import a trainee list')), importer) : ''));
    await load();
    trainees.scrollIntoView({behavior: 'smooth'});
  };
  const courseList = await register(el, ctx, {
    title: t('技能培训', 'Skills training'), formTitle: t('登记培训', 'Record a course'), path: 'services/courses',
    total: n => t(`共${n}期`, `${n} courses`),
    columns: [
      {title: t('开始', 'Starts'), value: v => v.startOn},
      {title: t('单位', 'Unit'), value: v => v.unitName},
      {title: t('名称', 'Name'), value: v => v.name},
      {title: t('类别', 'Kind'), value: v => v.kindName},
      {title: t('学时', 'Hours'), value: v => String(v.hours)},
      {title: t('学员（人次）', 'Trainees'), value: v => String(v.trainees)},
      {title: t('取证', 'Certified'), value: v => String(v.certified)},
      {title: t('就业', 'Employed'), value: v => String(v.employedAfter)},
      {title: '', value: v => h('button', {class: 'btn small', onclick: () => showTrainees(v)}, t('学员', 'Trainees'))},
    ],
    fields: [
      {name: 'unitId', label: t('单位', 'Unit'), type: 'unit'},
      {name: 'name', label: t('培训名称', 'Name'), placeholder: '如：巾帼家政服务培训班'},
      {name: 'kind', label: t('类别', 'Kind'), type: 'select', value: 'HOUSEKEEPING', options: Object.entries(kinds)},
      {name: 'startOn', label: t('开始日期', 'Starts on'), type: 'date', value: 'today'},
      {name: 'endOn', label: t('结束日期', 'Ends on'), type: 'date', value: 'today'},
      {name: 'hours', label: t('学时', 'Hours'), type: 'number', step: '0.5', value: 0},
      {name: 'provider', label: t('培训机构', 'Provider')},
      {name: 'certificate', label: t('证书类型', 'Certificate'), placeholder: '如：家政服务员职业技能等级证书'},
    ],
  });
  el.append(trainees);
}
