// Bar charts drawn as SVG from data (no library): each has a title and a description for assistive
// technology, text that stays text, and a table of the same numbers beside it.
import {h, svg} from './dom.js';
import {t, formatNumber} from './i18n.js';

// On a phone the bars' labels go above the bars, so that both stay legible at the screen's width.
const narrow = () => window.matchMedia('(max-width: 700px)').matches;
let WIDTH = 640;
let ROW = 30;
let LABEL = 210;

function layout() {
  const n = narrow();
  WIDTH = n ? 360 : 640;
  ROW = n ? 46 : 30;
  LABEL = n ? 0 : 210;
  return n;
}

/** The label of a bar row: left of the bar, or above it on a phone. */
function rowLabel(text, y, lang) {
  return LABEL ? svg('text', {x: LABEL - 8, y: y + ROW / 2 + 5, 'text-anchor': 'end', class: 'chart-label', lang: lang || null}, text)
    : svg('text', {x: 0, y: y + 14, class: 'chart-label', lang: lang || null}, text);
}

/** The top of a bar within its row. */
function barTop(y) {
  return LABEL ? y + 4 : y + 20;
}

function barHeight() {
  return LABEL ? ROW - 8 : 20;
}

function frame(titleText, description, height, content) {
  const id = `chart-${Math.random().toString(36).slice(2, 8)}`;
  return svg('svg', {viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart', role: 'img', 'aria-labelledby': `${id}-t ${id}-d`,
    preserveAspectRatio: 'xMinYMin meet'},
  svg('title', {id: `${id}-t`}, titleText),
  svg('desc', {id: `${id}-d`}, description),
  content);
}

function describe(rows) {
  return rows.map(r => `${r.label}: ${formatNumber(r.value)}`).join('; ');
}

/** Horizontal bars: rows [{label, value, lang}]. */
export function horizontalBars(titleText, rows) {
  layout();
  const max = Math.max(1, ...rows.map(r => r.value));
  const span = WIDTH - LABEL - 70;
  const height = rows.length * ROW + 10;
  return frame(titleText, describe(rows), height, rows.map((r, i) => {
    const y = 5 + i * ROW;
    const w = Math.max(r.value > 0 ? 2 : 0, Math.round((r.value / max) * span));
    return svg('g', {class: 'bar-row'},
      rowLabel(r.label, y, r.lang),
      svg('rect', {x: LABEL, y: barTop(y), width: w, height: barHeight(), class: 'bar series-0'}),
      svg('text', {x: LABEL + w + 6, y: barTop(y) + barHeight() / 2 + 4, class: 'chart-value'}, formatNumber(r.value)));
  }));
}

/** Vertical bars: columns [{label, value}] (e.g. years). */
export function verticalBars(titleText, columns) {
  layout();
  const height = 240;
  const top = 24;
  const bottom = 30;
  const max = Math.max(1, ...columns.map(c => c.value));
  const slot = (WIDTH - 20) / Math.max(1, columns.length);
  const barWidth = Math.min(60, slot * 0.7);
  return frame(titleText, describe(columns), height, [
    svg('line', {x1: 10, x2: WIDTH - 10, y1: height - bottom, y2: height - bottom, class: 'axis'}),
    columns.map((c, i) => {
      const barHeight = Math.round((c.value / max) * (height - top - bottom));
      const x = 10 + i * slot + (slot - barWidth) / 2;
      const y = height - bottom - barHeight;
      return svg('g', {class: 'bar-column'},
        svg('rect', {x, y, width: barWidth, height: barHeight, class: 'bar series-0'}),
        svg('text', {x: x + barWidth / 2, y: y - 6, 'text-anchor': 'middle', class: 'chart-value'}, formatNumber(c.value)),
        svg('text', {x: x + barWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle', class: 'chart-label'}, c.label));
    }),
  ]);
}

/** Stacked horizontal bars: rows [{label, parts: {key: value}}], series [{key, label}], with a legend. */
export function stackedBars(titleText, rows, series) {
  layout();
  const totals = rows.map(r => series.reduce((acc, s) => acc + (r.parts[s.key] || 0), 0));
  const max = Math.max(1, ...totals);
  const span = WIDTH - LABEL - 70;
  const textWidth = text => [...text].reduce((w, ch) => w + (ch.codePointAt(0) > 0x2e80 ? 15 : 8), 0);
  let legendX = 0;
  let legendY = 4;
  const legend = series.map((s, i) => {
    const itemWidth = 20 + textWidth(s.label) + 18;
    if (legendX > 0 && legendX + itemWidth > WIDTH) {
      legendX = 0;
      legendY += 22;
    }
    const x = legendX;
    legendX += itemWidth;
    return svg('g', {class: 'legend-item'},
      svg('rect', {x, y: legendY, width: 14, height: 14, class: `bar series-${i}`}),
      svg('text', {x: x + 20, y: legendY + 12, class: 'chart-legend'}, s.label));
  });
  const legendHeight = legendY + 24;
  const height = legendHeight + rows.length * ROW + 10;
  const description = rows.map((r, i) => `${r.label}: ${formatNumber(totals[i])} (${series
    .filter(s => r.parts[s.key]).map(s => `${s.label} ${formatNumber(r.parts[s.key])}`).join(', ')})`).join('; ');
  return frame(titleText, description, height, [
    svg('g', {class: 'legend'}, legend),
    rows.map((r, i) => {
      const y = legendHeight + 5 + i * ROW;
      let x = LABEL;
      const parts = series.map((s, k) => {
        const w = Math.round(((r.parts[s.key] || 0) / max) * span);
        const rect = w > 0 ? svg('rect', {x, y: barTop(y), width: w, height: barHeight(), class: `bar series-${k}`}) : null;
        x += w;
        return rect;
      });
      return svg('g', {class: 'bar-row'},
        rowLabel(r.label, y),
        parts,
        svg('text', {x: x + 6, y: barTop(y) + barHeight() / 2 + 4, class: 'chart-value'}, formatNumber(totals[i])));
    }),
  ]);
}

/** The numbers of a chart as a table, in a disclosure that keyboard and screen-reader users can open. */
export function dataTable(caption, headers, rows) {
  return h('details', {class: 'chart-data'},
    h('summary', {}, t('statistics.showNumbers')),
    h('div', {class: 'table-wrap'},
      h('table', {},
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, headers.map(x => h('th', {scope: 'col'}, x)))),
        h('tbody', {}, rows.map(r => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', {scope: 'row'}, c)
          : h('td', {class: 'number'}, typeof c === 'number' ? formatNumber(c) : c)))))))));
}

/** Lines over points: points [{label, values: {key: value}}], series [{key, label}], with a legend and a mark on each point. */
export function lineChart(titleText, points, series) {
  layout();
  let height = 260;
  let top = 40;
  const bottom = 30;
  const left = 40;
  const max = Math.max(1, ...points.flatMap(p => series.map(s => p.values[s.key] || 0)));
  const step = (WIDTH - left - 20) / Math.max(1, points.length - 1);
  const x = i => left + (points.length === 1 ? (WIDTH - left - 20) / 2 : i * step);
  const y = v => height - bottom - Math.round((v / max) * (height - top - bottom));
  const every = Math.max(1, Math.ceil(points.length / (narrow() ? 4 : 8)));
  // the legend's items side by side, on a new line when the width is used up
  const textWidth = text => [...text].reduce((w, ch) => w + (ch.codePointAt(0) > 0x2e80 ? 15 : 8), 0);
  let legendX = 0;
  let legendY = 4;
  const legend = series.map((s, k) => {
    const itemWidth = 20 + textWidth(s.label) + 18;
    if (legendX > 0 && legendX + itemWidth > WIDTH) {
      legendX = 0;
      legendY += 22;
    }
    const lx = legendX;
    legendX += itemWidth;
    return svg('g', {class: 'legend-item'},
      svg('rect', {x: lx, y: legendY, width: 14, height: 14, class: `bar series-${k}`}),
      svg('text', {x: lx + 20, y: legendY + 12, class: 'chart-legend'}, s.label));
  });
  top += legendY;
  height += legendY;
  const description = points.map(p => `${p.label}: ${series.map(s => `${s.label} ${formatNumber(p.values[s.key] || 0)}`)
    .join(', ')}`).join('; ');
  return frame(titleText, description, height, [
    svg('g', {class: 'legend'}, legend),
    svg('line', {x1: left, x2: WIDTH - 10, y1: height - bottom, y2: height - bottom, class: 'axis'}),
    svg('text', {x: left - 6, y: top + 4, 'text-anchor': 'end', class: 'chart-value'}, formatNumber(max)),
    svg('text', {x: left - 6, y: height - bottom, 'text-anchor': 'end', class: 'chart-value'}, '0'),
    // labels counted back from the last point, so that the last always has one and none overlap
    points.map((p, i) => ((points.length - 1 - i) % every === 0
      ? svg('text', {x: x(i), y: height - bottom + 18, 'text-anchor': i === points.length - 1 && i > 0 ? 'end' : 'middle',
        class: 'chart-label'}, p.label) : null)),
    series.map((s, k) => svg('g', {class: `line series-${k}`},
      svg('polyline', {points: points.map((p, i) => `${x(i)},${y(p.values[s.key] || 0)}`).join(' '), class: `line series-${k}`}),
      points.map((p, i) => svg('circle', {cx: x(i), cy: y(p.values[s.key] || 0), r: 3, class: `bar series-${k}`},
        svg('title', {}, `${p.label} · ${s.label}: ${formatNumber(p.values[s.key] || 0)}`))))),
  ]);
}
