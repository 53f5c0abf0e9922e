// Goods and data crossing the boundary: transfers of a project's samples, material and data between the two
// parks — an office's list with filters and CSV export, and the project page's section where the sending and
// receiving offices record a transfer, consent to it and record that it was sent and received.
import {h} from '../dom.js';
import {t, label, values, localized, formatDate, formatDateTime} from '../i18n.js';
import {get, post, put} from '../api.js';
import {current, hasRole} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {form, textField, selectField, localizedFields, blankToNull, dateFieldValue} from '../forms.js';
import {pageHeader, table, pager, withQuery, button, badge, langCell, section, statusMessage} from '../ui.js';
import {saveFile} from '../files.js';

const FILTERS = ['status', 'toPark', 'kind', 'institutionId'];

const options = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));

function consents(x) {
  const line = (who, c) => c
    ? t('transfers.consentedBy', {party: who, by: c.by, at: formatDateTime(c.at)})
    : t('transfers.awaiting', {party: who});
  return h('ul', {class: 'plain'},
    h('li', {}, line(x.fromInstitution, x.senderConsent)),
    x.toInstitutionId === x.fromInstitutionId ? null : h('li', {}, line(x.toInstitution, x.receiverConsent)));
}

function statusCell(x) {
  const on = x.status === 'RECEIVED' ? x.receivedDate : x.status === 'IN_TRANSIT' ? x.sentDate : null;
  const text = on ? t('transfers.statusOn', {status: label('transferStatus', x.status), date: formatDate(on)})
    : label('transferStatus', x.status);
  return x.status === 'REFUSED' || x.status === 'CANCELLED' ? badge(text, 'warning') : text;
}

const route = x => `${x.fromInstitution} (${label('park', x.fromPark)}) → ${x.toInstitution} (${label('park', x.toPark)})`;

/** An office's list of transfers: by status, destination park and kind; an office's own by default. */
export async function render({query}) {
  const office = current().role === 'TTO';
  const filter = Object.fromEntries(FILTERS.map(k => [k, query[k] || '']));
  if (office && !filter.institutionId && query.all !== 'true') {
    filter.institutionId = String(current().institutionId);
  }
  const page = Number(query.page || 1);
  const [result, institutions] = await Promise.all([get('transfers', {...filter, page, size: 20}), allInstitutions()]);
  const go = params => { location.hash = withQuery('/transfers', params); };
  return h('div', {},
    pageHeader(t('transfers.title'),
      button(t('common.exportCsv'), () => saveFile(`transfers/export?${new URLSearchParams(
        Object.entries(filter).filter(([, v]) => v))}`, 'transfers.csv', 'text/csv'), {class: 'secondary'})),
    h('p', {class: 'intro'}, t('transfers.intro')),
    h('form', {class: 'filters', role: 'search', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      go({...filter, page: 1, all: office && !filter.institutionId ? 'true' : ''});
    }},
    selectField({label: t('transfers.status'), name: 'status', value: filter.status, empty: t('filters.any'),
      options: options('transferStatus'), onchange: v => { filter.status = v; }}),
    selectField({label: t('transfers.destination'), name: 'toPark', value: filter.toPark, empty: t('filters.any'),
      options: options('park'), onchange: v => { filter.toPark = v; }}),
    selectField({label: t('transfers.kind'), name: 'kind', value: filter.kind, empty: t('filters.any'),
      options: options('transferKind'), onchange: v => { filter.kind = v; }}),
    selectField({label: t('transfers.party'), name: 'institutionId', value: filter.institutionId, empty: t('filters.any'),
      options: institutions.map(i => ({value: String(i.id), label: i.shortName})), onchange: v => { filter.institutionId = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')),
      h('a', {href: '#/transfers', class: 'button secondary'}, t('filters.clear')))),
    h('div', {class: 'results', 'aria-live': 'polite'},
      h('p', {class: 'count'}, t('common.found', {n: result.total})),
      table([
        {label: t('transfers.requested'), cell: x => formatDate(x.requestedDate)},
        {label: t('transfers.project'), cell: x => h('a', {href: `#/projects/${x.projectId}`}, x.projectCode)},
        {label: t('transfers.kind'), cell: x => label('transferKind', x.kind)},
        {label: t('transfers.description'), cell: x => langCell(localized(x.description))},
        {label: t('transfers.route'), cell: route},
        {label: t('transfers.status'), cell: statusCell},
      ], result.items, {caption: t('transfers.title'), emptyText: t('transfers.none')})),
    pager(result, p => go({...filter, page: p})));
}

/** The transfers of a project, and for its offices the forms to record one, consent and move it on. */
export async function transferSection(project, rerender) {
  const [result, institutions] = await Promise.all([get('transfers', {projectId: project.id, size: 200}), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const canWrite = hasRole('TTO', 'ADMIN');
  const state = {adding: false, editing: null, moving: null};
  const box = h('div', {class: 'transfers'});
  const message = h('div', {});
  const act = async work => {
    try {
      await work();
      rerender();
    } catch (e) {
      message.replaceChildren(statusMessage(e.message, 'error'));
    }
  };
  const consentButtons = x => {
    if (x.status !== 'DRAFT') {
      return [];
    }
    const me = current();
    if (me.role === 'TTO') {
      const mine = [x.fromInstitutionId, x.toInstitutionId].includes(me.institutionId);
      const given = (me.institutionId === x.fromInstitutionId && x.senderConsent)
        || (me.institutionId === x.toInstitutionId && x.receiverConsent);
      return mine && !given ? [button(t('transfers.consent'), () => act(() =>
        post(`transfers/${x.id}/approve`, {}, {ifMatch: `"${x.version}"`})))] : [];
    }
    return [[x.fromInstitutionId, x.fromInstitution, x.senderConsent], [x.toInstitutionId, x.toInstitution, x.receiverConsent]]
      .filter(([id, , c], i) => !c && (i === 0 || id !== x.fromInstitutionId))
      .map(([id, name]) => button(t('transfers.consentFor', {party: name}), () => act(() =>
        post(`transfers/${x.id}/approve`, {institutionId: id}, {ifMatch: `"${x.version}"`}))));
  };
  const draw = () => {
    box.replaceChildren(message,
      table([
        {label: t('transfers.requested'), cell: x => formatDate(x.requestedDate)},
        {label: t('transfers.kind'), cell: x => label('transferKind', x.kind)},
        {label: t('transfers.description'), cell: x => langCell(localized(x.description))},
        {label: t('transfers.route'), cell: route},
        {label: t('transfers.clearance'), cell: x => `${label('clearanceRoute', x.clearanceRoute)}${x.clearanceReference ? ` · ${x.clearanceReference}` : ''}`},
        {label: t('transfers.consents'), cell: consents},
        {label: t('transfers.status'), cell: statusCell},
        canWrite ? {label: t('common.actions'), header: false, cell: x => h('span', {class: 'row-actions'},
          consentButtons(x),
          x.status === 'DRAFT' ? button(t('common.edit'), () => { Object.assign(state, {editing: x, moving: null, adding: false}); draw(); },
            {class: 'link-button'}) : null,
          x.nextStatuses.some(s => s !== 'APPROVED') ? button(t('transfers.moveOn'), () => {
            Object.assign(state, {moving: x, editing: null, adding: false});
            draw();
          }, {class: 'link-button'}) : null)} : null,
      ].filter(Boolean), result.items, {caption: t('transfers.title'), emptyText: t('transfers.none')}),
      canWrite && (state.adding || state.editing) ? transferForm(project, byId, state.editing, rerender, () => {
        Object.assign(state, {adding: false, editing: null});
        draw();
      }) : null,
      canWrite && state.moving ? moveForm(state.moving, rerender, () => { state.moving = null; draw(); }) : null,
      canWrite && !state.adding && !state.editing && !state.moving
        ? button(t('transfers.add'), () => { state.adding = true; draw(); }, {class: 'secondary'}) : null);
  };
  draw();
  return section(t('transfers.title'), box);
}

function transferForm(project, byId, transfer, rerender, cancel) {
  const own = current().role === 'TTO' ? String(current().institutionId) : '';
  const m = transfer ? {...transfer, fromInstitutionId: String(transfer.fromInstitutionId),
    toInstitutionId: String(transfer.toInstitutionId), clearanceReference: transfer.clearanceReference || '',
    description: {en: '', zhHant: '', zhHans: '', ...transfer.description}}
    : {kind: '', description: {en: '', zhHant: '', zhHans: ''}, fromInstitutionId: own, fromPark: 'SHENZHEN_PARK',
      toInstitutionId: '', toPark: 'HK_PARK', clearanceRoute: '', clearanceReference: '', requestedDate: ''};
  const parties = project.participants.map(p => ({value: String(p.institutionId),
    label: byId.get(p.institutionId)?.shortName || `#${p.institutionId}`}));
  return form({
    label: transfer ? t('transfers.edit') : t('transfers.add'),
    extraButtons: button(t('common.cancel'), cancel, {class: 'secondary', type: 'button'}),
    submit: async () => {
      const body = {kind: m.kind || null,
        description: {en: blankToNull(m.description.en), zhHant: blankToNull(m.description.zhHant), zhHans: blankToNull(m.description.zhHans)},
        fromInstitutionId: m.fromInstitutionId ? Number(m.fromInstitutionId) : null, fromPark: m.fromPark || null,
        toInstitutionId: m.toInstitutionId ? Number(m.toInstitutionId) : null, toPark: m.toPark || null,
        clearanceRoute: m.clearanceRoute || null, clearanceReference: blankToNull(m.clearanceReference),
        requestedDate: dateFieldValue(m.requestedDate)};
      if (transfer) {
        await put(`transfers/${transfer.id}`, body, `"${transfer.version}"`);
      } else {
        await post('transfers', {projectId: project.id, ...body});
      }
      rerender();
    },
  },
  selectField({label: t('transfers.kind'), name: 'kind', value: m.kind, required: true, empty: t('common.choose'),
    options: options('transferKind'), onchange: v => { m.kind = v; }}),
  localizedFields({legend: t('transfers.description'), name: 'description', value: m.description, required: true}),
  selectField({label: t('transfers.fromInstitution'), name: 'fromInstitutionId', value: m.fromInstitutionId, required: true,
    empty: t('common.choose'), options: parties, onchange: v => { m.fromInstitutionId = v; }}),
  selectField({label: t('transfers.fromPark'), name: 'fromPark', value: m.fromPark, required: true, options: options('park'),
    onchange: v => { m.fromPark = v; }}),
  selectField({label: t('transfers.toInstitution'), name: 'toInstitutionId', value: m.toInstitutionId, required: true,
    empty: t('common.choose'), options: parties, onchange: v => { m.toInstitutionId = v; }}),
  selectField({label: t('transfers.toPark'), name: 'toPark', value: m.toPark, required: true, options: options('park'),
    onchange: v => { m.toPark = v; }}),
  selectField({label: t('transfers.clearance'), name: 'clearanceRoute', value: m.clearanceRoute, required: true,
    empty: t('common.choose'), hint: t('transfers.routeHint'), options: options('clearanceRoute'),
    onchange: v => { m.clearanceRoute = v; }}),
  textField({label: t('transfers.reference'), name: 'clearanceReference', value: m.clearanceReference,
    hint: t('transfers.referenceHint'), oninput: v => { m.clearanceReference = v; }}),
  textField({label: t('transfers.requested'), name: 'requestedDate', type: 'date', value: m.requestedDate, required: true,
    oninput: v => { m.requestedDate = v; }}));
}

function moveForm(transfer, rerender, cancel) {
  const m = {status: '', date: '', note: ''};
  return form({
    label: t('transfers.moveOn'),
    extraButtons: button(t('common.cancel'), cancel, {class: 'secondary', type: 'button'}),
    submit: async () => {
      await post(`transfers/${transfer.id}/status`, {status: m.status || null, date: dateFieldValue(m.date),
        note: blankToNull(m.note)}, {ifMatch: `"${transfer.version}"`});
      rerender();
    },
  },
  selectField({label: t('transfers.nextStatus'), name: 'status', value: m.status, required: true, empty: t('common.choose'),
    options: transfer.nextStatuses.filter(s => s !== 'APPROVED').map(s => ({value: s, label: label('transferStatus', s)})),
    onchange: v => { m.status = v; }}),
  textField({label: t('transfers.date'), name: 'date', type: 'date', value: m.date, hint: t('transfers.dateHint'),
    oninput: v => { m.date = v; }}),
  textField({label: t('transfers.note'), name: 'note', value: m.note, oninput: v => { m.note = v; }}));
}
