// A technology-transfer office's start page: its institution's projects and IP assets, and what to do next.
import {h} from '../dom.js';
import {t, label, localized, formatNumber, formatDate, tagOf} from '../i18n.js';
import {get} from '../api.js';
import {current, currentInstitution} from '../session.js';
import {features} from '../features.js';
import {pageHeader, section, table, buttonLink, button, langCell, takeFlash} from '../ui.js';
import {saveFile} from '../files.js';

async function institutionAssets(inst) {
  if ((await features()).search && inst) {
    const r = await get('search', {type: 'ip-asset', institution: inst.shortName, sort: 'newest', size: 10, lang: document.documentElement.lang});
    return {total: r.total.value, rows: r.hits.map(x => ({id: x.id, title: {text: x.title, lang: tagOf(x.titleLanguage)}}))};
  }
  return null;
}

export async function render() {
  const me = current();
  const inst = currentInstitution();
  const params = me.institutionId ? {institutionId: me.institutionId} : {};
  const [projects, active, assets] = await Promise.all([
    get('projects', {...params, sort: '-created', size: 8}),
    get('projects', {...params, status: 'ACTIVE', size: 1}),
    institutionAssets(inst)]);
  const name = inst ? localized(inst.name) : null;
  return h('div', {},
    takeFlash(),
    pageHeader(t('dashboard.title')),
    inst ? h('p', {class: 'lead'}, t('dashboard.actingFor'), ' ', h('strong', {lang: name.lang}, `${inst.shortName} — ${name.text}`)) : null,
    h('ul', {class: 'stat-cards'},
      h('li', {}, h('span', {class: 'stat-number'}, formatNumber(projects.total)), h('span', {}, t('dashboard.projects'))),
      h('li', {}, h('span', {class: 'stat-number'}, formatNumber(active.total)), h('span', {}, t('dashboard.activeProjects'))),
      assets ? h('li', {}, h('span', {class: 'stat-number'}, formatNumber(assets.total)), h('span', {}, t('dashboard.ipAssets'))) : null),
    h('div', {class: 'quick-actions'},
      buttonLink('#/projects/new', t('projects.new'), {class: 'button primary'}),
      buttonLink('#/people/new', t('people.new')),
      buttonLink('#/ip-assets/new', t('ipAsset.new')),
      (await features()).import ? buttonLink('#/import', t('import.title')) : null,
      (await features()).exports && inst ? button(t('dashboard.backup'), () => saveFile(`exports/institution/${inst.id}`,
        `${inst.shortName}-backup.jsonl`, 'application/x-ndjson'), {class: 'secondary'}) : null,
      buttonLink('#/statistics', t('nav.statistics'))),
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
