// The zone's reporting on the statistics page: head counts and FTE by park, institution and role on a
// date or over a period, their monthly or quarterly series, and technology-transfer figures per
// institution and year. Each chart has its table, and each table its CSV file written by the server.
import {h} from '../dom.js';
import {t, label, values, formatDate, formatNumber, todayIso} from '../i18n.js';
import {get, query as queryString} from '../api.js';
import {current} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {dateValue, selectField, textField} from '../forms.js';
import {section, withQuery, button} from '../ui.js';
import {saveFile} from '../files.js';
import {horizontalBars, lineChart, dataTable} from '../charts.js';

const num = n => Number(n);

/** The first day of the month eleven months before the date's: a series of twelve monthly points ending with its month. */
function yearBefore(iso) {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 12, 1)).toISOString().slice(0, 10);
}

/** The filters of the zone's figures, from the page's address (defaults: today, the last twelve months, the last five years). */
export function zoneFilter(query) {
  const today = todayIso();
  const to = dateValue(query.to || '') || today;
  const seriesTo = dateValue(query.seriesTo || '') || today;
  const yearTo = /^\d{4}$/.test(query.toYear || '') ? query.toYear : today.slice(0, 4);
  return {
    institutionId: query.institutionId || '',
    park: query.park || '',
    role: query.role || '',
    from: dateValue(query.from || '') || to,
    to,
    interval: query.interval === 'QUARTER' ? 'QUARTER' : 'MONTH',
    seriesFrom: dateValue(query.seriesFrom || '') || yearBefore(seriesTo),
    seriesTo,
    fromYear: /^\d{4}$/.test(query.fromYear || '') ? query.fromYear : String(Number(yearTo) - 4),
    toYear: yearTo,
  };
}

const pick = (f, ...keys) => Object.fromEntries(keys.filter(k => f[k]).map(k => [k, f[k]]));

function csvButton(path, params, fileName) {
  return button(t('common.exportCsv'), () => saveFile(`${path}${queryString(params)}`, fileName, 'text/csv'),
    {class: 'secondary', 'data-csv': fileName});
}

/** The form of the zone's filters (for an investor only the institution and years); applying it changes the page's address. */
async function filterForm(f, staffVisible) {
  const institutions = await allInstitutions();
  const field = (name, key, type = 'text') => textField({label: t(key), name, type, value: f[name], oninput: v => { f[name] = v; }});
  return h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
    e.preventDefault();
    location.hash = withQuery('/statistics', f);
  }},
  selectField({label: t('person.institution'), name: 'institutionId', value: f.institutionId, empty: t('filters.any'),
    options: institutions.map(i => ({value: i.id, label: i.shortName})), onchange: v => { f.institutionId = v; }}),
  staffVisible ? [selectField({label: t('staff.park'), name: 'park', value: f.park, empty: t('filters.any'),
    options: values('park').map(p => ({value: p, label: label('park', p)})), onchange: v => { f.park = v; }}),
  selectField({label: t('staff.role'), name: 'role', value: f.role, empty: t('filters.any'),
    options: values('staffRole').map(r => ({value: r, label: label('staffRole', r)})), onchange: v => { f.role = v; }}),
  field('from', 'zone.from', 'date'),
  field('to', 'zone.to', 'date'),
  field('seriesFrom', 'zone.seriesFrom', 'date'),
  field('seriesTo', 'zone.seriesTo', 'date'),
  selectField({label: t('zone.interval'), name: 'interval', value: f.interval,
    options: values('interval').map(i => ({value: i, label: label('interval', i)})), onchange: v => { f.interval = v; }})] : null,
  field('fromYear', 'zone.fromYear'),
  field('toYear', 'zone.toYear'),
  h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply'))));
}

function headCounts(report, f) {
  const period = report.period.from === report.period.to ? formatDate(report.period.from)
    : `${formatDate(report.period.from)} – ${formatDate(report.period.to)}`;
  const name = id => report.institutions[id] || `#${id}`;
  const postdocs = report.counts.filter(c => c.role === 'POSTDOC')
    .map(c => ({label: `${label('park', c.park)} · ${name(c.institutionId)}`, value: c.people}));
  const params = {...pick(f, 'from', 'to', 'park', 'role'), ...(report.filter.institutionId ? {institutionId: report.filter.institutionId} : {})};
  return section(t('zone.headCounts'),
    h('p', {class: 'hint'}, t('zone.headCountNote', {period}), current().role === 'TTO' ? ` ${t('zone.officeNote')}` : null),
    postdocs.length ? horizontalBars(t('zone.postdocs', {period}), postdocs) : h('p', {class: 'empty'}, t('zone.noStaff')),
    dataTable(t('zone.headCounts'), [t('staff.park'), t('person.institution'), t('staff.role'), t('zone.people'), t('zone.fte')],
      report.counts.map(c => [label('park', c.park), name(c.institutionId), label('staffRole', c.role), c.people,
        formatNumber(num(c.fte), {minimumFractionDigits: 2, maximumFractionDigits: 2})])),
    csvButton('statistics/head-counts/csv', params, 'head-counts.csv'));
}

function series(s, f) {
  const points = s.points.map(p => ({label: s.interval === 'QUARTER' ? `${p.from.slice(0, 4)} Q${Math.floor((Number(p.from.slice(5, 7)) - 1) / 3) + 1}`
    : p.from.slice(0, 7), values: {people: p.people, fte: num(p.fte)}}));
  const lines = [{key: 'people', label: t('zone.people')}, {key: 'fte', label: t('zone.fte')}];
  const params = {...pick(f, 'park', 'role', 'interval'), ...(s.filter.institutionId ? {institutionId: s.filter.institutionId} : {})};
  params.from = f.seriesFrom;
  params.to = f.seriesTo;
  return section(t('zone.series'),
    h('p', {class: 'hint'}, t('zone.seriesNote')),
    lineChart(t('zone.series'), points, lines),
    dataTable(t('zone.series'), [t('zone.point'), t('zone.people'), t('zone.fte')],
      s.points.map((p, i) => [points[i].label, p.people, formatNumber(num(p.fte), {minimumFractionDigits: 2, maximumFractionDigits: 2})])),
    csvButton('statistics/head-counts/series/csv', params, 'head-count-series.csv'));
}

function technologyTransfer(r, f) {
  const name = id => r.institutions[id] || `#${id}`;
  const metrics = ['assetsRegistered', 'filings', 'grants', ...(r.enquiries ? ['enquiries', 'licences'] : [])];
  const years = [];
  for (let y = r.fromYear; y <= r.toYear; y += 1) {
    years.push(y);
  }
  const points = years.map(y => ({label: String(y), values: Object.fromEntries(metrics.map(m => [m,
    r.rows.filter(x => x.year === y).reduce((n, x) => n + x[m], 0)]))}));
  const params = {fromYear: f.fromYear, toYear: f.toYear, ...pick(f, 'institutionId')};
  return section(t('zone.technologyTransfer'),
    h('p', {class: 'hint'}, t(r.enquiries ? 'zone.transferNote' : 'zone.transferNoteNoEnquiries')),
    lineChart(t('zone.technologyTransfer'), points, metrics.map(m => ({key: m, label: t(`zone.metric.${m}`)}))),
    dataTable(t('zone.technologyTransfer'), [t('person.institution'), t('project.year'), ...metrics.map(m => t(`zone.metric.${m}`))],
      r.rows.map(x => [name(x.institutionId), String(x.year), ...metrics.map(m => x[m])])),
    csvButton('statistics/technology-transfer/csv', params, 'technology-transfer.csv'));
}

/** The zone's sections: the filters, then head counts and their series (not for investors: staff are internal), then technology transfer. */
export async function zoneSections(query) {
  const f = zoneFilter(query);
  const staffVisible = current().role !== 'INVESTOR';
  // an office counts its own institution's staff whichever institution the other figures are filtered by
  const filters = current().role === 'TTO' ? pick(f, 'park', 'role') : pick(f, 'institutionId', 'park', 'role');
  const [form, report, s, transfer] = await Promise.all([
    filterForm({...f}, staffVisible),
    staffVisible ? get('statistics/head-counts', {...filters, from: f.from, to: f.to}) : null,
    staffVisible ? get('statistics/head-counts/series', {...filters, from: f.seriesFrom, to: f.seriesTo, interval: f.interval}) : null,
    get('statistics/technology-transfer', {fromYear: f.fromYear, toYear: f.toYear, ...pick(f, 'institutionId')}),
  ]);
  return {
    form,
    sections: [report ? headCounts(report, f) : null, s ? series(s, f) : null, technologyTransfer(transfer, f)],
  };
}
