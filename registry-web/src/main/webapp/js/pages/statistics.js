// Statistics with charts: projects by start year and by sector, staff by park, IP assets by filing
// jurisdiction and licensing; for offices and administrators, enquiries by status and month. Every chart
// has the same numbers as a table and a CSV file; the zone's head counts and technology-transfer figures
// follow (statistics-zone.js).
import {h} from '../dom.js';
import {t, label, values, formatDate} from '../i18n.js';
import {get} from '../api.js';
import {current} from '../session.js';
import {pageHeader, section} from '../ui.js';
import {horizontalBars, verticalBars, stackedBars, dataTable} from '../charts.js';
import {zoneSections, zoneFilter} from './statistics-zone.js';
import {saveFile} from '../files.js';
import {button} from '../ui.js';
import {query as queryString} from '../api.js';

/** The CSV file of one of the overview's tables, written by the server. */
function overviewCsv(table, params) {
  return button(t('common.exportCsv'), () => saveFile(`statistics/csv${queryString({...params, table})}`, `${table}.csv`, 'text/csv'),
    {class: 'secondary', 'data-csv': `${table}.csv`});
}

function sum(list, key, value) {
  const out = new Map();
  for (const x of list) {
    out.set(x[key], (out.get(x[key]) || 0) + x[value]);
  }
  return out;
}

/** For an office (its institution's assets) and an administrator (all): enquiries by current status, and by month sent. */
function enquiries(report) {
  const byStatus = values('enquiryStatus').map(x => ({label: label('enquiryStatus', x), value: report.filter(r => r.status === x)
    .reduce((n, r) => n + r.count, 0)}));
  const months = [...new Set(report.map(r => r.month))].sort();
  return section(t('statistics.enquiriesByStatus'),
    h('p', {class: 'hint'}, t('statistics.enquiryNote')),
    horizontalBars(t('statistics.enquiriesByStatus'), byStatus),
    dataTable(t('statistics.enquiriesByMonth'), [t('enquiry.month'), t('enquiry.count')],
      months.map(m => [m, report.filter(r => r.month === m).reduce((n, r) => n + r.count, 0)])));
}

export async function render({query = {}} = {}) {
  const office = ['TTO', 'ADMIN'].includes(current().role);
  const overview = zoneFilter(query).institutionId ? {institutionId: zoneFilter(query).institutionId} : {};
  const [s, report, zone] = await Promise.all([get('statistics', overview), office ? get('enquiries/report').catch(() => null) : null,
    zoneSections(query)]);
  const years = s.projectsByYear.map(y => ({label: String(y.year), value: y.count}));
  const sectorTotals = sum(s.projects, 'sector', 'count');
  const sectors = values('sector').filter(x => sectorTotals.has(x))
    .map(x => ({label: label('sector', x), value: sectorTotals.get(x), key: x}))
    .sort((a, b) => b.value - a.value);
  const yearList = s.projectsByYear.map(y => y.year);
  const sectorYear = new Map(s.projects.map(x => [`${x.sector}|${x.year}`, x.count]));

  const parks = values('park');
  const postdocs = parks.map(p => ({label: label('park', p), value: s.staff.find(x => x.park === p && x.role === 'POSTDOC')?.count || 0}));
  const roles = values('staffRole');

  const licensing = values('licensing');
  const jurisdictions = [...values('filingJurisdiction'), 'NONE'].filter(j => s.ipAssets.some(x => x.jurisdiction === j));
  const assetRows = jurisdictions.map(j => ({
    label: j === 'NONE' ? t('statistics.notFiled') : label('filingJurisdiction', j),
    parts: Object.fromEntries(licensing.map(l => [l, s.ipAssets.find(x => x.jurisdiction === j && x.licensing === l)?.count || 0])),
  }));
  const series = licensing.map(l => ({key: l, label: label('licensing', l)}));

  return h('div', {class: 'statistics'},
    pageHeader(t('statistics.title')),
    h('p', {}, current().role === 'INVESTOR' ? t('statistics.scopeInvestor') : t('statistics.scope')),
    zone.form,
    h('div', {class: 'chart-grid'},
      section(t('statistics.projectsByYear'),
        verticalBars(t('statistics.projectsByYear'), years),
        dataTable(t('statistics.projectsByYear'), [t('project.year'), t('statistics.projects')], years.map(y => [y.label, y.value])),
        overviewCsv('projects-by-year', overview)),
      section(t('statistics.projectsBySector'),
        h('p', {class: 'hint'}, t('statistics.sectorNote')),
        horizontalBars(t('statistics.projectsBySector'), sectors),
        dataTable(t('statistics.projectsBySectorYear'), [t('project.sector'), ...yearList.map(String), t('statistics.total')],
          sectors.map(x => [x.label, ...yearList.map(y => sectorYear.get(`${x.key}|${y}`) || 0), x.value])),
        overviewCsv('projects-by-sector', overview)),
      section(t('statistics.postdocsByPark'),
        h('p', {class: 'hint'}, t('statistics.staffNote', {date: formatDate(s.staffOn), zone: current().timeZone})),
        horizontalBars(t('statistics.postdocsByPark'), postdocs),
        dataTable(t('statistics.staffByParkRole'), [t('staff.role'), ...parks.map(p => label('park', p))],
          roles.map(r => [label('staffRole', r), ...parks.map(p => s.staff.find(x => x.park === p && x.role === r)?.count || 0)])),
        overviewCsv('staff', {...overview, staffOn: s.staffOn})),
      section(t('statistics.assetsByJurisdiction'),
        h('p', {class: 'hint'}, t('statistics.assetNote')),
        stackedBars(t('statistics.assetsByJurisdiction'), assetRows, series),
        dataTable(t('statistics.assetsByJurisdiction'), [t('filing.jurisdiction'), ...series.map(x => x.label)],
          assetRows.map(r => [r.label, ...licensing.map(l => r.parts[l])])),
        overviewCsv('ip-assets', overview)),
      report ? enquiries(report) : null,
      zone.sections));
}
