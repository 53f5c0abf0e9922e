// Registering or editing a project: titles, dates, sectors, participants, funding and (when new) first staff.
import {h} from '../dom.js';
import {t, label, values} from '../i18n.js';
import {post, put, request} from '../api.js';
import {current} from '../session.js';
import {allInstitutions, peopleOf, personChoices} from '../refdata.js';
import {comboBox} from '../pickers.js';
import {form, textField, selectField, checkboxGroup, localizedFields, fieldset, blankToNull, textValue, numberValue, dateFieldValue} from '../forms.js';
import {lineList} from '../lines.js';
import {pageHeader, flash} from '../ui.js';

const emptyText = () => ({en: '', zhHant: '', zhHans: ''});
const options = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));

export function newStaffLine() {
  return {personId: '', role: 'POSTDOC', ftePercent: '100', startDate: '', endDate: '', park: 'HK_PARK',
    whiteList: {status: '', validFrom: '', validUntil: ''}};
}

/** The fields of one staffing line (shared with the staff form); people: the choices of personChoices. */
export function staffFields(s, people, prefix) {
  return [
    comboBox({label: t('staff.person'), name: `${prefix}personId`, value: s.personId, required: true,
      options: people, onchange: v => { s.personId = v; }}),
    selectField({label: t('staff.role'), name: `${prefix}role`, value: s.role, required: true, options: options('staffRole'),
      onchange: v => { s.role = v; }}),
    textField({label: t('staff.fte'), name: `${prefix}ftePercent`, value: s.ftePercent, required: true, hint: t('staff.fteHint'),
      attrs: {inputmode: 'numeric'}, oninput: v => { s.ftePercent = v; }}),
    textField({label: t('common.startDate'), name: `${prefix}startDate`, type: 'date', value: s.startDate, required: true,
      oninput: v => { s.startDate = v; }}),
    textField({label: t('common.endDate'), name: `${prefix}endDate`, type: 'date', value: s.endDate, oninput: v => { s.endDate = v; }}),
    selectField({label: t('staff.park'), name: `${prefix}park`, value: s.park, required: true, options: options('park'),
      onchange: v => { s.park = v; }}),
    selectField({label: t('staff.whiteList'), name: `${prefix}whiteList.status`, value: s.whiteList.status, empty: t('staff.whiteListNone'),
      hint: t('staff.whiteListHint'), options: options('whiteListStatus'), onchange: v => { s.whiteList.status = v; }}),
    textField({label: t('staff.validFrom'), name: `${prefix}whiteList.validFrom`, type: 'date', value: s.whiteList.validFrom,
      oninput: v => { s.whiteList.validFrom = v; }}),
    textField({label: t('staff.validUntil'), name: `${prefix}whiteList.validUntil`, type: 'date', value: s.whiteList.validUntil,
      oninput: v => { s.whiteList.validUntil = v; }}),
  ];
}

export function staffRequest(s) {
  const w = s.whiteList;
  return {
    personId: numberValue(s.personId), role: s.role, ftePercent: numberValue(s.ftePercent),
    startDate: dateFieldValue(s.startDate), endDate: dateFieldValue(s.endDate), park: s.park,
    whiteList: w.status || w.validFrom || w.validUntil
      ? {status: blankToNull(w.status), validFrom: dateFieldValue(w.validFrom), validUntil: dateFieldValue(w.validUntil)} : null,
  };
}

function modelOf(p) {
  const text = v => ({en: v?.en || '', zhHant: v?.zhHant || '', zhHans: v?.zhHans || ''});
  return {
    code: p.code, title: text(p.title), abstract: text(p.abstract), keywords: (p.keywords || []).join(', '),
    sectors: [...p.sectors], site: p.site, status: p.status, startDate: p.startDate || '', endDate: p.endDate || '',
    confidentiality: p.confidentiality,
    participants: p.participants.map(x => ({institutionId: String(x.institutionId), role: x.role})),
    funding: (p.funding || []).map(f => ({funder: f.funder, programme: f.programme || '', awardId: f.awardId || '',
      amount: String(f.amount), currency: f.currency})),
    staffing: [],
  };
}

function blankModel() {
  const me = current();
  return {
    code: '', title: emptyText(), abstract: emptyText(), keywords: '', sectors: [], site: 'HK_PARK', status: 'PROPOSED',
    startDate: '', endDate: '', confidentiality: 'CONSORTIUM',
    participants: [{institutionId: me.institutionId ? String(me.institutionId) : '', role: 'LEAD'}],
    funding: [], staffing: [],
  };
}

function requestOf(m, creating) {
  return {
    code: blankToNull(m.code), title: textValue(m.title), abstract: textValue(m.abstract),
    keywords: m.keywords.split(/[,，、]/).map(k => k.trim()).filter(Boolean), sectors: m.sectors,
    site: m.site, status: m.status, startDate: dateFieldValue(m.startDate), endDate: dateFieldValue(m.endDate),
    confidentiality: m.confidentiality,
    participants: m.participants.map(x => ({institutionId: numberValue(x.institutionId), role: x.role})),
    funding: m.funding.map(f => ({funder: blankToNull(f.funder), programme: blankToNull(f.programme), awardId: blankToNull(f.awardId),
      amount: numberValue(f.amount), currency: blankToNull(f.currency)?.toUpperCase() ?? null})),
    staffing: creating ? m.staffing.map(staffRequest) : undefined,
  };
}

export async function render({params, state}) {
  const creating = !params.id;
  if (!state.model) {
    if (creating) {
      state.model = blankModel();
    } else {
      const {data, etag} = await request(`projects/${params.id}`);
      state.model = modelOf(data);
      state.etag = etag;
    }
  }
  const m = state.model;
  const institutions = await allInstitutions();
  const institutionOptions = institutions.map(i => ({value: i.id, label: i.shortName}));

  const staffHolder = h('div');
  async function drawStaff() {
    const ids = m.participants.map(x => Number(x.institutionId)).filter(Boolean);
    const people = await personChoices(await peopleOf(ids));
    staffHolder.replaceChildren(lineList({
      legend: t('project.staff'), name: 'staffing', items: m.staffing, newItem: newStaffLine, addLabel: t('staff.add'),
      hint: t('project.staffHint'), lineLabel: i => t('staff.line', {n: i + 1}),
      renderLine: (s, i) => staffFields(s, people, `staffing[${i}].`),
    }));
  }

  const participants = lineList({
    legend: t('project.participants'), name: 'participants', items: m.participants, min: 1,
    newItem: () => ({institutionId: '', role: 'PARTNER'}), addLabel: t('participant.add'),
    lineLabel: i => t('participant.line', {n: i + 1}), onchange: () => creating && drawStaff(),
    hint: t('project.participantsHint'),
    renderLine: (x, i) => [
      selectField({label: t('participant.institution'), name: `participants[${i}].institutionId`, value: x.institutionId,
        required: true, empty: t('common.choose'), options: institutionOptions,
        onchange: v => { x.institutionId = v; if (creating) { drawStaff(); } }}),
      selectField({label: t('participant.role'), name: `participants[${i}].role`, value: x.role, required: true,
        options: options('participantRole'), onchange: v => { x.role = v; }}),
    ],
  });

  const funding = lineList({
    legend: t('project.funding'), name: 'funding', items: m.funding, addLabel: t('funding.add'),
    newItem: () => ({funder: '', programme: '', awardId: '', amount: '', currency: 'HKD'}),
    lineLabel: i => t('funding.line', {n: i + 1}),
    renderLine: (f, i) => [
      textField({label: t('funding.funder'), name: `funding[${i}].funder`, value: f.funder, required: true, oninput: v => { f.funder = v; }}),
      textField({label: t('funding.programme'), name: `funding[${i}].programme`, value: f.programme, oninput: v => { f.programme = v; }}),
      textField({label: t('funding.awardId'), name: `funding[${i}].awardId`, value: f.awardId, oninput: v => { f.awardId = v; }}),
      textField({label: t('funding.amount'), name: `funding[${i}].amount`, value: f.amount, required: true,
        attrs: {inputmode: 'decimal'}, oninput: v => { f.amount = v; }}),
      textField({label: t('funding.currency'), name: `funding[${i}].currency`, value: f.currency, required: true,
        hint: t('funding.currencyHint'), attrs: {maxlength: 3, size: 4}, oninput: v => { f.currency = v; }}),
    ],
  });

  if (creating) {
    await drawStaff();
  }

  const title = creating ? t('project.new') : t('project.edit', {code: m.code});
  return h('div', {},
    pageHeader(title),
    form({
      label: title,
      submitLabel: creating ? t('project.create') : t('common.save'),
      cancelHref: creating ? '#/projects' : `#/projects/${params.id}`,
      submit: async () => {
        const body = requestOf(m, creating);
        const {data} = creating ? await post('projects', body) : await put(`projects/${params.id}`, body, state.etag);
        flash(creating ? t('project.created', {code: data.code}) : t('common.saved'));
        location.hash = `#/projects/${data.id}`;
      },
    },
    fieldset(t('project.about'), null,
      textField({label: t('project.code'), name: 'code', value: m.code, required: true, hint: t('project.codeHint'),
        oninput: v => { m.code = v; }}),
      localizedFields({legend: t('project.title'), name: 'title', value: m.title, required: true}),
      localizedFields({legend: t('project.abstract'), name: 'abstract', value: m.abstract, area: true}),
      textField({label: t('project.keywords'), name: 'keywords', value: m.keywords, hint: t('project.keywordsHint'),
        oninput: v => { m.keywords = v; }}),
      checkboxGroup({legend: t('project.sectors'), name: 'sectors', values: m.sectors, options: options('sector'),
        onchange: v => { m.sectors = v; }})),
    fieldset(t('project.whereWhen'), null,
      selectField({label: t('project.site'), name: 'site', value: m.site, required: true, options: options('site'),
        onchange: v => { m.site = v; }}),
      selectField({label: t('project.status'), name: 'status', value: m.status, required: true, options: options('projectStatus'),
        onchange: v => { m.status = v; }}),
      textField({label: t('common.startDate'), name: 'startDate', type: 'date', value: m.startDate, required: true,
        oninput: v => { m.startDate = v; }}),
      textField({label: t('common.endDate'), name: 'endDate', type: 'date', value: m.endDate, oninput: v => { m.endDate = v; }}),
      selectField({label: t('project.confidentiality'), name: 'confidentiality', value: m.confidentiality, required: true,
        hint: t('project.confidentialityHint'), options: options('confidentiality'), onchange: v => { m.confidentiality = v; }})),
    participants,
    funding,
    creating ? staffHolder : null));
}
