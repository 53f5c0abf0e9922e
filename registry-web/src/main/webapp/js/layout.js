// The page frame: brand, main navigation for the signed-in role, language choice, who is signed in.
import {h} from './dom.js';
import {LANGUAGES, language, setLanguage, t, localized, label} from './i18n.js';
import {current, currentInstitution, signOut} from './session.js';
import {forgetReferenceData} from './refdata.js';
import {get} from './api.js';
import {navigate} from './router.js';

const NAV = [
  {href: '#/dashboard', key: 'nav.dashboard', roles: ['TTO']},
  {href: '#/inbox', key: 'nav.inbox', roles: ['TTO', 'ADMIN'], unread: true},
  {href: '#/deadlines', key: 'nav.deadlines', roles: ['TTO', 'LEGAL', 'ADMIN']},
  {href: '#/enquiries', key: 'nav.enquiries', roles: ['INVESTOR', 'TTO', 'ADMIN']},
  {href: '#/catalogue', key: 'nav.catalogue', roles: ['INVESTOR', 'TTO', 'LEGAL', 'ADMIN']},
  {href: '#/projects', key: 'nav.projects', roles: ['TTO', 'LEGAL', 'ADMIN']},
  {href: '#/people', key: 'nav.people', roles: ['TTO', 'LEGAL', 'ADMIN']},
  {href: '#/crossings', key: 'nav.crossings', roles: ['TTO', 'LEGAL', 'ADMIN']},
  {href: '#/transfers', key: 'nav.transfers', roles: ['TTO', 'LEGAL', 'ADMIN']},
  {href: '#/ip-assets', key: 'nav.ipAssets', roles: ['TTO', 'LEGAL', 'ADMIN']},
  {href: '#/agreements', key: 'nav.agreements', roles: ['LEGAL', 'ADMIN', 'TTO']},
  {href: '#/admin/frameworks', key: 'nav.frameworks', roles: ['LEGAL']},
  {href: '#/import', key: 'nav.import', roles: ['TTO', 'ADMIN']},
  {href: '#/saved-searches', key: 'nav.savedSearches', roles: ['INVESTOR', 'TTO', 'LEGAL', 'ADMIN']},
  {href: '#/statistics', key: 'nav.statistics', roles: ['INVESTOR', 'TTO', 'LEGAL', 'ADMIN']},
  {href: '#/admin', key: 'nav.admin', roles: ['ADMIN']},
];

export function renderHeader() {
  const header = document.getElementById('site-header');
  const me = current();
  const nav = me ? h('nav', {class: 'main-nav', 'aria-label': t('nav.label')},
    h('ul', {}, NAV.filter(n => n.roles.includes(me.role))
      .map(n => h('li', {}, h('a', {href: n.href, 'data-nav': n.href}, t(n.key),
        n.unread ? h('span', {class: 'nav-count', id: 'inbox-unread', hidden: true}) : null))))) : null;
  const languageId = 'language-choice';
  const languageChoice = h('div', {class: 'language'},
    h('label', {for: languageId}, t('language.label')),
    h('select', {id: languageId, onchange: e => setLanguage(e.target.value)},
      LANGUAGES.map(l => h('option', {value: l.code, lang: l.tag, selected: l.code === language()}, l.name))));
  const inst = currentInstitution();
  const account = me ? h('div', {class: 'account'},
    h('span', {class: 'who', 'data-testid': 'who'}, h('strong', {}, me.username), ' · ', label('role', me.role),
      inst ? [' · ', h('span', {lang: localized(inst.name).lang}, `${inst.shortName} ${localized(inst.name).text}`)] : null),
    h('button', {type: 'button', class: 'secondary', id: 'sign-out', onclick: async () => {
      await signOut();
      forgetReferenceData();
      navigate('#/sign-in'); // drawn again also when the sign-in page is the one open
    }}, t('nav.signOut'))) : h('div', {class: 'account'},
    h('a', {href: '#/catalogue', id: 'public-catalogue-link'}, t('nav.catalogue')));
  header.replaceChildren(...[
    h('div', {class: 'header-top'},
      h('a', {class: 'brand', href: '#/'}, h('img', {src: 'img/logo.svg', alt: '', width: 28, height: 28}),
        h('span', {}, t('app.name'))),
      languageChoice, account),
    nav].filter(Boolean));
  markCurrent();
  refreshInboxBadge();
  document.getElementById('skip-link').textContent = t('nav.skip');
  document.getElementById('site-footer').replaceChildren(
    h('p', {}, t('footer.text'), ' ', h('a', {href: 'openapi'}, t('footer.api'))));
}

/** Shows the number of the account's unread inbox items next to "Inbox" (nothing when there are none). */
export async function refreshInboxBadge() {
  const me = current();
  const badge = document.getElementById('inbox-unread');
  if (!badge || !me || !['TTO', 'ADMIN'].includes(me.role)) {
    return;
  }
  try {
    const {unread} = await get('inbox/unread-count');
    badge.textContent = unread > 99 ? '99+' : String(unread);
    badge.hidden = unread === 0;
    badge.setAttribute('aria-label', t('inbox.unreadCount', {n: unread}));
  } catch (e) {
    badge.hidden = true;
  }
}

/** Marks the navigation link of the page shown with aria-current. */
export function markCurrent() {
  const hash = location.hash;
  document.querySelectorAll('.main-nav a').forEach(a => {
    const href = a.getAttribute('href');
    if (hash === href || hash.startsWith(`${href}/`) || hash.startsWith(`${href}?`)) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
}
