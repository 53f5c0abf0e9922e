// Accounts, for administrators: the list, creating one, and changing role, password or enabled state.
import {h} from '../dom.js';
import {t, label, values, formatDateTime} from '../i18n.js';
import {get, request, post, put} from '../api.js';
import {allInstitutions} from '../refdata.js';
import {form, textField, selectField, checkbox, blankToNull, numberValue} from '../forms.js';
import {pageHeader, table, pager, withQuery, buttonLink, takeFlash, flash} from '../ui.js';

export async function renderList({query}) {
  const filter = {role: query.role || ''};
  const [result, institutions] = await Promise.all([get('accounts', {...filter, page: Number(query.page || 1), size: 50}), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  return h('div', {},
    takeFlash(),
    pageHeader(t('admin.accounts'), buttonLink('#/admin/accounts/new', t('account.new'), {class: 'button primary'})),
    h('form', {class: 'filters', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      location.hash = withQuery('/admin/accounts', filter);
    }},
    selectField({label: t('account.role'), value: filter.role, empty: t('filters.any'),
      options: values('role').map(v => ({value: v, label: label('role', v)})), onchange: v => { filter.role = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')))),
    table([
      {label: t('account.username'), cell: a => h('a', {href: `#/admin/accounts/${a.id}`}, a.username)},
      {label: t('account.role'), cell: a => label('role', a.role)},
      {label: t('account.institution'), cell: a => (a.institutionId ? byId.get(a.institutionId)?.shortName || `#${a.institutionId}` : '—')},
      {label: t('account.enabled'), cell: a => (a.enabled ? t('common.yes') : t('common.no'))},
      {label: t('common.created'), cell: a => formatDateTime(a.createdAt)},
    ], result.items, {caption: t('admin.accounts')}),
    pager(result, p => { location.hash = withQuery('/admin/accounts', {...filter, page: p}); }));
}

export async function renderForm({params, state}) {
  const creating = !params.id;
  if (!state.model) {
    if (creating) {
      state.model = {username: '', password: '', role: 'TTO', institutionId: '', enabled: true, email: ''};
    } else {
      const {data, etag} = await request(`accounts/${params.id}`);
      state.etag = etag;
      state.model = {username: data.username, password: '', role: data.role, institutionId: String(data.institutionId || ''), enabled: data.enabled,
        email: data.email || ''};
    }
  }
  const m = state.model;
  const institutions = await allInstitutions();
  const title = creating ? t('account.new') : t('account.edit', {name: m.username});
  return h('div', {},
    takeFlash(),
    pageHeader(title),
    form({
      label: title, cancelHref: '#/admin/accounts', submitLabel: creating ? t('account.create') : t('common.save'),
      submit: async () => {
        const body = {username: creating ? blankToNull(m.username) : null, password: m.password ? m.password : null, role: m.role,
          institutionId: numberValue(m.institutionId), enabled: m.enabled, email: m.email.trim()};
        const {data} = creating ? await post('accounts', body) : await put(`accounts/${params.id}`, body, state.etag);
        m.password = '';
        flash(t('common.saved'));
        location.hash = creating ? `#/admin/accounts/${data.id}` : '#/admin/accounts';
      },
    },
    creating ? textField({label: t('account.username'), name: 'username', value: m.username, required: true, autocomplete: 'off',
      oninput: v => { m.username = v; }}) : h('p', {}, t('account.username'), ': ', h('strong', {}, m.username)),
    textField({label: creating ? t('account.password') : t('account.newPassword'), name: 'password', type: 'password', value: m.password,
      required: creating, autocomplete: 'new-password', hint: t('account.passwordHint'), oninput: v => { m.password = v; }}),
    selectField({label: t('account.role'), name: 'role', value: m.role, required: true,
      options: values('role').map(v => ({value: v, label: label('role', v)})), onchange: v => { m.role = v; }}),
    selectField({label: t('account.institution'), name: 'institutionId', value: m.institutionId, empty: t('account.noInstitution'),
      hint: t('account.institutionHint'), options: institutions.map(i => ({value: i.id, label: i.shortName})),
      onchange: v => { m.institutionId = v; }}),
    textField({label: t('account.email'), name: 'email', type: 'email', value: m.email, autocomplete: 'off', hint: t('account.emailHint'),
      oninput: v => { m.email = v; }}),
    checkbox({label: t('account.enabled'), name: 'enabled', checked: m.enabled, hint: t('account.enabledHint'),
      onchange: v => { m.enabled = v; }})));
}
