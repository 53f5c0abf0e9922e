// One IP asset as its offices, legal teams and administrators see it.
import {h} from '../dom.js';
import {t, label, localized, publicText, formatDate, percent} from '../i18n.js';
import {request, get, del} from '../api.js';
import {hasRole} from '../session.js';
import {allInstitutions, institutionName, peopleOf, personName} from '../refdata.js';
import {pageHeader, details, table, section, buttonLink, button, langCell, takeFlash, statusMessage} from '../ui.js';
import {deadlineTable} from './deadlines.js';
import {recordalsOf, recordalWarnings} from './recordals.js';

export function filingTable(filings) {
  return table([
    {label: t('filing.jurisdiction'), class: 'nowrap', cell: f => label('filingJurisdiction', f.jurisdiction)},
    {label: t('filing.applicationNumber'), class: 'nowrap', cell: f => f.applicationNumber},
    {label: t('filing.status'), cell: f => label('filingStatus', f.status)},
    {label: t('filing.filingDate'), class: 'nowrap', cell: f => formatDate(f.filingDate) || '—'},
    {label: t('filing.grantNumber'), cell: f => f.grantNumber || '—'},
    {label: t('filing.grantDate'), class: 'nowrap', cell: f => formatDate(f.grantDate) || '—'},
  ], filings, {caption: t('ipAsset.filings'), emptyText: t('filing.none')});
}

/** The IP status the filings give, in words: "granted in CN, HK; pending in US" or "no filing". */
export function ipStatusText(s) {
  if (!s) {
    return '';
  }
  const names = list => list.map(j => label('filingJurisdiction', j)).join(', ');
  const parts = [['granted', s.granted], ['pending', s.pending], ['planned', s.planned]]
    .filter(([, list]) => list && list.length).map(([kind, list]) => t(`ipStatus.${kind}`, {list: names(list)}));
  return parts.length ? parts.join(t('ipStatus.separator')) : t('ipStatus.none');
}

/** The development stage: the technology readiness level and what it means. */
export function stageText(level) {
  return t('ipAsset.stage', {n: level, description: t(`trl.${level}`)});
}

/** A public text (summary, problem, advantages, applications) in the reader's language, else English, else the other Chinese. */
export function publicParagraph(text, className) {
  const p = publicText(text);
  return p.text ? h('p', {class: className || null, lang: p.lang}, p.text) : null;
}

/** The investor-facing fields, each shown only when present: problem solved, advantages, applications and market. */
export function investorDetails(a) {
  return [
    [t('ipAsset.problemSolved'), publicParagraph(a.problemSolved)],
    [t('ipAsset.advantages'), publicParagraph(a.advantages)],
    [t('ipAsset.applications'), publicParagraph(a.applications)],
  ];
}

/** An institution's public licensing contact: office, e-mail, telephone, web page. */
export function contactCard(c) {
  if (!c) {
    return h('p', {class: 'hint'}, t('contact.none'));
  }
  return h('dl', {class: 'details contact'}, [
    c.office ? [h('dt', {}, t('contact.office')), h('dd', {}, c.office)] : null,
    c.email ? [h('dt', {}, t('contact.email')), h('dd', {}, h('a', {href: `mailto:${c.email}`}, c.email))] : null,
    c.phone ? [h('dt', {}, t('contact.phone')), h('dd', {}, h('a', {href: `tel:${c.phone.replace(/[^0-9+]/g, '')}`}, c.phone))] : null,
    c.webPage ? [h('dt', {}, t('contact.webPage')), h('dd', {}, h('a', {href: c.webPage, rel: 'noopener noreferrer', target: '_blank'}, c.webPage))] : null,
  ].filter(Boolean));
}

export async function render({params, rerender}) {
  const {data: a, etag} = await request(`ip-assets/${params.id}`);
  const deadlines = await get(`ip-assets/${a.id}/deadlines`).catch(() => null);
  const deadlineStatus = h('div', {'aria-live': 'polite'});
  const [project, ownership, institutions, recordals] = await Promise.all([
    get(`projects/${a.projectId}`), get(`ip-assets/${a.id}/ownership`).catch(() => null), allInstitutions(),
    recordalsOf({ipAssetId: a.id}).catch(() => [])]);
  const recordalWarningList = recordalWarnings(recordals);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const people = new Map((await peopleOf(project.participants.map(x => x.institutionId))).map(p => [p.id, p]));
  const title = localized(a.title);
  const abstract = localized(a.abstract);
  const canWrite = hasRole('TTO', 'ADMIN');
  const message = h('div');
  return h('div', {},
    takeFlash(),
    pageHeader(h('span', {lang: title.lang}, title.text),
      canWrite ? buttonLink(`#/ip-assets/${a.id}/edit`, t('common.edit')) : null,
      buttonLink(`#/ip-assets/${a.id}/ownership`, t('ownership.title'), {class: 'button primary'}),
      hasRole('LEGAL', 'ADMIN')
        ? buttonLink(`#/agreements/new?ipAssetId=${a.id}`, t('agreement.new'), {class: 'button'}) : null,
      buttonLink(`#/agreements?ipAssetId=${a.id}`, t('agreements.ofAsset'), {class: 'button secondary'}),
      canWrite ? button(t('common.delete'), async () => {
        if (!confirm(t('ipAsset.confirmDelete'))) {
          return;
        }
        try {
          await del(`ip-assets/${a.id}`, etag);
          location.hash = `#/projects/${a.projectId}`;
        } catch (e) {
          message.replaceChildren(statusMessage(e.message, 'error'));
        }
      }, {class: 'danger'}) : null),
    message,
    section(t('ipAsset.about'), details([
      [t('ipAsset.project'), h('a', {href: `#/projects/${project.id}`}, `${project.code} — `,
        h('span', {lang: localized(project.title).lang}, localized(project.title).text))],
      [t('ipAsset.type'), label('assetType', a.type)],
      [t('ipAsset.developmentStage'), stageText(a.readinessLevel)],
      [t('ipAsset.ipStatus'), h('span', {class: 'ip-status'}, ipStatusText(a.ipStatus))],
      [t('ipAsset.licensing'), label('licensing', a.licensing)],
      [t('project.confidentiality'), label('confidentiality', a.confidentiality)],
      [t('ipAsset.abstract'), abstract.text ? langCell(abstract) : null],
      [t('ipAsset.publicSummary'), publicParagraph(a.publicSummary, 'summary')],
      ...investorDetails(a),
      [t('ipAsset.publicPage'), a.confidentiality === 'PUBLIC' ? h('a', {href: `#/catalogue/${a.id}`}, t('ipAsset.publicPageLink')) : null],
    ])),
    section(t('ipAsset.filings'), filingTable(a.filings)),
    deadlines ? section(t('deadline.ofAsset'), deadlineStatus, deadlineTable(deadlines, {withAsset: false, rerender, status: deadlineStatus})) : null,
    a.inventors ? section(t('ipAsset.inventors'), table([
      {label: t('inventor.person'), cell: i => (people.get(i.personId) ? personName(people.get(i.personId)) : `#${i.personId}`)},
      {label: t('shares.bp'), class: 'number', cell: i => String(i.shareBp)},
      {label: t('shares.percent'), class: 'number', cell: i => percent(i.shareBp)},
    ], a.inventors, {caption: t('ipAsset.inventors'), emptyText: t('inventor.none')})) : null,
    ownership ? section(t('ownership.current'), ownership.current
      ? [h('p', {}, t('ownership.since', {date: formatDate(ownership.current.effectiveFrom), version: ownership.current.version})),
        table([
          {label: t('participant.institution'), cell: s => institutionName(byId.get(s.institutionId)) || `#${s.institutionId}`},
          {label: t('shares.bp'), class: 'number', cell: s => String(s.shareBp)},
          {label: t('shares.percent'), class: 'number', cell: s => s.percent},
          {label: t('contact.title'), cell: s => contactCard(byId.get(s.institutionId)?.publicContact)},
        ], ownership.current.shares, {caption: t('ownership.current')})]
      : h('p', {}, ownership.scheduled.length ? t('ownership.noneYet') : t('ownership.none'))) : null,
    recordalWarningList ? section(t('recordal.assetWarnings'), recordalWarningList,
      h('p', {}, h('a', {href: `#/ip-assets/${a.id}/ownership`}, t('ownership.title')))) : null,
    ownership && ownership.scheduled.length ? section(t('ownership.scheduled'), ownership.scheduled.map(v =>
      h('p', {}, t('ownership.scheduledOn', {date: formatDate(v.effectiveFrom), version: v.version}), ' ',
        h('a', {href: `#/ip-assets/${a.id}/ownership`}, t('ownership.title'))))) : null);
}
