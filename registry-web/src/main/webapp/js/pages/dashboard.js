// A technology-transfer office's start page: its institution's projects and IP assets, and what to do next.
import {h} from '../dom.js';
import {t, label, localized, formatNumber, formatDate, formatDateTime, tagOf, languageTag, percent} from '../i18n.js';
import {get} from '../api.js';
import {current, currentInstitution, hasRole} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {pageHeader, section, table, buttonLink, button, langCell, takeFlash} from '../ui.js';
import {saveFile} from '../files.js';

async function institutionAssets(inst) {
  if (inst) {
    const r = await get('search', {type: 'ip-asset', institution: inst.shortName, sort: 'newest', size: 10, lang: document.documentElement.lang});
    return {total: r.total.value, rows: r.hits.map(x => ({id: x.id, title: {text: x.title, lang: tagOf(x.titleLanguage)}}))};
  }
  return null;
}

/** The open ownership proposals awaiting this office's approval, each with its asset and the asset's project. */
async function awaitingApproval() {
  if (!hasRole('TTO')) {
    return null;
  }
  const [proposals, institutions] = await Promise.all([get('ownership-proposals'), allInstitutions()]);
  const assets = new Map(await Promise.all([...new Set(proposals.map(p => p.ipAssetId))].map(async id => [id, await get(`ip-assets/${id}`)])));
  const projects = new Map(await Promise.all([...new Set([...assets.values()].map(a => a.projectId))]
    .map(async id => [id, await get(`projects/${id}`).catch(() => null)])));
  const shortName = id => institutions.find(i => i.id === id)?.shortName || `#${id}`;
  return proposals.map(p => {
    const asset = assets.get(p.ipAssetId);
    return {...p, asset, project: projects.get(asset.projectId),
      owners: p.shares.map(s => `${shortName(s.institutionId)} ${percent(s.shareBp)}`).join(', ')};
  });
}

/** "3 days ago", "yesterday", "today" in the interface language. */
function age(iso) {
  const days = Math.floor((Date.now() - new Date(iso).getTime()) / 86400000);
  return new Intl.RelativeTimeFormat(languageTag(), {numeric: 'auto'}).format(-days, 'day');
}

export async function render() {
  const me = current();
  const inst = currentInstitution();
  const params = me.institutionId ? {institutionId: me.institutionId} : {};
  const [projects, active, assets, awaiting, inbox] = await Promise.all([
    get('projects', {...params, sort: '-created', size: 8}),
    get('projects', {...params, status: 'ACTIVE', size: 1}),
    institutionAssets(inst), awaitingApproval(), get('inbox/unread-count').catch(() => null)]);
  const name = inst ? localized(inst.name) : null;
  return h('div', {},
    takeFlash(),
    pageHeader(t('dashboard.title'), inst ? buttonLink(`#/institutions/${inst.id}/contact`, t('contact.edit'), {class: 'button secondary'}) : null),
    inst ? h('p', {class: 'lead'}, t('dashboard.actingFor'), ' ', h('strong', {lang: name.lang}, `${inst.shortName} — ${name.text}`)) : null,
    h('ul', {class: 'stat-cards'},
      inbox ? h('li', {'data-testid': 'inbox-unread-card'}, h('span', {class: 'stat-number'}, formatNumber(inbox.unread)),
        h('a', {href: '#/inbox?unread=true'}, t('dashboard.inboxUnread'))) : null,
      awaiting ? h('li', {}, h('span', {class: 'stat-number'}, formatNumber(awaiting.length)), h('span', {}, t('dashboard.awaitingCount'))) : null,
      h('li', {}, h('span', {class: 'stat-number'}, formatNumber(projects.total)), h('span', {}, t('dashboard.projects'))),
      h('li', {}, h('span', {class: 'stat-number'}, formatNumber(active.total)), h('span', {}, t('dashboard.activeProjects'))),
      assets ? h('li', {}, h('span', {class: 'stat-number'}, formatNumber(assets.total)), h('span', {}, t('dashboard.ipAssets'))) : null),
    h('div', {class: 'quick-actions'},
      buttonLink('#/projects/new', t('projects.new'), {class: 'button primary'}),
      buttonLink('#/people/new', t('people.new')),
      buttonLink('#/ip-assets/new', t('ipAsset.new')),
      buttonLink('#/import', t('import.title')),
      inst ? button(t('dashboard.backup'), () => saveFile(`exports/institution/${inst.id}`,
        `${inst.shortName}-backup.jsonl`, 'application/x-ndjson'), {class: 'secondary'}) : null,
      buttonLink('#/statistics', t('nav.statistics'))),
    awaiting ? section(t('dashboard.awaiting'), table([
      {label: t('ipAsset.title'), cell: p => h('a', {href: `#/ip-assets/${p.asset.id}/ownership`, lang: localized(p.asset.title).lang},
        localized(p.asset.title).text)},
      {label: t('ipAsset.project'), cell: p => p.project?.code || '—'},
      {label: t('dashboard.proposedBy'), cell: p => p.proposedBy},
      {label: t('dashboard.proposedShares'), cell: p => p.owners},
      {label: t('dashboard.age'), cell: p => h('time', {datetime: p.proposedAt, title: formatDateTime(p.proposedAt)}, age(p.proposedAt))},
    ], awaiting, {caption: t('dashboard.awaiting'), emptyText: t('dashboard.awaitingNone')})) : null,
    section(t('dashboard.recentProjects'), table([
      {label: t('project.code'), cell: p => h('a', {href: `#/projects/${p.id}`}, p.code)},
      {label: t('project.title'), cell: p => langCell(localized(p.title))},
      {label: t('project.status'), cell: p => label('projectStatus', p.status)},
      {label: t('common.startDate'), cell: p => formatDate(p.startDate)},
    ], projects.items, {caption: t('dashboard.recentProjects'), emptyText: t('projects.none')}),
    h('p', {}, h('a', {href: `#/projects?institutionId=${me.institutionId || ''}`}, t('dashboard.allProjects')))),
    assets ? section(t('dashboard.recentAssets'), table([
      {label: t('ipAsset.title'), cell: a => h('a', {href: `#/ip-assets/${a.id}`, lang: a.title.lang}, a.title.text)},
    ], assets.rows, {caption: t('dashboard.recentAssets'), emptyText: t('ipAssets.none')})) : null);
}
