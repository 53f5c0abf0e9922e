// Registering or editing an IP asset: what it is, its public summary, filings and inventors.
import {h} from '../dom.js';
import {t, label, values, localized, percent} from '../i18n.js';
import {request, post, put, all} from '../api.js';
import {current} from '../session.js';
import {peopleOf, personChoices} from '../refdata.js';
import {comboBox} from '../pickers.js';
import {form, textField, textArea, selectField, localizedFields, fieldset, blankToNull, textValue, numberValue, dateFieldValue} from '../forms.js';
import {stageText} from './ip-asset-view.js';
import {lineList} from '../lines.js';
import {pageHeader, flash} from '../ui.js';

const options = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));
const text = v => ({en: v?.en || '', zhHant: v?.zhHant || '', zhHans: v?.zhHans || ''});
const INVESTOR_TEXTS = ['publicSummary', 'problemSolved', 'advantages', 'applications'];

function modelOf(a) {
  return {
    projectId: String(a.projectId), type: a.type, title: text(a.title), abstract: text(a.abstract),
    ...Object.fromEntries(INVESTOR_TEXTS.map(k => [k, text(a[k])])),
    readinessLevel: String(a.readinessLevel), licensing: a.licensing, confidentiality: a.confidentiality,
    filings: a.filings.map(f => ({jurisdiction: f.jurisdiction, applicationNumber: f.applicationNumber, grantNumber: f.grantNumber || '',
      filingDate: f.filingDate || '', grantDate: f.grantDate || '', status: f.status, ...docketOf(f)})),
    inventors: (a.inventors || []).map(i => ({personId: String(i.personId), shareBp: String(i.shareBp)})),
  };
}

function requestOf(m) {
  return {
    projectId: numberValue(m.projectId), type: m.type, title: textValue(m.title), abstract: textValue(m.abstract),
    ...Object.fromEntries(INVESTOR_TEXTS.map(k => [k, textValue(m[k])])), readinessLevel: numberValue(m.readinessLevel), licensing: m.licensing,
    confidentiality: m.confidentiality,
    filings: m.filings.map(f => ({jurisdiction: f.jurisdiction, applicationNumber: blankToNull(f.applicationNumber),
      grantNumber: blankToNull(f.grantNumber), filingDate: dateFieldValue(f.filingDate), grantDate: dateFieldValue(f.grantDate), status: f.status,
      ...docketRequest(f)})),
    inventors: m.inventors.map(i => ({personId: numberValue(i.personId), shareBp: numberValue(i.shareBp)})),
  };
}

/** A filing's docket data as the form edits it: priorities one a line, "office number date". */
function docketOf(f) {
  return {publicationNumber: f.publicationNumber || '', publicationDate: f.publicationDate || '',
    priorities: (f.priorities || []).map(c => `${c.office} ${c.number} ${c.date}`).join('\n'),
    pctApplicationNumber: f.pctApplicationNumber || '', hkKind: f.hkKind || '', designatedOffice: f.designatedOffice || '',
    designatedApplicationNumber: f.designatedApplicationNumber || ''};
}

/** The priorities typed one a line ("CN 202610123456.1 2026-02-01"); a line of another form is sent as typed for the API to refuse. */
export function parsePriorities(text) {
  return (text || '').split('\n').map(l => l.trim()).filter(Boolean).map(l => {
    const parts = l.split(/\s+/);
    return parts.length >= 3
      ? {office: parts[0].toUpperCase(), number: parts.slice(1, -1).join(' '), date: dateFieldValue(parts[parts.length - 1])}
      : {office: parts[0] || null, number: parts[1] || null, date: null};
  });
}

function docketRequest(f) {
  return {publicationNumber: blankToNull(f.publicationNumber), publicationDate: dateFieldValue(f.publicationDate),
    priorities: parsePriorities(f.priorities), pctApplicationNumber: blankToNull(f.pctApplicationNumber),
    hkKind: f.jurisdiction === 'HK' ? blankToNull(f.hkKind) : null,
    designatedOffice: f.jurisdiction === 'HK' && f.hkKind === 'STANDARD_R' ? blankToNull(f.designatedOffice) : null,
    designatedApplicationNumber: f.jurisdiction === 'HK' && f.hkKind === 'STANDARD_R' ? blankToNull(f.designatedApplicationNumber) : null};
}

/** A live sum of basis-point shares, announced politely as it changes. */
export function shareTotal(items) {
  const out = h('p', {class: 'share-total', 'aria-live': 'polite'});
  const update = () => {
    const sum = items.reduce((acc, x) => acc + (Number.parseInt(x.shareBp, 10) || 0), 0);
    out.textContent = t('shares.total', {bp: sum, percent: percent(sum)});
    out.classList.toggle('off', sum !== 10000);
  };
  update();
  out.update = update;
  return out;
}

export async function render({params, query, state}) {
  const creating = !params.id;
  if (!state.model) {
    if (creating) {
      state.model = {projectId: query.projectId || '', type: 'PATENT_APPLICATION', title: text(), abstract: text(), ...Object.fromEntries(INVESTOR_TEXTS.map(k => [k, text()])),
        readinessLevel: '3', licensing: 'NOT_AVAILABLE', confidentiality: 'CONSORTIUM', filings: [], inventors: []};
    } else {
      const {data, etag} = await request(`ip-assets/${params.id}`);
      state.model = modelOf(data);
      state.etag = etag;
    }
  }
  const m = state.model;
  const me = current();
  const projects = await all('projects', me.role === 'TTO' ? {institutionId: me.institutionId, sort: 'code'} : {sort: 'code'}, 1000);

  const inventorHolder = h('div');
  async function drawInventors() {
    const project = projects.find(p => String(p.id) === String(m.projectId));
    const people = project ? await personChoices(await peopleOf(project.participants.map(x => x.institutionId))) : [];
    const total = shareTotal(m.inventors);
    inventorHolder.replaceChildren(lineList({
      legend: t('ipAsset.inventors'), name: 'inventors', items: m.inventors, addLabel: t('inventor.add'),
      hint: project ? t('inventor.hint') : t('inventor.chooseProject'),
      newItem: () => ({personId: '', shareBp: ''}), lineLabel: i => t('inventor.line', {n: i + 1}), onchange: () => total.update(),
      renderLine: (x, i) => [
        comboBox({label: t('inventor.person'), name: `inventors[${i}].personId`, value: x.personId, required: true,
          options: people, onchange: v => { x.personId = v; }}),
        textField({label: t('shares.bp'), name: `inventors[${i}].shareBp`, value: x.shareBp, required: true, hint: t('shares.bpHint'),
          attrs: {inputmode: 'numeric'}, oninput: v => { x.shareBp = v; total.update(); }}),
      ],
    }), total);
  }
  await drawInventors();

  const filings = lineList({
    legend: t('ipAsset.filings'), name: 'filings', items: m.filings, addLabel: t('filing.add'),
    newItem: () => ({jurisdiction: 'CN', applicationNumber: '', grantNumber: '', filingDate: '', grantDate: '', status: 'FILED',
      publicationNumber: '', publicationDate: '', priorities: '', pctApplicationNumber: '', hkKind: '', designatedOffice: '',
      designatedApplicationNumber: ''}),
    lineLabel: i => t('filing.line', {n: i + 1}),
    renderLine: (f, i) => [
      selectField({label: t('filing.jurisdiction'), name: `filings[${i}].jurisdiction`, value: f.jurisdiction, required: true,
        options: options('filingJurisdiction'), onchange: v => { f.jurisdiction = v; }}),
      textField({label: t('filing.applicationNumber'), name: `filings[${i}].applicationNumber`, value: f.applicationNumber, required: true,
        oninput: v => { f.applicationNumber = v; }}),
      selectField({label: t('filing.status'), name: `filings[${i}].status`, value: f.status, required: true,
        options: options('filingStatus'), onchange: v => { f.status = v; }}),
      textField({label: t('filing.filingDate'), name: `filings[${i}].filingDate`, type: 'date', value: f.filingDate,
        oninput: v => { f.filingDate = v; }}),
      textField({label: t('filing.grantNumber'), name: `filings[${i}].grantNumber`, value: f.grantNumber, oninput: v => { f.grantNumber = v; }}),
      textField({label: t('filing.grantDate'), name: `filings[${i}].grantDate`, type: 'date', value: f.grantDate,
        oninput: v => { f.grantDate = v; }}),
      textField({label: t('filing.publicationNumber'), name: `filings[${i}].publicationNumber`, value: f.publicationNumber,
        oninput: v => { f.publicationNumber = v; }}),
      textField({label: t('filing.publicationDate'), name: `filings[${i}].publicationDate`, type: 'date', value: f.publicationDate,
        oninput: v => { f.publicationDate = v; }}),
      textArea({rows: 2, label: t('filing.priorities'), name: `filings[${i}].priorities`, value: f.priorities, hint: t('filing.prioritiesHint'),
        oninput: v => { f.priorities = v; }}),
      textField({label: t('filing.pctApplicationNumber'), name: `filings[${i}].pctApplicationNumber`, value: f.pctApplicationNumber,
        hint: t('filing.pctApplicationNumberHint'), oninput: v => { f.pctApplicationNumber = v; }}),
      selectField({label: t('filing.hkKind'), name: `filings[${i}].hkKind`, value: f.hkKind, empty: t('filing.hkKindNone'),
        hint: t('filing.hkKindHint'), options: options('hkKind'), onchange: v => { f.hkKind = v; }}),
      selectField({label: t('filing.designatedOffice'), name: `filings[${i}].designatedOffice`, value: f.designatedOffice, empty: '—',
        hint: t('filing.designatedHint'), options: ['CN', 'EP', 'GB'].map(o => ({value: o, label: o})),
        onchange: v => { f.designatedOffice = v; }}),
      textField({label: t('filing.designatedApplicationNumber'), name: `filings[${i}].designatedApplicationNumber`,
        value: f.designatedApplicationNumber, oninput: v => { f.designatedApplicationNumber = v; }}),
    ],
  });

  const title = creating ? t('ipAsset.new') : t('ipAsset.edit', {title: localized(m.title).text});
  return h('div', {},
    pageHeader(title),
    form({
      label: title,
      cancelHref: creating ? (m.projectId ? `#/projects/${m.projectId}` : '#/ip-assets') : `#/ip-assets/${params.id}`,
      submitLabel: creating ? t('ipAsset.create') : t('common.save'),
      submit: async () => {
        const body = requestOf(m);
        const {data} = creating ? await post('ip-assets', body) : await put(`ip-assets/${params.id}`, body, state.etag);
        flash(creating ? t('ipAsset.created') : t('common.saved'));
        location.hash = creating ? `#/ip-assets/${data.id}/ownership` : `#/ip-assets/${data.id}`;
      },
    },
    fieldset(t('ipAsset.about'), null,
      selectField({label: t('ipAsset.project'), name: 'projectId', value: m.projectId, required: true, empty: t('common.choose'),
        options: projects.map(p => ({value: p.id, label: `${p.code} — ${localized(p.title).text}`})),
        onchange: v => { m.projectId = v; drawInventors(); }}),
      selectField({label: t('ipAsset.type'), name: 'type', value: m.type, required: true, options: options('assetType'),
        onchange: v => { m.type = v; }}),
      localizedFields({legend: t('ipAsset.title'), name: 'title', value: m.title, required: true}),
      localizedFields({legend: t('ipAsset.abstract'), name: 'abstract', value: m.abstract, area: true, hint: t('ipAsset.abstractHint')}),
      localizedFields({legend: t('ipAsset.publicSummary'), name: 'publicSummary', value: m.publicSummary, area: true,
        hint: t('ipAsset.publicSummaryHint')}),
      selectField({label: t('ipAsset.developmentStage'), name: 'readinessLevel', value: m.readinessLevel, required: true,
        hint: t('ipAsset.readinessHint'), options: [1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => ({value: String(n), label: stageText(n)})),
        onchange: v => { m.readinessLevel = v; }}),
      selectField({label: t('ipAsset.licensing'), name: 'licensing', value: m.licensing, required: true, options: options('licensing'),
        onchange: v => { m.licensing = v; }}),
      selectField({label: t('project.confidentiality'), name: 'confidentiality', value: m.confidentiality, required: true,
        hint: t('ipAsset.confidentialityHint'), options: options('confidentiality'), onchange: v => { m.confidentiality = v; }})),
    fieldset(t('ipAsset.forInvestors'), 'investorTexts',
      h('p', {class: 'hint'}, t('ipAsset.forInvestorsHint')),
      localizedFields({legend: t('ipAsset.problemSolved'), name: 'problemSolved', value: m.problemSolved, area: true}),
      localizedFields({legend: t('ipAsset.advantages'), name: 'advantages', value: m.advantages, area: true}),
      localizedFields({legend: t('ipAsset.applications'), name: 'applications', value: m.applications, area: true})),
    filings,
    inventorHolder));
}
