// An IP asset's public page: only what may be shown to investors, open without sign-in at a
// shareable address (#/catalogue/{id}?lang=...), with the institutions that own it.
import {h} from '../dom.js';
import {t, label, localized, language, setLanguage, LANGUAGES} from '../i18n.js';
import {get} from '../api.js';
import {current} from '../session.js';
import {allInstitutions, institutionName} from '../refdata.js';
import {pageHeader, details, section, langCell, badge} from '../ui.js';
import {filingTable, ipStatusText, stageText, publicParagraph, investorDetails, contactCard} from './ip-asset-view.js';
import {hasRole} from '../session.js';
import {visitorEnquiriesOpen} from './visitor.js';

let followedHash = null;
const CATALOGUE_ADDRESS = 'hetao.catalogue.address';

/** Remembers the catalogue's address (its query, filters and page) for the asset pages' way back. */
export function rememberCatalogueAddress(hash) {
  try {
    sessionStorage.setItem(CATALOGUE_ADDRESS, hash);
  } catch (e) {
    // storage refused (private mode): the way back is the plain catalogue
  }
}

/** The catalogue as last seen in this tab, else the plain catalogue. */
function catalogueAddress() {
  try {
    const hash = sessionStorage.getItem(CATALOGUE_ADDRESS);
    return hash && hash.startsWith('#/catalogue') ? hash : '#/catalogue';
  } catch (e) {
    return '#/catalogue';
  }
}

/**
 * A shared address names its language (?lang=en|zh-Hant|zh-Hans): the reader gets the page in it,
 * once when the address is opened; a language chosen afterwards on the same page stays chosen.
 */
export function followLanguageOf(query) {
  if (followedHash === location.hash) {
    return;
  }
  followedHash = location.hash;
  if (query.lang && query.lang !== language() && LANGUAGES.some(l => l.code === query.lang)) {
    setLanguage(query.lang);
  }
}

/** The page's address to share: this asset, in the reader's language. */
export function shareableUrl(id) {
  return `${location.origin}${location.pathname}#/catalogue/${id}?lang=${language()}`;
}

function shareBox(id) {
  const url = shareableUrl(id);
  const status = h('span', {class: 'hint', role: 'status', id: 'share-status'});
  return section(t('catalogue.share'), h('div', {class: 'share'},
    h('label', {for: 'share-url'}, t('catalogue.shareLabel')),
    h('div', {class: 'search-row'},
      h('input', {type: 'url', id: 'share-url', readonly: true, value: url, onfocus: e => e.target.select()}),
      h('button', {type: 'button', class: 'secondary', id: 'share-copy', onclick: async () => {
        try {
          await navigator.clipboard.writeText(url);
          status.textContent = t('catalogue.copied');
        } catch (e) {
          document.getElementById('share-url').select();
          status.textContent = t('catalogue.copyByHand');
        }
      }}, t('catalogue.copy'))),
    status));
}

function ownerList(owners) {
  if (!owners || !owners.length) {
    return h('p', {class: 'empty'}, t('catalogue.noOwners'));
  }
  return h('ul', {class: 'owners'}, owners.map(o => {
    const name = localized(o.name);
    return h('li', {'data-institution': o.shortName}, h('span', {lang: name.lang}, `${o.shortName} — ${name.text}`),
      o.contact ? [h('h3', {class: 'contact-heading'}, t('contact.title')), contactCard(o.contact)] : null);
  }));
}

export async function render({params, query}) {
  followLanguageOf(query);
  const signedIn = Boolean(current());
  const pub = await get(`public/ip-assets/${params.id}`).catch(e => {
    if (signedIn) {
      return null; // the catalogue may be closed or the asset not public: the signed-in view below still shows what the account may read
    }
    throw e;
  });
  const a = signedIn ? await get(`ip-assets/${params.id}`) : pub;
  const [project, institutions] = signedIn
    ? await Promise.all([get(`projects/${a.projectId}`).catch(() => null), allInstitutions()]) : [null, []];
  const byId = new Map(institutions.map(i => [i.id, i]));
  const visitorMayEnquire = !signedIn && pub ? await visitorEnquiriesOpen() : false;
  const title = localized(a.title);
  return h('article', {class: 'public-asset'},
    pageHeader(h('span', {lang: title.lang}, title.text)),
    h('p', {}, badge(label('licensing', a.licensing), `licensing-${a.licensing.toLowerCase()}`), ' ',
      badge(label('assetType', a.type)), ' ', badge(t('ipAsset.trl', {n: a.readinessLevel}))),
    section(t('ipAsset.publicSummary'), publicParagraph(a.publicSummary, 'summary') || h('p', {class: 'summary'}, t('ipAsset.noSummary'))),
    section(t('ipAsset.forInvestors'), details([
      ...investorDetails(a),
      [t('ipAsset.developmentStage'), stageText(a.readinessLevel)],
      [t('ipAsset.ipStatus'), h('span', {class: 'ip-status'}, ipStatusText(a.ipStatus))],
    ])),
    section(t('ipAsset.about'), details([
      [t('ipAsset.type'), label('assetType', a.type)],
      [t('ipAsset.licensing'), label('licensing', a.licensing)],
      [t('ipAsset.project'), project ? [`${project.code} — `, langCell(localized(project.title))] : null],
      [t('project.sectors'), project ? project.sectors.map(s => label('sector', s)).join(', ') : null],
      [t('project.participants'), project ? h('ul', {}, project.participants.map(x =>
        h('li', {}, `${institutionName(byId.get(x.institutionId))} (${label('participantRole', x.role)})`))) : null],
    ])),
    pub ? section(t('catalogue.owners'), ownerList(pub.owners)) : null,
    section(t('ipAsset.filings'), filingTable(a.filings)),
    hasRole('INVESTOR') ? h('p', {}, h('a', {href: `#/catalogue/${a.id}/enquire`, class: 'button primary', id: 'enquire'}, t('enquiry.enquire'))) : null,
    visitorMayEnquire ? h('p', {}, h('a', {href: `#/catalogue/${a.id}/visitor-enquiry`, class: 'button primary', id: 'visitor-enquire'},
      t('visitor.enquire'))) : null,
    pub ? shareBox(a.id) : null,
    h('p', {}, h('a', {href: catalogueAddress(), id: 'back-to-catalogue'}, t('catalogue.back'))),
    signedIn ? null : h('p', {class: 'hint'}, t('catalogue.signInForMore'), ' ', h('a', {href: '#/sign-in'}, t('signIn.title'))));
}
