// Who crosses into the Hong Kong park on a day: staff of Mainland institutions working there, with their
// cross-boundary white-list registration and whether it lets them cross that day; an office sees its own staff.
import {h} from '../dom.js';
import {t, label, formatDate, todayIso} from '../i18n.js';
import {get} from '../api.js';
import {current} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {dateValue, selectField, textField} from '../forms.js';
import {pageHeader, table, withQuery, button, badge} from '../ui.js';
import {saveFile} from '../files.js';

export async function render({query}) {
  const office = current().role === 'TTO';
  const filter = {date: dateValue(query.date || '') || todayIso(), institutionId: office ? '' : query.institutionId || ''};
  const [rows, institutions] = await Promise.all([get('crossings', filter), allInstitutions()]);
  const mainland = institutions.filter(i => i.jurisdiction === 'MAINLAND');
  const go = params => { location.hash = withQuery('/crossings', params); };
  return h('div', {},
    pageHeader(t('crossings.title'),
      button(t('common.exportCsv'), () => saveFile(`crossings/export?${new URLSearchParams(
        Object.entries(filter).filter(([, v]) => v))}`, `crossings-${filter.date}.csv`, 'text/csv'), {class: 'secondary'})),
    h('p', {class: 'intro'}, t('crossings.intro')),
    h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      go(filter);
    }},
    textField({label: t('crossings.date'), name: 'date', type: 'date', value: filter.date, required: true,
      oninput: v => { filter.date = v; }}),
    office ? null : selectField({label: t('person.institution'), name: 'institutionId', value: filter.institutionId,
      empty: t('filters.any'), options: mainland.map(i => ({value: i.id, label: i.shortName})),
      onchange: v => { filter.institutionId = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')))),
    h('p', {class: 'count'}, t('crossings.count', {n: rows.length, date: formatDate(filter.date)})),
    table([
      {label: t('person.nameEn'), cell: c => c.nameZh ? `${c.nameEn} (${c.nameZh})` : c.nameEn},
      {label: t('person.institution'), cell: c => c.institution || `#${c.institutionId}`},
      {label: t('crossings.project'), cell: c => h('a', {href: `#/projects/${c.projectId}`}, c.projectCode)},
      {label: t('staff.role'), cell: c => label('staffRole', c.role)},
      {label: t('crossings.period'), cell: c => `${formatDate(c.startDate)} – ${c.endDate ? formatDate(c.endDate) : '…'}`},
      {label: t('crossings.registration'), cell: c => c.whiteList
        ? t('crossings.validRange', {status: label('whiteListStatus', c.whiteList.status),
          from: formatDate(c.whiteList.validFrom) || '…', until: formatDate(c.whiteList.validUntil) || '…'})
        : '—'},
      {label: t('crossings.covered'), cell: c => c.covered
        ? t('crossings.coveredYes')
        : badge(t('crossings.coveredNo'), 'warning')},
    ], rows, {caption: t('crossings.title'), emptyText: t('crossings.none')}));
}
