// 物资数量: the named quantities an activity hands out or makes (宣传展板212个, 宣传单2000份…), one number field per
// material an admin has configured (物资设置 on the settings page). Each input is named quantities.<CODE>, so the
// server's per-field errors show under it.

/** The fields of the activity form for the materials; value() answers {code: n} without zeros, fill(map) sets them. */
export function quantityFields(ctx, materials) {
  const {t, h} = ctx;
  const inputs = Object.fromEntries(materials.map(m => [m.code,
    h('input', {type: 'number', min: '0', value: '0', name: `quantities.${m.code}`})]));
  const el = h('div', {},
    h('h4', {}, t('发放或制作的宣传品、物资', 'Materials handed out or made')),
    h('div', {class: 'form grid2'}, ...materials.map(m => h('div', {class: 'field'},
      h('label', {}, `${m.name}（${m.unitZh}）`), inputs[m.code]))));
  return {
    el,
    value: () => Object.fromEntries(Object.entries(inputs).filter(([, i]) => Number(i.value) !== 0)
      .map(([code, i]) => [code, Number(i.value)])),
    fill: quantities => Object.entries(inputs).forEach(([code, i]) => { i.value = String((quantities || {})[code] || 0); }),
  };
}

/** The settings card of the materials: list, switch on or off, add one (code, name, measure word). */
export async function materialsCard(ctx, reload) {
  const {t, h} = ctx;
  const materials = await ctx.api.get('activities/materials?all=true');
  const put = async (body, message) => {
    try { await ctx.api.put(`activities/materials/${body.code}`, body); ctx.notify(message); reload(); } catch (err) { ctx.showError(err); }
  };
  const code = h('input', {type: 'text', placeholder: 'MATERNITY_PANTS', name: 'code'});
  const name = h('input', {type: 'text', placeholder: '孕妇裤', name: 'name'});
  const unitZh = h('input', {type: 'text', placeholder: '条', name: 'unitZh'});
  const publicity = h('input', {type: 'checkbox', name: 'publicity'});
  return h('div', {class: 'card'}, h('h2', {}, t('物资与宣传品', 'Materials')),
    h('p', {class: 'muted'}, t('活动登记时可填写各项数量；新增后立即可用，统计表按物资列出。', 'Activities record quantities of these; a new one counts at once.')),
    ctx.table([
      {title: t('代码', 'Code'), value: m => m.code},
      {title: t('名称', 'Name'), value: m => m.name},
      {title: t('单位', 'Unit'), value: m => m.unitZh},
      {title: t('类别', 'Kind'), value: m => m.publicity ? t('信息报送/典型宣传', 'Publicity output') : t('物资/宣传品', 'Handed out')},
      {title: t('状态', 'Status'), value: m => h('button', {class: 'btn', onclick: () => put({...m, active: !m.active}, t('已保存', 'Saved'))},
        m.active ? t('停用', 'Disable') : t('启用', 'Enable'))},
    ], materials),
    h('h3', {}, t('新增物资', 'Add a material')),
    h('div', {class: 'form grid2'},
      h('div', {class: 'field'}, h('label', {}, t('代码（大写字母）', 'Code')), code),
      h('div', {class: 'field'}, h('label', {}, t('名称', 'Name')), name),
      h('div', {class: 'field'}, h('label', {}, t('计量单位', 'Measure word')), unitZh),
      h('div', {class: 'field'}, h('label', {}, publicity, ' ', t('属信息报送或典型宣传（总结中写入宣传段落，如“报送信息115条”）',
        'A publicity output (stated in the publicity clause, e.g. 报送信息115条)')))),
    h('button', {class: 'btn primary', onclick: () => put({code: code.value.trim(), name: name.value.trim(), unitZh: unitZh.value.trim(),
      active: true, sortOrder: 500, publicity: publicity.checked}, t('物资已添加', 'Added'))}, t('添加', 'Add')));
}
