// Starts the UI: restores the session, draws the frame, registers the pages and follows the hash.
import {applyDocumentLanguage, onLanguageChange} from './i18n.js';
import {restore, onSessionChange, current} from './session.js';
import {renderHeader, markCurrent, refreshInboxBadge} from './layout.js';
import {route, render, start} from './router.js';
import {waitForDemoData} from './loading.js';
import * as signIn from './pages/sign-in.js';
import * as home from './pages/home.js';
import * as dashboard from './pages/dashboard.js';
import * as projects from './pages/projects.js';
import * as projectForm from './pages/project-form.js';
import * as projectView from './pages/project-view.js';
import * as staffForm from './pages/staff-form.js';
import * as people from './pages/people.js';
import * as crossings from './pages/crossings.js';
import * as transfers from './pages/transfers.js';
import * as assets from './pages/ip-assets.js';
import * as assetForm from './pages/ip-asset-form.js';
import * as assetView from './pages/ip-asset-view.js';
import * as ownership from './pages/ownership.js';
import * as catalogue from './pages/catalogue.js';
import * as publicAsset from './pages/public-asset.js';
import * as statistics from './pages/statistics.js';
import * as admin from './pages/admin.js';
import * as institutions from './pages/institutions.js';
import * as accounts from './pages/accounts.js';
import * as audit from './pages/audit.js';
import * as agreements from './pages/agreements.js';
import * as agreementForm from './pages/agreement-form.js';
import * as imports from './pages/imports.js';
import * as inbox from './pages/inbox.js';
import * as deadlines from './pages/deadlines.js';
import * as savedSearches from './pages/saved-searches.js';
import * as enquiries from './pages/enquiries.js';
import * as visitor from './pages/visitor.js';

const OFFICE = ['TTO', 'ADMIN'];
const INTERNAL = ['TTO', 'LEGAL', 'ADMIN'];
const EVERYONE = ['TTO', 'LEGAL', 'ADMIN', 'INVESTOR'];

route('/sign-in', signIn.render, {public: true});
route('/', home.render, {public: true});
route('/dashboard', dashboard.render, {roles: OFFICE});
route('/inbox', inbox.render, {roles: OFFICE});
route('/deadlines', deadlines.render, {roles: INTERNAL});
route('/projects', projects.render, {roles: INTERNAL});
route('/projects/new', projectForm.render, {roles: OFFICE});
route('/projects/:id', projectView.render, {roles: INTERNAL});
route('/projects/:id/edit', projectForm.render, {roles: OFFICE});
route('/projects/:id/staff/new', staffForm.render, {roles: OFFICE});
route('/projects/:id/staff/:staffId', staffForm.render, {roles: OFFICE});
route('/people', people.renderList, {roles: INTERNAL});
route('/people/new', people.renderForm, {roles: OFFICE});
route('/people/:id', people.renderForm, {roles: OFFICE});
route('/crossings', crossings.render, {roles: INTERNAL});
route('/transfers', transfers.render, {roles: INTERNAL});
route('/ip-assets', assets.render, {roles: INTERNAL});
route('/ip-assets/new', assetForm.render, {roles: OFFICE});
route('/ip-assets/:id', assetView.render, {roles: INTERNAL});
route('/ip-assets/:id/edit', assetForm.render, {roles: OFFICE});
route('/ip-assets/:id/ownership', ownership.render, {roles: INTERNAL});
// open without sign-in: the public catalogue and each asset's shareable page
route('/catalogue', catalogue.render, {public: true});
route('/catalogue/:id', publicAsset.render, {public: true});
route('/catalogue/:id/enquire', enquiries.renderNew, {roles: ['INVESTOR']});
route('/catalogue/:id/visitor-enquiry', visitor.renderAsk, {public: true});
route('/visitor/confirm/:token', visitor.renderConfirm, {public: true});
route('/visitor/enquiry/:token', visitor.renderThread, {public: true});
route('/digest/unsubscribe/:token', visitor.renderUnsubscribe, {public: true});
route('/enquiries', enquiries.renderList, {roles: ['INVESTOR', 'TTO', 'ADMIN']});
route('/enquiries/report', enquiries.renderReport, {roles: OFFICE});
route('/enquiries/:id', enquiries.render, {roles: ['INVESTOR', 'TTO', 'ADMIN']});
route('/statistics', statistics.render, {roles: EVERYONE});
route('/saved-searches', savedSearches.render, {roles: EVERYONE});
route('/saved-searches/:id', savedSearches.renderOne, {roles: EVERYONE});
route('/admin', admin.render, {roles: ['ADMIN']});
route('/admin/institutions', institutions.renderList, {roles: ['ADMIN']});
route('/admin/institutions/new', institutions.renderForm, {roles: ['ADMIN']});
route('/admin/institutions/:id', institutions.renderForm, {roles: ['ADMIN']});
route('/institutions/:id/contact', institutions.renderContact, {roles: ['ADMIN', 'TTO']});
route('/admin/accounts', accounts.renderList, {roles: ['ADMIN']});
route('/admin/accounts/new', accounts.renderForm, {roles: ['ADMIN']});
route('/admin/accounts/:id', accounts.renderForm, {roles: ['ADMIN']});
route('/admin/audit', audit.render, {roles: ['ADMIN']});
route('/admin/frameworks', agreements.renderFrameworks, {roles: ['ADMIN', 'LEGAL', 'TTO']});
route('/agreements', agreements.renderList, {roles: INTERNAL});
route('/agreements/new', agreementForm.render, {roles: ['LEGAL', 'ADMIN']});
route('/agreements/:id', agreements.render, {roles: INTERNAL});
route('/agreements/:id/edit', agreementForm.renderEdit, {roles: ['LEGAL', 'ADMIN']});
route('/import', imports.render, {roles: OFFICE});
route('/import/:id', imports.renderJob, {roles: OFFICE});

// Kept for the browser tests: any breach of the Content-Security-Policy is a bug.
document.addEventListener('securitypolicyviolation', e => {
  (window.__cspViolations ||= []).push(`${e.violatedDirective} ${e.blockedURI}`);
});

async function main() {
  applyDocumentLanguage();
  document.getElementById('skip-link').addEventListener('click', e => {
    e.preventDefault();
    document.getElementById('main').focus();
  });
  // a registry loading its demo data answers the API 503: show how far it is, then the sign-in page
  if (await waitForDemoData(document.getElementById('main')) && !location.hash.startsWith('#/sign-in')) {
    history.replaceState(null, '', '#/sign-in');
  }
  await restore();
  renderHeader();
  onSessionChange(() => renderHeader());
  onLanguageChange(() => {
    renderHeader();
    render({keep: true});
    document.getElementById('language-choice')?.focus();
  });
  window.addEventListener('hashchange', markCurrent);
  // charts are laid out for the screen's width: draw the statistics again when it crosses the phone breakpoint
  window.matchMedia('(max-width: 700px)').addEventListener('change', () => {
    if (location.hash.startsWith('#/statistics')) {
      render({keep: true});
    }
  });
  document.addEventListener('hetao:rendered', markCurrent);
  // the unread count follows what the account does on any page (an approval, an item opened)
  document.addEventListener('hetao:rendered', () => refreshInboxBadge());
  start();
  document.body.dataset.ready = current() ? 'signed-in' : 'signed-out';
}

main();
