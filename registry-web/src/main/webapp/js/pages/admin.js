// The administrator's start page: institutions, accounts, the audit log and the search index.
import {h} from '../dom.js';
import {t, formatNumber, formatDateTime} from '../i18n.js';
import {get, post} from '../api.js';
import {features} from '../features.js';
import {pageHeader, section, statusMessage, details, button} from '../ui.js';

function indexState(status) {
  return details([
    [t('admin.indexStatus'), status.status],
    [t('admin.indexDocuments'), formatNumber(status.documents)],
    [t('admin.indexPending'), formatNumber(status.pendingChanges)],
    [t('admin.indexRebuilding'), status.rebuilding
      ? t('admin.indexProgress', {done: formatNumber(status.progress?.done || 0), total: formatNumber(status.progress?.total || 0)})
      : t('common.no')],
    [t('admin.indexLastRebuild'), status.lastRebuild
      ? `${status.lastRebuild.reason} — ${formatDateTime(status.lastRebuild.started)}${status.lastRebuild.finished ? ` → ${formatDateTime(status.lastRebuild.finished)}` : ''}`
      : null],
  ]);
}

export async function render({rerender}) {
  const f = await features();
  const [institutions, accounts] = await Promise.all([get('institutions', {size: 1}), get('accounts', {size: 1})]);
  const index = f.searchAdmin ? await get('admin/search/status') : null;
  const indexHolder = h('div', {'aria-live': 'polite'}, index ? indexState(index) : null);
  return h('div', {},
    pageHeader(t('admin.title')),
    h('ul', {class: 'admin-links'},
      h('li', {}, h('a', {href: '#/admin/institutions'}, t('admin.institutions')), ' ', t('admin.count', {n: formatNumber(institutions.total)})),
      h('li', {}, h('a', {href: '#/admin/accounts'}, t('admin.accounts')), ' ', t('admin.count', {n: formatNumber(accounts.total)})),
      h('li', {}, h('a', {href: '#/admin/audit'}, t('admin.audit'))),
      f.frameworks ? h('li', {}, h('a', {href: '#/admin/frameworks'}, t('admin.frameworks'))) : null),
    f.searchAdmin ? section(t('admin.searchIndex'), indexHolder,
      button(t('admin.reindex'), async () => {
        try {
          const {data} = await post('admin/search/reindex');
          indexHolder.replaceChildren(statusMessage(t('admin.reindexStarted'), 'success'), indexState(data));
        } catch (e) {
          indexHolder.replaceChildren(statusMessage(e.message, 'error'));
        }
      }, {class: 'primary', id: 'reindex'}),
      button(t('admin.refresh'), () => rerender(), {class: 'secondary'})) : null);
}
