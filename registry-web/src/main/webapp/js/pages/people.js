// Researchers and staff: the list, and the form to register or change a person.
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {get, request, post, put, del} from '../api.js';
import {current, hasRole} from '../session.js';
import {allInstitutions, forgetPeopleOf} from '../refdata.js';
import {form, textField, selectField, blankToNull, numberValue, orcidValue} from '../forms.js';
import {pageHeader, table, pager, withQuery, buttonLink, button, takeFlash, flash, statusMessage} from '../ui.js';
import {exportList} from '../export.js';

export async function renderList({query}) {
  const filter = {q: query.q || '', institutionId: query.institutionId || '', orcid: query.orcid || ''};
  const page = Number(query.page || 1);
  const [result, institutions] = await Promise.all([get('people', {...filter, page, size: 20}), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const go = params => { location.hash = withQuery('/people', params); };
  const canWrite = hasRole('TTO', 'ADMIN');
  return h('div', {},
    takeFlash(),
    pageHeader(t('people.title'),
      canWrite ? buttonLink('#/people/new', t('people.new'), {class: 'button primary'}) : null,
      button(t('common.exportCsv'), () => exportList('people', filter), {class: 'secondary'})),
    h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      go({...filter, page: 1});
    }},
    textField({label: t('filters.text'), value: filter.q, attrs: {type: 'search'}, oninput: v => { filter.q = v; }}),
    selectField({label: t('person.institution'), value: filter.institutionId, empty: t('filters.any'),
      options: institutions.map(i => ({value: i.id, label: i.shortName})), onchange: v => { filter.institutionId = v; }}),
    textField({label: t('person.orcid'), value: filter.orcid, oninput: v => { filter.orcid = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')))),
    h('p', {class: 'count'}, t('common.found', {n: result.total})),
    table([
      {label: t('person.nameEn'), cell: p => (canWrite ? h('a', {href: `#/people/${p.id}`}, p.nameEn) : p.nameEn)},
      {label: t('person.nameZh'), cell: p => p.nameZh || '—'},
      {label: t('person.orcid'), cell: p => p.orcid || '—'},
      {label: t('person.institution'), cell: p => byId.get(p.institutionId)?.shortName || `#${p.institutionId}`},
      {label: t('person.email'), cell: p => p.email || '—'},
    ], result.items, {caption: t('people.title'), emptyText: t('people.none')}),
    pager(result, p => go({...filter, page: p})));
}

export async function renderForm({params, state}) {
  const creating = !params.id;
  if (!state.model) {
    if (creating) {
      state.model = {nameEn: '', nameZh: '', orcid: '', institutionId: String(current().institutionId || ''), email: ''};
    } else {
      const {data, etag} = await request(`people/${params.id}`);
      state.etag = etag;
      state.model = {nameEn: data.nameEn, nameZh: data.nameZh || '', orcid: data.orcid || '',
        institutionId: String(data.institutionId), email: data.email || ''};
    }
  }
  const m = state.model;
  const institutions = await allInstitutions();
  const title = creating ? t('people.new') : t('people.edit', {name: m.nameEn});
  const message = h('div');
  return h('div', {},
    takeFlash(),
    pageHeader(title, creating ? null : button(t('common.delete'), async () => {
      if (!confirm(t('people.confirmDelete'))) {
        return;
      }
      try {
        await del(`people/${params.id}`, state.etag);
        flash(t('common.deleted'));
        location.hash = '#/people';
      } catch (e) {
        message.replaceChildren(statusMessage(e.message, 'error'));
      }
    }, {class: 'danger'})),
    message,
    form({
      label: title,
      cancelHref: '#/people',
      submitLabel: creating ? t('people.create') : t('common.save'),
      submit: async () => {
        const body = {nameEn: blankToNull(m.nameEn), nameZh: blankToNull(m.nameZh), orcid: orcidValue(m.orcid),
          institutionId: numberValue(m.institutionId), email: blankToNull(m.email)};
        const {data} = creating ? await post('people', body) : await put(`people/${params.id}`, body, state.etag);
        forgetPeopleOf(data.institutionId);
        flash(creating ? t('people.created', {name: data.nameEn}) : t('common.saved'));
        // a new person opens as the record just made; a change returns to the list
        location.hash = creating ? `#/people/${data.id}` : '#/people';
      },
    },
    textField({label: t('person.nameEn'), name: 'nameEn', value: m.nameEn, required: true, lang: 'en', oninput: v => { m.nameEn = v; }}),
    textField({label: t('person.nameZh'), name: 'nameZh', value: m.nameZh, oninput: v => { m.nameZh = v; }}),
    textField({label: t('person.orcid'), name: 'orcid', value: m.orcid, hint: t('person.orcidHint'), oninput: v => { m.orcid = v; }}),
    selectField({label: t('person.institution'), name: 'institutionId', value: m.institutionId, required: true, empty: t('common.choose'),
      options: institutions.map(i => ({value: i.id, label: i.shortName})), onchange: v => { m.institutionId = v; }}),
    textField({label: t('person.email'), name: 'email', type: 'email', value: m.email, autocomplete: 'off', oninput: v => { m.email = v; }})));
}
