// Drafting a joint-ownership agreement about an IP asset: its parties' signatories, the options
// within the unified IP framework, and the parties' Background IP.
import {h} from '../dom.js';
import {t, label, values, localized, formatDate, percent} from '../i18n.js';
import {get, post, put, all, request} from '../api.js';
import {allInstitutions} from '../refdata.js';
import {form, textField, selectField, checkbox, fieldset, localizedFields, blankToNull, numberValue, textValue} from '../forms.js';
import {lineList} from '../lines.js';
import {comboBox} from '../pickers.js';
import {pageHeader, flash, statusMessage} from '../ui.js';

const opts = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));

function defaultOptions(parties) {
  return {
    ownership: {model: 'JOINT_SHARES', leadParty: parties[0] || ''},
    exploitation: {use: 'NOT_REQUIRED', nonExclusiveLicence: 'NOT_STATED', exclusiveLicence: 'ALL_OWNERS', assignment: 'ALL_OWNERS'},
    prosecution: {filingParties: [], stepIn: true, abandonmentNoticeDays: '60'},
    publication: {noticeDays: '60', mayDelayForFiling: true, maxDelayDays: '90'},
    governingLaw: 'HONG_KONG',
    disputeResolution: {institution: 'HKIAC', seat: 'HONG_KONG', arbitrators: '3', language: 'ENGLISH_AND_CHINESE'},
    recordingParty: '',
    confidentialityExamination: true,
    language: {language: 'EN_ZH_HANT', layout: 'SIDE_BY_SIDE', prevailing: 'EN'},
  };
}

/** The languages (scripts) of each choice of language: a choice of two is a bilingual agreement. */
const SCRIPTS = {EN: ['EN'], ZH_HANT: ['ZH_HANT'], ZH_HANS: ['ZH_HANS'], EN_ZH_HANT: ['EN', 'ZH_HANT'], EN_ZH_HANS: ['EN', 'ZH_HANS']};
const isBilingual = language => (SCRIPTS[language] || []).length > 1;

/** What the language choice means: a layout and a prevailing version only for a bilingual agreement (left out otherwise). */
function languageRequest(l) {
  return isBilingual(l.language) ? {language: l.language, layout: l.layout, prevailing: l.prevailing} : {language: l.language};
}

/** The request's options from the form's model (also used when superseding). */
export function optionsRequest(o) {
  return {
    ownership: {model: o.ownership.model, leadParty: o.ownership.model === 'LEAD_OWNS_AND_LICENSES' ? blankToNull(o.ownership.leadParty) : null},
    // a split stated through the API is kept when a draft is edited here
    exploitation: {revenueSharing: {basis: 'BY_SHARES'}, ...o.exploitation},
    prosecution: {filingParties: o.prosecution.filingParties.map(f => ({jurisdiction: f.jurisdiction, party: blankToNull(f.party)})),
      costSplit: o.prosecution.costSplit || {basis: 'BY_SHARES'}, stepIn: o.prosecution.stepIn,
      abandonmentNoticeDays: numberValue(o.prosecution.abandonmentNoticeDays)},
    publication: {noticeDays: numberValue(o.publication.noticeDays), mayDelayForFiling: o.publication.mayDelayForFiling,
      maxDelayDays: o.publication.mayDelayForFiling ? numberValue(o.publication.maxDelayDays) : null},
    governingLaw: o.governingLaw,
    disputeResolution: {...o.disputeResolution, arbitrators: numberValue(o.disputeResolution.arbitrators)},
    recordingParty: blankToNull(o.recordingParty),
    confidentialityExamination: o.confidentialityExamination,
    language: languageRequest(o.language),
  };
}

/** The form's model of an existing draft: its options, signatories and Background IP as the API returns them. */
function modelOf(a) {
  const o = a.options;
  const str = v => (v === null || v === undefined ? '' : String(v));
  return {
    signatories: a.parties.map(p => ({party: p.code, name: p.signatoryName || '', title: p.signatoryTitle || ''})),
    options: {
      ownership: {model: o.ownership.model, leadParty: o.ownership.leadParty || a.parties[0]?.code || ''},
      exploitation: {...o.exploitation},
      prosecution: {filingParties: o.prosecution.filingParties.map(f => ({jurisdiction: f.jurisdiction, party: f.party || ''})),
        costSplit: o.prosecution.costSplit, stepIn: o.prosecution.stepIn, abandonmentNoticeDays: str(o.prosecution.abandonmentNoticeDays)},
      publication: {noticeDays: str(o.publication.noticeDays), mayDelayForFiling: o.publication.mayDelayForFiling,
        maxDelayDays: str(o.publication.maxDelayDays)},
      governingLaw: o.governingLaw,
      disputeResolution: {...o.disputeResolution, arbitrators: str(o.disputeResolution.arbitrators)},
      recordingParty: o.recordingParty || '',
      confidentialityExamination: o.confidentialityExamination,
      language: {language: o.language.language, layout: o.language.layout || 'SIDE_BY_SIDE', prevailing: o.language.prevailing || 'EN'},
    },
    backgroundIp: (a.backgroundIp || []).map(b => ({party: b.party, access: b.access,
      description: {en: b.description?.en || '', zhHant: b.description?.zhHant || '', zhHans: b.description?.zhHans || ''}})),
  };
}

/**
 * The language of the agreement; the layout and the prevailing version (one of its two languages)
 * are asked for only when it is bilingual.
 */
function languageFields(l) {
  const bilingual = h('div', {class: 'bilingual-fields'});
  const fill = () => {
    const scripts = SCRIPTS[l.language] || [];
    if (!scripts.includes(l.prevailing)) {
      l.prevailing = scripts[0];
    }
    bilingual.replaceChildren(...(scripts.length > 1 ? [
      selectField({label: t('agreement.layout'), name: 'options.language.layout', value: l.layout, options: opts('bilingualLayout'),
        onchange: v => { l.layout = v; }}),
      selectField({label: t('agreement.prevailing'), name: 'options.language.prevailing', value: l.prevailing,
        options: scripts.map(s => ({value: s, label: label('script', s)})), onchange: v => { l.prevailing = v; }}),
    ] : [h('p', {class: 'hint'}, t('agreement.singleLanguage'))]));
  };
  fill();
  return fieldset(t('agreement.languageTerms'), 'options.language',
    selectField({label: t('agreement.language'), name: 'options.language.language', value: l.language,
      options: opts('agreementLanguage'), onchange: v => { l.language = v; fill(); }}),
    bilingual);
}

/** A warning, before drafting, that the asset already has drafts or issued agreements, with links to them. */
function existingAgreements(live) {
  if (!live.length) {
    return null;
  }
  return h('div', {class: 'existing-agreements'}, statusMessage(t('agreement.existing', {n: live.length}), 'warning'),
    h('ul', {}, live.map(x => h('li', {}, h('a', {href: `#/agreements/${x.id}`}, `${x.agreementId} r${x.revision}`), ' · ',
      label('agreementStatus', x.status), x.outOfDate ? ` · ${t('agreement.outOfDateBadge')}` : ''))));
}

/** The fields shared by drafting and editing: signatories, options, Background IP. */
function draftFields(m, parties) {
  const partyOptions = parties.map(p => ({value: p, label: p}));
  return [
    fieldset(t('agreement.signatories'), 'signatories', m.signatories.map((s, i) => h('div', {class: 'line-fields', 'data-field': `signatories[${i}]`},
      h('p', {class: 'party-code'}, h('strong', {}, s.party)),
      textField({label: t('agreement.signatoryName', {party: s.party}), name: `signatories[${i}].name`, value: s.name, required: true,
        oninput: v => { s.name = v; }}),
      textField({label: t('agreement.signatoryTitle', {party: s.party}), name: `signatories[${i}].title`, value: s.title, required: true,
        oninput: v => { s.title = v; }})))),
    optionFields(m.options, parties),
    lineList({legend: t('agreement.backgroundIp'), name: 'backgroundIp', items: m.backgroundIp, addLabel: t('agreement.addBackgroundIp'),
      hint: t('agreement.backgroundIpHint'), lineLabel: i => t('agreement.backgroundIpLine', {n: i + 1}),
      newItem: () => ({party: parties[0] || '', description: {en: '', zhHant: '', zhHans: ''}, access: 'PROJECT_ONLY'}),
      renderLine: (b, i) => [
        selectField({label: t('agreement.party'), name: `backgroundIp[${i}].party`, value: b.party, options: partyOptions,
          onchange: v => { b.party = v; }}),
        selectField({label: t('agreement.access'), name: `backgroundIp[${i}].access`, value: b.access, options: opts('backgroundAccess'),
          onchange: v => { b.access = v; }}),
        localizedFields({legend: t('agreement.description'), name: `backgroundIp[${i}].description`, value: b.description, area: true}),
      ]}),
  ];
}

const signatoriesRequest = m => m.signatories.map(s => ({party: s.party, name: blankToNull(s.name), title: blankToNull(s.title)}));
const backgroundIpRequest = m => m.backgroundIp.map(b => ({party: b.party, description: textValue(b.description), access: b.access}));

/** Editing a draft: its options, signatories and Background IP, made again from the same ownership version. */
export async function renderEdit({params, state}) {
  if (!state.model) {
    const {data, etag} = await request(`agreements/${params.id}`);
    state.agreement = data;
    state.etag = etag;
    state.model = modelOf(data);
  }
  const a = state.agreement;
  const m = state.model;
  if (a.status !== 'DRAFT') {
    return h('div', {}, pageHeader(t('agreement.titleOf', {id: a.agreementId, revision: a.revision})),
      statusMessage(t('agreement.notEditable'), 'warning'), h('p', {}, h('a', {href: `#/agreements/${a.id}`}, t('agreement.backToAgreement'))));
  }
  return h('div', {},
    pageHeader(t('agreement.editTitle', {id: a.agreementId, revision: a.revision})),
    h('p', {}, t('agreement.editIntro', {version: a.ownershipVersion})),
    form({
      label: t('agreement.edit'), submitLabel: t('agreement.saveDraft'), cancelHref: `#/agreements/${a.id}`,
      submit: async () => {
        await put(`agreements/${a.id}`, {options: optionsRequest(m.options), signatories: signatoriesRequest(m),
          backgroundIp: backgroundIpRequest(m)}, state.etag);
        flash(t('agreement.draftSaved'));
        location.hash = `#/agreements/${a.id}`;
      },
    }, draftFields(m, a.parties.map(p => p.code))));
}

/** The parties of an agreement about an asset: its current owners and the institutions employing its inventors. */
async function partiesOf(assetId) {
  const [asset, ownership, institutions] = await Promise.all([
    get(`ip-assets/${assetId}`), get(`ip-assets/${assetId}/ownership`), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const ids = new Set((ownership.current?.shares || []).map(s => s.institutionId));
  for (const inventor of asset.inventors || []) {
    try {
      ids.add((await get(`people/${inventor.personId}`)).institutionId);
    } catch (e) {
      // a person the account may not read is simply not offered
    }
  }
  return {asset, ownership, parties: [...ids].map(id => byId.get(id)?.shortName).filter(Boolean).sort()};
}

function optionFields(o, parties) {
  const partyOptions = parties.map(p => ({value: p, label: p}));
  return [
    fieldset(t('agreement.ownershipTerms'), 'options.ownership',
      selectField({label: t('agreement.model'), name: 'options.ownership.model', value: o.ownership.model, options: opts('ownershipModel'),
        onchange: v => { o.ownership.model = v; }}),
      selectField({label: t('agreement.leadParty'), name: 'options.ownership.leadParty', value: o.ownership.leadParty,
        hint: t('agreement.leadPartyHint'), options: partyOptions, onchange: v => { o.ownership.leadParty = v; }})),
    fieldset(t('agreement.exploitation'), 'options.exploitation', h('p', {class: 'hint'}, t('agreement.consentHint')),
      ['use', 'nonExclusiveLicence', 'exclusiveLicence', 'assignment'].map(k => selectField({label: t(`agreement.${k}`),
        name: `options.exploitation.${k}`, value: o.exploitation[k], options: opts('consent'), onchange: v => { o.exploitation[k] = v; }}))),
    fieldset(t('agreement.prosecution'), 'options.prosecution',
      lineList({legend: t('agreement.filingParties'), name: 'options.prosecution.filingParties', items: o.prosecution.filingParties,
        addLabel: t('agreement.addFilingParty'), newItem: () => ({jurisdiction: 'CN', party: parties[0] || ''}),
        lineLabel: i => t('agreement.filingPartyLine', {n: i + 1}),
        renderLine: (f, i) => [
          selectField({label: t('filing.jurisdiction'), name: `options.prosecution.filingParties[${i}].jurisdiction`, value: f.jurisdiction,
            options: opts('filingJurisdiction'), onchange: v => { f.jurisdiction = v; }}),
          selectField({label: t('agreement.party'), name: `options.prosecution.filingParties[${i}].party`, value: f.party,
            options: partyOptions, onchange: v => { f.party = v; }})]}),
      checkbox({label: t('agreement.stepIn'), name: 'options.prosecution.stepIn', checked: o.prosecution.stepIn,
        onchange: v => { o.prosecution.stepIn = v; }}),
      textField({label: t('agreement.abandonmentNoticeDays'), name: 'options.prosecution.abandonmentNoticeDays',
        value: o.prosecution.abandonmentNoticeDays, attrs: {inputmode: 'numeric'}, oninput: v => { o.prosecution.abandonmentNoticeDays = v; }})),
    fieldset(t('agreement.publication'), 'options.publication',
      selectField({label: t('agreement.noticeDays'), name: 'options.publication.noticeDays', value: o.publication.noticeDays,
        options: ['30', '60', '90'].map(d => ({value: d, label: t('agreement.days', {n: d})})), onchange: v => { o.publication.noticeDays = v; }}),
      checkbox({label: t('agreement.mayDelay'), name: 'options.publication.mayDelayForFiling', checked: o.publication.mayDelayForFiling,
        onchange: v => { o.publication.mayDelayForFiling = v; }}),
      textField({label: t('agreement.maxDelayDays'), name: 'options.publication.maxDelayDays', value: o.publication.maxDelayDays,
        attrs: {inputmode: 'numeric'}, oninput: v => { o.publication.maxDelayDays = v; }})),
    fieldset(t('agreement.lawAndDisputes'), 'options.disputeResolution',
      selectField({label: t('agreement.governingLaw'), name: 'options.governingLaw', value: o.governingLaw, options: opts('governingLaw'),
        onchange: v => { o.governingLaw = v; }}),
      selectField({label: t('agreement.arbitration'), name: 'options.disputeResolution.institution', value: o.disputeResolution.institution,
        options: opts('arbitrationInstitution'), onchange: v => { o.disputeResolution.institution = v; }}),
      selectField({label: t('agreement.seat'), name: 'options.disputeResolution.seat', value: o.disputeResolution.seat,
        options: opts('seatCity'), onchange: v => { o.disputeResolution.seat = v; }}),
      selectField({label: t('agreement.arbitrators'), name: 'options.disputeResolution.arbitrators', value: o.disputeResolution.arbitrators,
        options: [{value: '1', label: '1'}, {value: '3', label: '3'}], onchange: v => { o.disputeResolution.arbitrators = v; }}),
      selectField({label: t('agreement.arbitrationLanguage'), name: 'options.disputeResolution.language', value: o.disputeResolution.language,
        options: opts('arbitrationLanguage'), onchange: v => { o.disputeResolution.language = v; }})),
    fieldset(t('agreement.recordsAndExamination'), null,
      selectField({label: t('agreement.recordingParty'), name: 'options.recordingParty', value: o.recordingParty, empty: t('agreement.noParty'),
        hint: t('agreement.recordingPartyHint'), options: partyOptions, onchange: v => { o.recordingParty = v; }}),
      checkbox({label: t('agreement.confidentialityExamination'), name: 'options.confidentialityExamination',
        checked: o.confidentialityExamination, hint: t('agreement.confidentialityExaminationHint'),
        onchange: v => { o.confidentialityExamination = v; }})),
    languageFields(o.language),
  ];
}

/** The IP assets as picker choices: the title, and beside it the project's code and the owners in force today. */
export function assetChoices(assets) {
  return assets.map(a => ({
    value: a.id, label: localized(a.title).text, lang: localized(a.title).lang,
    detail: [a.projectCode, a.owners?.length ? a.owners.map(o => `${o.shortName} ${percent(o.shareBp)}`).join(', ') : t('agreement.noOwnersYet')]
      .filter(Boolean).join(' · '),
  }));
}

/** Choosing the asset to draft an agreement about, by typing part of its title, project code or an owner. */
async function assetChoice() {
  const assets = await all('ip-assets', {sort: 'title'}, 5000);
  const chosen = {ipAssetId: ''};
  return h('div', {}, pageHeader(t('agreement.new')),
    form({label: t('agreement.new'), submitLabel: t('agreement.continue'), cancelHref: '#/agreements', submit: async () => {
      if (!chosen.ipAssetId) {
        throw {status: 400, problem: {code: 'invalid-value'}, fieldErrors: [{field: 'ipAssetId', code: 'required', params: {}}]};
      }
      location.hash = `#/agreements/new?ipAssetId=${chosen.ipAssetId}`;
    }},
    comboBox({label: t('agreement.asset'), name: 'ipAssetId', required: true, hint: t('agreement.chooseAsset'),
      options: assetChoices(assets), onchange: v => { chosen.ipAssetId = v; }})));
}

export async function render({query, state}) {
  const assetId = query.ipAssetId;
  if (!assetId) {
    return assetChoice();
  }
  if (!state.model) {
    const [{asset, ownership, parties}, existing] = await Promise.all([partiesOf(assetId),
      get('agreements', {ipAssetId: assetId, size: 50})]);
    state.asset = asset;
    state.ownership = ownership;
    state.parties = parties;
    state.live = existing.items.filter(x => x.status !== 'SUPERSEDED');
    state.model = {signatories: parties.map(p => ({party: p, name: '', title: ''})), options: defaultOptions(parties), backgroundIp: []};
  }
  const {asset, ownership, parties} = state;
  const m = state.model;
  const title = localized(asset.title);
  if (!ownership.current) {
    return h('div', {}, pageHeader(t('agreement.new')), statusMessage(t('agreement.noOwners'), 'warning'),
      h('p', {}, h('a', {href: `#/ip-assets/${asset.id}/ownership`}, t('ownership.title'))));
  }
  return h('div', {},
    pageHeader(t('agreement.newFor', {title: title.text})),
    h('p', {}, t('agreement.draftIntro', {version: ownership.current.version})),
    existingAgreements(state.live),
    ownership.scheduled.length ? statusMessage(t('agreement.scheduledChange', {date: formatDate(ownership.scheduled[0].effectiveFrom),
      version: ownership.scheduled[0].version}), 'warning') : null,
    form({
      label: t('agreement.new'), submitLabel: t('agreement.createDraft'), cancelHref: `#/ip-assets/${asset.id}`,
      submit: async () => {
        const {data} = await post('agreements', {
          ipAssetId: Number(assetId),
          options: optionsRequest(m.options),
          signatories: signatoriesRequest(m),
          backgroundIp: backgroundIpRequest(m),
        });
        flash(t('agreement.drafted'));
        location.hash = `#/agreements/${data.id}`;
      },
    },
    draftFields(m, parties)));
}
