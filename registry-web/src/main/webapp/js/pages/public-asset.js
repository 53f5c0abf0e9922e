// An IP asset's public page: only what may be shown to investors.
import {h} from '../dom.js';
import {t, label, localized} from '../i18n.js';
import {get} from '../api.js';
import {allInstitutions, institutionName} from '../refdata.js';
import {pageHeader, details, section, langCell, badge} from '../ui.js';
import {filingTable} from './ip-asset-view.js';
import {hasRole} from '../session.js';

export async function render({params}) {
  const a = await get(`ip-assets/${params.id}`);
  const [project, institutions] = await Promise.all([get(`projects/${a.projectId}`).catch(() => null), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const title = localized(a.title);
  return h('article', {class: 'public-asset'},
    pageHeader(h('span', {lang: title.lang}, title.text)),
    h('p', {}, badge(label('licensing', a.licensing), `licensing-${a.licensing.toLowerCase()}`), ' ',
      badge(label('assetType', a.type)), ' ', badge(t('ipAsset.trl', {n: a.readinessLevel}))),
    section(t('ipAsset.publicSummary'), h('p', {class: 'summary'}, a.publicSummary || t('ipAsset.noSummary'))),
    section(t('ipAsset.about'), details([
      [t('ipAsset.type'), label('assetType', a.type)],
      [t('ipAsset.readiness'), String(a.readinessLevel)],
      [t('ipAsset.licensing'), label('licensing', a.licensing)],
      [t('ipAsset.project'), project ? [`${project.code} — `, langCell(localized(project.title))] : null],
      [t('project.sectors'), project ? project.sectors.map(s => label('sector', s)).join(', ') : null],
      [t('project.participants'), project ? h('ul', {}, project.participants.map(x =>
        h('li', {}, `${institutionName(byId.get(x.institutionId))} (${label('participantRole', x.role)})`))) : null],
    ])),
    section(t('ipAsset.filings'), filingTable(a.filings)),
    hasRole('INVESTOR') ? h('p', {}, h('a', {href: `#/catalogue/${a.id}/enquire`, class: 'button primary', id: 'enquire'}, t('enquiry.enquire'))) : null,
    h('p', {}, h('a', {href: '#/catalogue'}, t('catalogue.back'))));
}
