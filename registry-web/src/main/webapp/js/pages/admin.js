// The administrator's start page: institutions, accounts, the audit log, the runtime settings and the search index.
import {h} from '../dom.js';
import {t, formatNumber, formatDateTime} from '../i18n.js';
import {get, post, request, put} from '../api.js';
import {form, selectField} from '../forms.js';
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

/** A runtime setting's choices: the configuration key's value, on, or off. */
function settingField(name, setting, model) {
  const configured = t(setting.configured ? 'admin.settingOn' : 'admin.settingOff');
  return selectField({label: t(`admin.${name}`), name, value: setting.set === null ? 'DEFAULT' : String(setting.set),
    hint: t('admin.settingHint', {key: setting.key, value: configured}),
    options: [
      {value: 'DEFAULT', label: t('admin.settingDefault', {value: configured})},
      {value: 'true', label: t('admin.settingOn')},
      {value: 'false', label: t('admin.settingOff')},
    ], onchange: v => { model[name] = v === 'DEFAULT' ? null : v === 'true'; }});
}

/** The settings that take effect without a restart: the public catalogue and public visitors' enquiries. */
function settingsSection(settings, rerender) {
  const s = settings.data;
  const model = {publicCatalogueEnabled: s.publicCatalogueEnabled.set, visitorEnquiriesEnabled: s.visitorEnquiriesEnabled.set};
  return section(t('admin.settings'),
    h('p', {}, t('admin.settingsLead')),
    details([
      [t('admin.publicCatalogueEnabled'), t(s.publicCatalogueEnabled.enabled ? 'admin.settingOn' : 'admin.settingOff')],
      [t('admin.visitorEnquiriesEnabled'), t(s.visitorEnquiriesEnabled.enabled ? 'admin.settingOn' : 'admin.settingOff')],
      [t('admin.settingsChanged'), s.updatedBy ? `${s.updatedBy} — ${formatDateTime(s.updatedAt)}` : null],
    ]),
    s.mailEnabled ? null : statusMessage(t('admin.settingsNeedMail'), 'info'),
    form({label: t('admin.settings'), submitLabel: t('common.save'), submit: async () => {
      await put('admin/settings', model, settings.etag);
      await rerender();
    }},
    settingField('publicCatalogueEnabled', s.publicCatalogueEnabled, model),
    settingField('visitorEnquiriesEnabled', s.visitorEnquiriesEnabled, model)));
}

export async function render({rerender}) {
  const [institutions, accounts] = await Promise.all([get('institutions', {size: 1}), get('accounts', {size: 1})]);
  const index = await get('admin/search/status');
  const settings = await request('admin/settings');
  const indexHolder = h('div', {'aria-live': 'polite'}, indexState(index));
  return h('div', {},
    pageHeader(t('admin.title')),
    h('ul', {class: 'admin-links'},
      h('li', {}, h('a', {href: '#/admin/institutions'}, t('admin.institutions')), ' ', t('admin.count', {n: formatNumber(institutions.total)})),
      h('li', {}, h('a', {href: '#/admin/accounts'}, t('admin.accounts')), ' ', t('admin.count', {n: formatNumber(accounts.total)})),
      h('li', {}, h('a', {href: '#/admin/audit'}, t('admin.audit'))),
      h('li', {}, h('a', {href: '#/admin/frameworks'}, t('admin.frameworks')))),
    settingsSection(settings, rerender),
    section(t('admin.searchIndex'), indexHolder,
      button(t('admin.reindex'), async () => {
        try {
          const {data} = await post('admin/search/reindex');
          indexHolder.replaceChildren(statusMessage(t('admin.reindexStarted'), 'success'), indexState(data));
        } catch (e) {
          indexHolder.replaceChildren(statusMessage(e.message, 'error'));
        }
      }, {class: 'primary', id: 'reindex'}),
      button(t('admin.refresh'), () => rerender(), {class: 'secondary'})));
}
