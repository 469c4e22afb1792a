// 统计看板: charts of one indicator by child unit (bar with last year, pie of shares, monthly line) and
// the table of one summary section's indicators by child unit (栏目, with a column chooser); a click on a unit
// drills down into its own table. The page opens on an indicator with data; no chart of all zeros is drawn.
import { change, download, figureColumns, formatValue, loadEcharts, periodPicker, SECTIONS, sectionOf, unitOf } from './common.js';

export async function render(el, ctx) {
  const { h } = ctx;
  const t = ctx.t;
  const unitSelect = await ctx.unitSelect(ctx.params.unitId || ctx.user.unitId);
  const period = await periodPicker(ctx, ctx.params);
  const indicatorSelect = h('select', { name: 'indicator' });
  const sectionSelect = h('select', { name: 'section' });
  const chooser = h('details', { class: 'column-chooser' });
  const hidden = new Set(); // indicator ids the user took out of the table
  const breakdowns = h('input', { type: 'checkbox' });
  const charts = h('div', { class: 'grid2' });
  const trail = h('div', { class: 'muted' });
  const tableBox = h('div', {});
  const exports = h('span', {});
  const path = []; // drill-down trail of {id, name}
  let table = null;

  el.append(
    h('div', { class: 'card' },
      h('div', { class: 'toolbar' },
        ctx.ui.field(t('单位', 'Unit'), unitSelect), ctx.ui.field(t('年份', 'Year'), period.year),
        ctx.ui.field(t('期间', 'Period'), period.part),
        h('button', { class: 'btn primary', onclick: () => { path.length = 0; load(Number(unitSelect.value)); } }, t('查询', 'Show')),
        exports)),
    h('div', { class: 'card' }, h('div', { class: 'toolbar' }, ctx.ui.field(t('图表指标', 'Chart indicator'), indicatorSelect)), charts),
    h('div', { class: 'card' }, h('div', { class: 'toolbar' }, trail), h('div', { class: 'toolbar' },
      ctx.ui.field(t('栏目', 'Section'), sectionSelect), chooser,
      h('label', {}, breakdowns, ' ', t('显示分项（按项目、类型等）', 'Show breakdowns'))), tableBox));
  indicatorSelect.onchange = () => drawCharts();
  sectionSelect.onchange = () => { drawChooser(); drawTable(); };
  breakdowns.onchange = () => drawTable();

  /** Whether any unit of the table has a figure other than 0 in the column. */
  const hasData = (key) => table.rows.some(r => r.values[key] !== null && r.values[key] !== undefined && Number(r.values[key]) !== 0);

  async function load(unitId) {
    try {
      table = await ctx.api.get('reporting/table?unitId=' + unitId + '&' + period.query());
    } catch (e) { ctx.showError(e); return; }
    if (!path.length || path[path.length - 1].id !== unitId) path.push({ id: unitId, name: table.unitName });
    exports.replaceChildren(
      download(ctx, t('导出Excel', 'Excel'), 'reporting/export/table.xlsx?unitId=' + unitId + '&' + period.query()),
      download(ctx, 'CSV', 'reporting/export/table.csv?unitId=' + unitId + '&' + period.query()));
    const keep = indicatorSelect.value;
    const choices = table.indicators.flatMap(i => figureColumns(i, true, t));
    indicatorSelect.replaceChildren(...choices.map(c => h('option', { value: c.key },
      c.title + unitOf(c.indicator, c.unitZh) + (hasData(c.key) ? '' : t('（无数据）', ' (no data)')))));
    // open on an indicator with data: the one asked for or kept, else the first counted one with data
    const wanted = [ctx.params.indicator, keep].find(k => k && choices.some(c => c.key === k));
    const first = choices.find(c => !c.indicator.ratio && hasData(c.key)) || choices.find(c => hasData(c.key)) || choices[0];
    if (wanted || first) indicatorSelect.value = wanted || first.key;
    const sections = Object.keys(SECTIONS).filter(sec => table.indicators.some(i => sectionOf(i) === sec));
    const keepSection = sectionSelect.value;
    sectionSelect.replaceChildren(...sections.map(sec => h('option', { value: sec }, t(SECTIONS[sec][0], SECTIONS[sec][1])
      + ' · ' + table.indicators.filter(i => sectionOf(i) === sec).length)));
    const chart = choices.find(c => c.key === indicatorSelect.value);
    const openSection = [ctx.params.section, keepSection, chart && sectionOf(chart.indicator)].find(sec => sec && sections.includes(sec));
    if (openSection) sectionSelect.value = openSection;
    drawChooser();
    drawTrail();
    drawTable();
    drawCharts();
  }

  function drawTrail() {
    trail.replaceChildren(...path.flatMap((p, i) => [
      i ? ' › ' : '',
      i === path.length - 1 ? h('strong', {}, p.name)
        : h('a', { href: '#', onclick: ev => { ev.preventDefault(); path.length = i + 1; load(p.id); } }, p.name)]),
      h('span', {}, '　' + table.from + ' — ' + table.to + (table.previousFrom ? t('（对比上年同期）', ' (vs. last year)') : '')));
  }

  function drawTable() {
    if (!table.indicators.length) {
      tableBox.replaceChildren(h('p', { class: 'muted' }, t('当前没有模块提供统计指标。', 'No module provides indicators yet.')));
      return;
    }
    const columns = [{
      title: t('单位', 'Unit'),
      value: r => r.own || r.unitName === '合计' ? r.unitName
        : h('a', { href: '#', title: t('查看下级', 'Drill down'), onclick: ev => { ev.preventDefault(); load(r.unitId); } }, r.unitName),
    }];
    const shown = table.indicators.filter(i => sectionOf(i) === sectionSelect.value && !hidden.has(i.id));
    for (const c of shown.flatMap(i => figureColumns(i, breakdowns.checked, t))) {
      columns.push({
        title: c.title + unitOf(c.indicator, c.unitZh),
        value: r => h('span', {}, formatValue(c.indicator, r.values[c.key]),
          r.previous ? h('div', { class: 'muted' }, change(c.indicator, r.values[c.key], r.previous[c.key])) : null),
      });
    }
    // a matrix on a desk scrolls inside its own box, never the page; on a phone each unit is a card
    const desk = !window.matchMedia('(max-width: 480px)').matches;
    tableBox.replaceChildren(shown.length ? ctx.table(columns, [...table.rows, table.total], { wide: desk })
      : h('p', { class: 'muted' }, t('请在“选择列”中勾选要显示的指标', 'Tick the indicators to show under “Columns”')));
  }

  /** 选择列: the section's indicators, each ticked while it is shown in the table. */
  function drawChooser() {
    const inSection = table.indicators.filter(i => sectionOf(i) === sectionSelect.value);
    const shownCount = inSection.filter(i => !hidden.has(i.id)).length;
    chooser.replaceChildren(h('summary', { class: 'btn' }, t('选择列', 'Columns') + '（' + shownCount + '/' + inSection.length + '）'),
      h('div', { class: 'checks' }, inSection.map(i => {
        const box = h('input', { type: 'checkbox', value: i.id, checked: !hidden.has(i.id) });
        box.onchange = () => { if (box.checked) hidden.delete(i.id); else hidden.add(i.id); drawChooser(); chooser.open = true; drawTable(); };
        return h('label', { class: 'check' }, box, ' ', t(i.nameZh, i.nameEn || i.nameZh));
      })));
  }

  async function drawCharts() {
    const column = table && table.indicators.flatMap(i => figureColumns(i, true, t)).find(c => c.key === indicatorSelect.value);
    if (!column) { charts.replaceChildren(); return; }
    if (!hasData(column.key)) {
      // no chart of all zeros: say so and offer the indicators that have data
      charts.replaceChildren(h('p', { class: 'muted', id: 'chart-empty' }, t('本期“' + column.title + '”各单位均为0或无数据，未绘制图表。请换一个指标或期间。',
        'No unit has a figure for “' + column.title + '” in this period; no chart is drawn. Choose another indicator or period.')));
      return;
    }
    const indicator = column.indicator;
    const key = column.key;
    const echarts = await loadEcharts();
    const rows = table.rows;
    const names = rows.map(r => r.unitName);
    const now = rows.map(r => r.values[key]);
    const before = rows.map(r => r.previous ? r.previous[key] : null);
    const scale = v => v === null || v === undefined ? null : Number(v);
    // on a phone the units' names run down the side: a column each would leave their labels on top of each other
    const narrow = charts.clientWidth > 0 && charts.clientWidth < 480;
    const bar = h('div', { style: 'height:' + (narrow ? Math.max(320, names.length * 28 + 90) : 320) + 'px' });
    const pie = h('div', { style: 'height:320px' });
    const line = h('div', { style: 'height:320px' });
    const tree = h('div', { style: 'height:320px' });
    const shares = !indicator.ratio && now.reduce((a, v) => a + (scale(v) || 0), 0) > 0;
    charts.replaceChildren(bar, ...(shares ? [pie, tree] : []), line);
    if (!echarts) {
      bar.replaceChildren(svgBars(ctx, names, now.map(scale)));
      return;
    }
    echarts.init(bar).setOption({
      title: { text: column.title + t('（按下级单位）', ' by unit'), textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' }, legend: { bottom: 0, data: [t('本期', 'This period'), t('上年同期', 'Last year')] },
      grid: { containLabel: true, left: 8, right: 16, bottom: 36 },
      xAxis: narrow ? { type: 'value' } : { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
      yAxis: narrow ? { type: 'category', data: names, inverse: true, axisLabel: { interval: 0 } } : { type: 'value' },
      series: [{ name: t('本期', 'This period'), type: 'bar', data: now.map(scale) },
        { name: t('上年同期', 'Last year'), type: 'bar', data: before.map(scale) }],
    });
    if (shares) { // a pie of shares only when there is something to share (never a zero-sum pie)
      echarts.init(pie).setOption({
        title: { text: t('占比', 'Share'), textStyle: { fontSize: 14 } }, tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: '60%', data: rows.map((r, k) => ({ name: r.unitName, value: scale(now[k]) || 0 })) }],
      });
    }
    if (shares) {
      // a map-like view of the subtree: each child unit's area is its share; click one to drill down
      const treemap = echarts.init(tree);
      treemap.setOption({
        title: { text: t('分布（点击进入下级）', 'Distribution (click to drill down)'), textStyle: { fontSize: 14 } },
        tooltip: {}, series: [{ type: 'treemap', roam: false, nodeClick: false, breadcrumb: { show: false },
          data: rows.filter(r => !r.own).map(r => ({ name: r.unitName, value: scale(r.values[key]) || 0, unitId: r.unitId })) }],
      });
      treemap.on('click', p => { if (p.data && p.data.unitId) load(p.data.unitId); });
    }
    const months = await Promise.all(Array.from({ length: 12 }, (_, m) =>
      ctx.api.get('reporting/table?unitId=' + path[path.length - 1].id + '&year=' + period.year.value + '&month=' + (m + 1) + '&compare=false')
        .then(tb => scale(tb.total.values[key])).catch(() => null)));
    if (!months.some(v => v)) { line.replaceChildren(h('p', { class: 'muted' }, t('逐月均无数据', 'No monthly figures'))); return; }
    echarts.init(line).setOption({
      title: { text: period.year.value + t('年逐月', ' by month'), textStyle: { fontSize: 14 } }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, m) => (m + 1) + t('月', '')) }, yAxis: { type: 'value' },
      series: [{ type: 'line', data: months, smooth: true }],
    });
  }

  load(Number(unitSelect.value));
}

/** Plain SVG bars for when ECharts cannot load. */
function svgBars(ctx, names, values) {
  const max = Math.max(1, ...values.map(v => v || 0));
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', String(names.length * 24 + 10));
  names.forEach((n, i) => {
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', '0'); label.setAttribute('y', String(i * 24 + 16)); label.textContent = n;
    const bar = document.createElementNS(ns, 'rect');
    bar.setAttribute('x', '40%'); bar.setAttribute('y', String(i * 24 + 4)); bar.setAttribute('height', '16');
    bar.setAttribute('width', ((values[i] || 0) / max * 55) + '%'); bar.setAttribute('fill', '#c0392b');
    svg.append(label, bar);
  });
  return svg;
}
