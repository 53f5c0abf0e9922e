// The list of IP assets with filters, paging and CSV export.
import {h} from '../dom.js';
import {t, label, values, localized, percent} from '../i18n.js';
import {get} from '../api.js';
import {hasRole, current} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {textField, selectField, checkbox} from '../forms.js';
import {pageHeader, table, pager, withQuery, button, takeFlash} from '../ui.js';
import {exportList} from '../export.js';

const FILTERS = ['q', 'type', 'licensing', 'minReadinessLevel', 'confidentiality', 'applicationNumber', 'projectId', 'ownerInstitutionId', 'sort'];

export async function render({query}) {
  const filter = Object.fromEntries(FILTERS.map(k => [k, query[k] || '']));
  const page = Number(query.page || 1);
  const [result, institutions] = await Promise.all([get('ip-assets', {...filter, page, size: 20}), allInstitutions()]);
  const mine = current().institutionId ? String(current().institutionId) : null;
  const go = params => { location.hash = withQuery('/ip-assets', params); };
  const opts = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));
  return h('div', {},
    takeFlash(),
    pageHeader(t('ipAssets.title'),
      button(t('common.exportCsv'), () => exportList('ip-assets', filter), {class: 'secondary'})),
    hasRole('TTO', 'ADMIN') ? h('p', {class: 'hint'}, t('ipAssets.newHint')) : null,
    h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      go({...filter, page: 1});
    }},
    textField({label: t('filters.text'), value: filter.q, attrs: {type: 'search'}, oninput: v => { filter.q = v; }}),
    mine ? checkbox({label: t('ipAssets.mine'), name: 'ownerInstitutionId', checked: filter.ownerInstitutionId === mine,
      onchange: v => go({...filter, ownerInstitutionId: v ? mine : '', page: 1})})
      : selectField({label: t('ipAsset.owner'), value: filter.ownerInstitutionId, empty: t('filters.any'),
        options: institutions.map(i => ({value: String(i.id), label: i.shortName})), onchange: v => { filter.ownerInstitutionId = v; }}),
    selectField({label: t('ipAsset.type'), value: filter.type, empty: t('filters.any'), options: opts('assetType'),
      onchange: v => { filter.type = v; }}),
    selectField({label: t('ipAsset.licensing'), value: filter.licensing, empty: t('filters.any'), options: opts('licensing'),
      onchange: v => { filter.licensing = v; }}),
    selectField({label: t('ipAsset.minReadiness'), value: filter.minReadinessLevel, empty: t('filters.any'),
      options: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => ({value: String(n), label: String(n)})), onchange: v => { filter.minReadinessLevel = v; }}),
    selectField({label: t('project.confidentiality'), value: filter.confidentiality, empty: t('filters.any'),
      options: opts('confidentiality'), onchange: v => { filter.confidentiality = v; }}),
    textField({label: t('filing.applicationNumber'), value: filter.applicationNumber, oninput: v => { filter.applicationNumber = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')),
      h('a', {href: '#/ip-assets', class: 'button secondary'}, t('filters.clear')))),
    h('p', {class: 'count'}, t('common.found', {n: result.total})),
    table([
      {label: t('ipAsset.title'), cell: a => h('a', {href: `#/ip-assets/${a.id}`, lang: localized(a.title).lang}, localized(a.title).text)},
      {label: t('ipAsset.project'), class: 'code', cell: a => h('a', {href: `#/projects/${a.projectId}`}, a.projectCode || `#${a.projectId}`)},
      {label: t('ipAsset.owners'), class: 'owners', cell: a => (a.owners?.length
        ? h('ul', {class: 'owner-list'}, a.owners.map(o => h('li', {}, `${o.shortName} ${percent(o.shareBp)}`))) : t('ipAssets.noOwners'))},
      {label: t('ipAsset.type'), cell: a => label('assetType', a.type)},
      {label: t('ipAsset.readiness'), cell: a => String(a.readinessLevel)},
      {label: t('ipAsset.licensing'), cell: a => label('licensing', a.licensing)},
      {label: t('ipAsset.filings'), cell: a => a.filings.map(f => `${f.jurisdiction} ${f.applicationNumber}`).join(', ') || '—'},
      {label: t('project.confidentiality'), cell: a => label('confidentiality', a.confidentiality)},
    ], result.items, {caption: t('ipAssets.title'), emptyText: t('ipAssets.none')}),
    pager(result, p => go({...filter, page: p})));
}
