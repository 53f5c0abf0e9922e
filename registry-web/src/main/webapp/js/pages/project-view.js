// One project: its details, participants, funding and grants, transfers across the boundary, staff and IP assets.
import {h} from '../dom.js';
import {t, label, localized, formatDate, formatNumber} from '../i18n.js';
import {request, get, del} from '../api.js';
import {hasRole} from '../session.js';
import {allInstitutions, institutionName, peopleOf, personName} from '../refdata.js';
import {pageHeader, details, table, section, buttonLink, button, langCell, takeFlash, statusMessage} from '../ui.js';
import {transferSection} from './transfers.js';
import {grantSection} from './grants.js';

export async function render({params, rerender}) {
  const [{data: p, etag}, institutions, assets] = await Promise.all([
    request(`projects/${params.id}`), allInstitutions(), get('ip-assets', {projectId: params.id, size: 100})]);
  // goods and data crossing the boundary, and the project's capital per side of it
  const [transfers, grants] = await Promise.all([transferSection(p, rerender), grantSection(p, rerender)]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const people = new Map((await peopleOf(p.participants.map(x => x.institutionId))).map(x => [x.id, x]));
  const canWrite = hasRole('TTO', 'ADMIN');
  const title = localized(p.title);
  const abstract = localized(p.abstract);
  const message = h('div', {});

  const staffColumns = [
    {label: t('staff.person'), cell: s => (people.get(s.personId) ? personName(people.get(s.personId)) : `#${s.personId}`)},
    {label: t('staff.role'), cell: s => label('staffRole', s.role)},
    {label: t('staff.fte'), cell: s => `${s.ftePercent} %`},
    {label: t('staff.park'), cell: s => label('park', s.park)},
    {label: t('common.dates'), cell: s => `${formatDate(s.startDate)} – ${formatDate(s.endDate)}`},
    {label: t('staff.whiteList'), cell: s => (s.whiteList ? `${label('whiteListStatus', s.whiteList.status)} ${formatDate(s.whiteList.validUntil)}` : '—')},
  ];
  if (canWrite) {
    staffColumns.push({label: t('common.actions'), header: false, cell: s => h('span', {class: 'row-actions'},
      h('a', {href: `#/projects/${p.id}/staff/${s.id}`}, t('common.edit')),
      button(t('common.remove'), async () => {
        if (!confirm(t('staff.confirmRemove'))) {
          return;
        }
        try {
          const {etag: lineTag} = await request(`projects/${p.id}/staffing/${s.id}`);
          await del(`projects/${p.id}/staffing/${s.id}`, lineTag);
          rerender();
        } catch (e) {
          message.replaceChildren(statusMessage(e.message, 'error'));
        }
      }, {class: 'link-button'}))});
  }

  return h('div', {},
    takeFlash(),
    pageHeader(title.text ? [h('span', {lang: title.lang}, title.text)] : p.code,
      canWrite ? buttonLink(`#/projects/${p.id}/edit`, t('common.edit')) : null,
      canWrite ? buttonLink(`#/ip-assets/new?projectId=${p.id}`, t('ipAsset.new'), {class: 'button primary'}) : null,
      canWrite ? button(t('common.delete'), async () => {
        if (!confirm(t('project.confirmDelete'))) {
          return;
        }
        try {
          await del(`projects/${p.id}`, etag);
          location.hash = '#/projects';
        } catch (e) {
          message.replaceChildren(statusMessage(e.message, 'error'));
        }
      }, {class: 'danger'}) : null),
    message,
    section(t('project.about'), details([
      [t('project.code'), p.code],
      [t('project.status'), label('projectStatus', p.status)],
      [t('project.site'), label('site', p.site)],
      [t('project.sectors'), p.sectors.map(s => label('sector', s)).join(', ')],
      [t('common.dates'), `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`],
      [t('project.confidentiality'), label('confidentiality', p.confidentiality)],
      [t('project.keywords'), (p.keywords || []).join(', ')],
      [t('project.abstract'), abstract.text ? langCell(abstract) : null],
    ])),
    section(t('project.participants'), table([
      {label: t('participant.institution'), cell: x => institutionName(byId.get(x.institutionId)) || `#${x.institutionId}`},
      {label: t('participant.role'), cell: x => label('participantRole', x.role)},
    ], p.participants, {caption: t('project.participants')})),
    p.funding ? section(t('project.funding'), table([
      {label: t('funding.funder'), cell: f => f.funder},
      {label: t('funding.programme'), cell: f => f.programme || '—'},
      {label: t('funding.awardId'), cell: f => f.awardId || '—'},
      {label: t('funding.amount'), class: 'number', cell: f => `${f.currency} ${formatNumber(f.amount, {minimumFractionDigits: 2})}`},
    ], p.funding, {caption: t('project.funding')})) : null,
    grants,
    transfers,
    p.staffing ? section(t('project.staff'),
      canWrite ? h('p', {}, buttonLink(`#/projects/${p.id}/staff/new`, t('staff.add'))) : null,
      table(staffColumns, p.staffing, {caption: t('project.staff')})) : null,
    section(t('ipAssets.title'), table([
      {label: t('ipAsset.title'), cell: a => h('a', {href: `#/ip-assets/${a.id}`, lang: localized(a.title).lang}, localized(a.title).text)},
      {label: t('ipAsset.type'), cell: a => label('assetType', a.type)},
      {label: t('ipAsset.licensing'), cell: a => label('licensing', a.licensing)},
      {label: t('ipAsset.readiness'), cell: a => String(a.readinessLevel)},
    ], assets.items, {caption: t('ipAssets.title'), emptyText: t('ipAssets.none')})));
}
