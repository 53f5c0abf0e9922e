// The list of projects with filters, paging and CSV export.
import {h} from '../dom.js';
import {t, label, values, localized, formatDate} from '../i18n.js';
import {get} from '../api.js';
import {current, hasRole} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {pageHeader, table, pager, withQuery, buttonLink, button, langCell} from '../ui.js';
import {textField, selectField} from '../forms.js';
import {exportList} from '../export.js';

const FILTERS = ['q', 'status', 'site', 'sector', 'confidentiality', 'institutionId', 'year', 'sort'];

export async function render({query}) {
  const filter = Object.fromEntries(FILTERS.map(k => [k, query[k] || '']));
  const page = Number(query.page || 1);
  const [result, institutions] = await Promise.all([
    get('projects', {...filter, page, size: 20}), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const go = params => { location.hash = withQuery('/projects', params); };

  const filterForm = h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
    e.preventDefault();
    go({...filter, page: 1});
  }},
  textField({label: t('filters.text'), name: 'q', value: filter.q, oninput: v => { filter.q = v; }, attrs: {type: 'search'}}),
  selectField({label: t('project.status'), value: filter.status, empty: t('filters.any'),
    options: values('projectStatus').map(v => ({value: v, label: label('projectStatus', v)})), onchange: v => { filter.status = v; }}),
  selectField({label: t('project.site'), value: filter.site, empty: t('filters.any'),
    options: values('site').map(v => ({value: v, label: label('site', v)})), onchange: v => { filter.site = v; }}),
  selectField({label: t('project.sector'), value: filter.sector, empty: t('filters.any'),
    options: values('sector').map(v => ({value: v, label: label('sector', v)})), onchange: v => { filter.sector = v; }}),
  selectField({label: t('project.confidentiality'), value: filter.confidentiality, empty: t('filters.any'),
    options: values('confidentiality').map(v => ({value: v, label: label('confidentiality', v)})),
    onchange: v => { filter.confidentiality = v; }}),
  selectField({label: t('project.participant'), value: filter.institutionId, empty: t('filters.any'),
    options: institutions.map(i => ({value: i.id, label: i.shortName})), onchange: v => { filter.institutionId = v; }}),
  textField({label: t('project.year'), name: 'year', value: filter.year, attrs: {inputmode: 'numeric', size: 6},
    oninput: v => { filter.year = v; }}),
  selectField({label: t('filters.sort'), value: filter.sort, empty: t('sort.code'),
    options: [['-start', t('sort.newestStart')], ['title', t('sort.title')], ['-created', t('sort.newest')]]
      .map(([value, text]) => ({value, label: text})), onchange: v => { filter.sort = v; }}),
  h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')),
    h('a', {href: '#/projects', class: 'button secondary'}, t('filters.clear'))));

  const columns = [
    {label: t('project.code'), class: 'code', cell: p => h('a', {href: `#/projects/${p.id}`}, p.code)},
    {label: t('project.title'), cell: p => langCell(localized(p.title))},
    {label: t('project.status'), cell: p => label('projectStatus', p.status)},
    {label: t('project.site'), cell: p => label('site', p.site)},
    {label: t('project.sectors'), cell: p => p.sectors.map(s => label('sector', s)).join(', ')},
    {label: t('project.dates'), cell: p => `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`},
    {label: t('project.participants'), cell: p => p.participants.map(x => byId.get(x.institutionId)?.shortName || x.institutionId).join(', ')},
  ];
  return h('div', {},
    pageHeader(t('projects.title'),
      hasRole('TTO', 'ADMIN') ? buttonLink('#/projects/new', t('projects.new'), {class: 'button primary'}) : null,
      button(t('common.exportCsv'), () => exportList('projects', filter), {class: 'secondary'})),
    current().role === 'TTO' && !filter.institutionId
      ? h('p', {}, h('a', {href: withQuery('/projects', {institutionId: current().institutionId})}, t('projects.onlyMine'))) : null,
    filterForm,
    h('div', {class: 'results', 'aria-live': 'polite'},
      h('p', {class: 'count'}, t('common.found', {n: result.total})),
      table(columns, result.items, {caption: t('projects.title'), emptyText: t('projects.none')})),
    pager(result, p => go({...filter, page: p})));
}
