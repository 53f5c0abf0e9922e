// Institutions, for administrators: the list and the form to register or change one, with the
// everyday names (aliases) a search finds it by; and each institution's public licensing contact,
// kept by its administrators or its own office.
import {h} from '../dom.js';
import {t, label, values, localized} from '../i18n.js';
import {get, request, post, put} from '../api.js';
import {forgetReferenceData} from '../refdata.js';
import {form, textField, textArea, selectField, localizedFields, blankToNull, textValue} from '../forms.js';
import {current} from '../session.js';
import {pageHeader, table, pager, withQuery, buttonLink, button, langCell, takeFlash, flash} from '../ui.js';
import {exportList} from '../export.js';

export async function renderList({query}) {
  const filter = {q: query.q || ''};
  const result = await get('institutions', {...filter, page: Number(query.page || 1), size: 50});
  return h('div', {},
    takeFlash(),
    pageHeader(t('admin.institutions'), buttonLink('#/admin/institutions/new', t('institution.new'), {class: 'button primary'}),
      button(t('common.exportCsv'), () => exportList('institutions', filter), {class: 'secondary'})),
    h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      location.hash = withQuery('/admin/institutions', filter);
    }},
    textField({label: t('filters.text'), value: filter.q, attrs: {type: 'search'}, oninput: v => { filter.q = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')))),
    table([
      {label: t('institution.shortName'), cell: i => h('a', {href: `#/admin/institutions/${i.id}`}, i.shortName)},
      {label: t('institution.name'), cell: i => langCell(localized(i.name))},
      {label: t('institution.kind'), cell: i => label('institutionKind', i.kind)},
      {label: t('institution.jurisdiction'), cell: i => label('jurisdiction', i.jurisdiction)},
      {label: t('institution.country'), cell: i => i.country},
      {label: t('institution.aliases'), cell: i => (i.aliases || []).join(', ')},
    ], result.items, {caption: t('admin.institutions')}),
    pager(result, p => { location.hash = withQuery('/admin/institutions', {...filter, page: p}); }));
}

export async function renderForm({params, state}) {
  const creating = !params.id;
  if (!state.model) {
    if (creating) {
      state.model = {shortName: '', name: {en: '', zhHant: '', zhHans: ''}, kind: 'UNIVERSITY', jurisdiction: 'HK', country: 'HK', rorId: ''};
    } else {
      const {data, etag} = await request(`institutions/${params.id}`);
      state.etag = etag;
      state.model = {shortName: data.shortName, name: {en: data.name.en || '', zhHant: data.name.zhHant || '', zhHans: data.name.zhHans || ''},
        kind: data.kind, jurisdiction: data.jurisdiction, country: data.country, rorId: data.rorId || ''};
      state.aliases = (data.aliases || []).join('\n');
    }
  }
  const m = state.model;
  const opts = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));
  const title = creating ? t('institution.new') : t('institution.edit', {name: m.shortName});
  return h('div', {},
    takeFlash(),
    pageHeader(title, creating ? null : buttonLink(`#/institutions/${params.id}/contact`, t('contact.edit'), {class: 'button secondary'})),
    form({
      label: title, cancelHref: '#/admin/institutions', submitLabel: creating ? t('institution.create') : t('common.save'),
      submit: async () => {
        const body = {shortName: blankToNull(m.shortName), name: textValue(m.name), kind: m.kind, jurisdiction: m.jurisdiction,
          country: blankToNull(m.country)?.toUpperCase() ?? null, rorId: blankToNull(m.rorId)};
        const {data} = creating ? await post('institutions', body) : await put(`institutions/${params.id}`, body, state.etag);
        forgetReferenceData();
        flash(t('common.saved'));
        location.hash = creating ? `#/admin/institutions/${data.id}` : '#/admin/institutions';
      },
    },
    textField({label: t('institution.shortName'), name: 'shortName', value: m.shortName, required: true, oninput: v => { m.shortName = v; }}),
    localizedFields({legend: t('institution.name'), name: 'name', value: m.name, required: true}),
    selectField({label: t('institution.kind'), name: 'kind', value: m.kind, required: true, options: opts('institutionKind'),
      onchange: v => { m.kind = v; }}),
    selectField({label: t('institution.jurisdiction'), name: 'jurisdiction', value: m.jurisdiction, required: true,
      options: opts('jurisdiction'), onchange: v => { m.jurisdiction = v; }}),
    textField({label: t('institution.country'), name: 'country', value: m.country, required: true, hint: t('institution.countryHint'),
      attrs: {maxlength: 2, size: 3}, oninput: v => { m.country = v; }}),
    textField({label: t('institution.rorId'), name: 'rorId', value: m.rorId, hint: t('institution.rorHint'), oninput: v => { m.rorId = v; }})),
    creating ? null : aliasesForm(params.id, state));
}

/**
 * The everyday names of an institution, one a line, saved on their own (administrators only: the API
 * checks); the API's refusal of an entry shows beside the field, naming the line.
 */
function aliasesForm(id, state) {
  const legend = t('institution.aliasesLegend');
  return h('section', {class: 'aliases', 'aria-labelledby': 'aliases-heading'},
    h('h2', {id: 'aliases-heading'}, legend),
    form({
      label: legend, submitLabel: t('institution.aliasesSave'),
      submit: async () => {
        const aliases = state.aliases.split('\n').map(a => a.trim()).filter(a => a);
        const {etag} = await put(`institutions/${id}/aliases`, {aliases}, state.etag);
        state.etag = etag;
        forgetReferenceData();
        flash(t('institution.aliasesSaved'));
        location.hash = '#/admin/institutions';
      },
    },
    textArea({label: t('institution.aliases'), name: 'aliases', value: state.aliases, hint: t('institution.aliasesHint'), rows: 4,
      oninput: v => { state.aliases = v; }})));
}

/** The public licensing contact: an administrator's for any institution, an office's for its own (the API checks). */
export async function renderContact({params, state}) {
  if (!state.model) {
    const {data, etag} = await request(`institutions/${params.id}`);
    const c = data.publicContact || {};
    state.etag = etag;
    state.institution = data;
    state.model = {office: c.office || '', email: c.email || '', phone: c.phone || '', webPage: c.webPage || ''};
  }
  const m = state.model;
  const name = localized(state.institution.name);
  const back = current()?.role === 'ADMIN' ? `#/admin/institutions/${params.id}` : '#/dashboard';
  const title = t('contact.editOf', {name: state.institution.shortName});
  return h('div', {},
    takeFlash(),
    pageHeader(title),
    h('p', {class: 'lead', lang: name.lang}, name.text),
    h('p', {class: 'hint'}, t('contact.hint')),
    form({
      label: title, cancelHref: back, submitLabel: t('common.save'),
      submit: async () => {
        const {etag} = await put(`institutions/${params.id}/public-contact`, {office: blankToNull(m.office), email: blankToNull(m.email),
          phone: blankToNull(m.phone), webPage: blankToNull(m.webPage)}, state.etag);
        state.etag = etag;
        forgetReferenceData();
        flash(t('contact.saved'));
        location.hash = back;
      },
    },
    textField({label: t('contact.office'), name: 'office', value: m.office, hint: t('contact.officeHint'), oninput: v => { m.office = v; }}),
    textField({label: t('contact.email'), name: 'email', type: 'email', value: m.email, autocomplete: 'email', oninput: v => { m.email = v; }}),
    textField({label: t('contact.phone'), name: 'phone', type: 'tel', value: m.phone, hint: t('contact.phoneHint'), autocomplete: 'tel',
      oninput: v => { m.phone = v; }}),
    textField({label: t('contact.webPage'), name: 'webPage', type: 'url', value: m.webPage, hint: t('contact.webPageHint'),
      oninput: v => { m.webPage = v; }})));
}
