// The dated ownership of an IP asset: the current owners and their shares, the history, and a new version.
import {h} from '../dom.js';
import {t, label, localized, formatDate, formatDateTime} from '../i18n.js';
import {request, get, put, post} from '../api.js';
import {hasRole, current} from '../session.js';
import {allInstitutions, institutionName} from '../refdata.js';
import {form, textField, textArea, selectField, blankToNull, numberValue, dateFieldValue} from '../forms.js';
import {lineList} from '../lines.js';
import {pageHeader, table, section, takeFlash, flash, badge} from '../ui.js';
import {shareTotal} from './ip-asset-form.js';
import {recordalsOf, recordalSection} from './recordals.js';

export async function render({params, state, rerender}) {
  const asset = await get(`ip-assets/${params.id}`);
  const [{data: own, etag}, project, institutions, proposals, recordals] = await Promise.all([
    request(`ip-assets/${params.id}/ownership`), get(`projects/${asset.projectId}`), allInstitutions(),
    get(`ip-assets/${params.id}/ownership/proposals`), recordalsOf({ipAssetId: params.id})]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const names = ids => ids.map(id => institutionName(byId.get(id)) || `#${id}`).join(', ');
  const open = proposals.find(p => p.state === 'OPEN');
  if (!state.model) {
    const shares = own.current ? own.current.shares.map(s => ({institutionId: String(s.institutionId), shareBp: String(s.shareBp)}))
      : project.participants.map(x => ({institutionId: String(x.institutionId), shareBp: ''}));
    state.model = {effectiveFrom: own.today, reason: own.current ? '' : t('ownership.firstReason'), shares};
  }
  const m = state.model;
  const candidates = new Set([...project.participants.map(x => x.institutionId), ...(own.current?.shares || []).map(s => s.institutionId)]);
  const institutionOptions = institutions.filter(i => candidates.has(i.id)).map(i => ({value: i.id, label: institutionName(i)}));
  const total = shareTotal(m.shares);
  const shareTable = shares => table([
    {label: t('participant.institution'), cell: s => institutionName(byId.get(s.institutionId)) || `#${s.institutionId}`},
    {label: t('shares.bp'), class: 'number', cell: s => String(s.shareBp)},
    {label: t('shares.percent'), class: 'number', cell: s => s.percent},
  ], shares, {caption: t('ownership.shares')});
  const title = localized(asset.title);
  const decided = proposals.filter(p => p.state !== 'OPEN');
  // what the chosen date makes the new version: a correction of history before the current version, scheduled after today
  const dateNote = h('p', {class: 'hint', 'aria-live': 'polite', 'data-field-note': 'effectiveFrom'});
  dateNote.update = () => {
    const d = m.effectiveFrom;
    dateNote.textContent = !d ? ''
      : own.current && d < own.current.effectiveFrom ? t('ownership.correctionNote', {date: formatDate(own.current.effectiveFrom)})
        : d > own.today ? t('ownership.scheduledNote', {date: formatDate(d)}) : '';
  };
  dateNote.update();
  return h('div', {},
    takeFlash(),
    pageHeader(t('ownership.titleOf', {title: title.text})),
    h('p', {}, h('a', {href: `#/ip-assets/${asset.id}`}, t('ownership.back'))),
    section(t('ownership.current'), own.current
      ? [h('p', {}, t('ownership.since', {date: formatDate(own.current.effectiveFrom), version: own.current.version})), shareTable(own.current.shares)]
      : h('p', {}, own.scheduled.length ? t('ownership.noneYet') : t('ownership.none'))),
    own.scheduled.length ? section(t('ownership.scheduled'), own.scheduled.map(v => h('div', {class: 'scheduled-change'},
      h('p', {}, t('ownership.scheduledOn', {date: formatDate(v.effectiveFrom), version: v.version})),
      h('p', {}, t('ownership.recordedBy', {who: v.recordedBy, when: formatDateTime(v.recordedAt)})),
      h('p', {}, v.reason),
      shareTable(v.shares)))) : null,
    open ? section(t('ownership.pending'),
      h('p', {}, t('ownership.awaiting', {who: open.proposedBy, when: formatDateTime(open.proposedAt), date: formatDate(open.effectiveFrom),
        names: names(open.pending)})),
      h('p', {}, open.reason),
      shareTable(open.shares),
      proposalActions(open, names, rerender)) : null,
    hasRole('TTO', 'LEGAL', 'ADMIN') ? section(t('ownership.newVersion'),
      h('p', {class: 'hint'}, t('ownership.newVersionHint')),
      hasRole('ADMIN') ? h('p', {class: 'hint'}, t('ownership.adminHint')) : null,
      form({
        label: t('ownership.newVersion'),
        submitLabel: t('ownership.record'),
        submit: async () => {
          const {data, response} = await put(`ip-assets/${params.id}/ownership`, {
            effectiveFrom: dateFieldValue(m.effectiveFrom), reason: blankToNull(m.reason),
            shares: m.shares.map(s => ({institutionId: numberValue(s.institutionId), shareBp: numberValue(s.shareBp)})),
          }, etag || '"0"');
          state.model = null;
          // 202: the change concerns other owners too and waits for their offices' approval
          flash(response.status === 202 ? t(data.kind === 'CORRECTION' ? 'ownership.correctionProposed' : 'ownership.proposed', {names: names(data.pending)})
            : t('ownership.recorded'));
          rerender();
        },
      },
      textField({label: t('ownership.effectiveFrom'), name: 'effectiveFrom', type: 'date', value: m.effectiveFrom, required: true,
        hint: t('ownership.effectiveFromHint'), oninput: v => { m.effectiveFrom = v; dateNote.update(); }}),
      dateNote,
      textArea({label: t('ownership.reason'), name: 'reason', value: m.reason, required: true, rows: 2, oninput: v => { m.reason = v; }}),
      lineList({
        legend: t('ownership.shares'), name: 'shares', items: m.shares, min: 1, addLabel: t('shares.add'), hint: t('shares.hint'),
        newItem: () => ({institutionId: '', shareBp: ''}), lineLabel: i => t('shares.line', {n: i + 1}), onchange: () => total.update(),
        renderLine: (s, i) => [
          selectField({label: t('participant.institution'), name: `shares[${i}].institutionId`, value: s.institutionId, required: true,
            empty: t('common.choose'), options: institutionOptions, wide: true, onchange: v => { s.institutionId = v; }}),
          textField({label: t('shares.bp'), name: `shares[${i}].shareBp`, value: s.shareBp, required: true, hint: t('shares.bpHint'),
            attrs: {inputmode: 'numeric'}, oninput: v => { s.shareBp = v; total.update(); }}),
        ],
      }),
      total)) : null,
    section(t('ownership.history'), own.history.length ? h('ul', {class: 'history'}, own.history.map(v => h('li', {},
      h('h3', {}, t('ownership.version', {version: v.version, date: formatDate(v.effectiveFrom)}),
        v.correction ? [' ', badge(t('ownership.correction'), 'correction')] : null,
        own.current && v.version === own.current.version ? [' ', badge(t('ownership.inForce'), 'in-force')] : null,
        v.effectiveFrom > own.today ? [' ', badge(t('ownership.scheduledBadge'), 'warning')] : null),
      h('p', {}, t('ownership.recordedBy', {who: v.recordedBy, when: formatDateTime(v.recordedAt)})),
      h('p', {}, v.reason),
      shareTable(v.shares),
      recordalSection({recordals: recordals.filter(r => r.subjectKind === 'OWNERSHIP_VERSION' && r.subjectId === v.id),
        subject: {ownershipVersionId: v.id}, rerender})))) : h('p', {}, t('ownership.none')),
    decided.length ? [h('h3', {}, t('proposal.decided')), h('ul', {class: 'history'}, decided.map(p => h('li', {},
      h('p', {}, h('strong', {}, label('proposalState', p.state)), ' — ',
        t('proposal.proposedBy', {who: p.proposedBy, when: formatDateTime(p.proposedAt), date: formatDate(p.effectiveFrom)})),
      h('p', {}, p.reason),
      p.decidedBy ? h('p', {}, t('proposal.decidedBy', {who: p.decidedBy, when: formatDateTime(p.decidedAt)}))
        : p.state === 'EXPIRED' ? h('p', {}, t('proposal.expiredOn', {when: formatDateTime(p.expiresAt)})) : null,
      p.decisionReason ? h('p', {}, t('proposal.decisionReason', {reason: p.decisionReason})) : null,
      p.resultingVersion ? h('p', {}, t('proposal.resultingVersion', {version: p.resultingVersion})) : null,
      shareTable(p.shares))))] : null));
}

/**
 * What the signed-in office may do with the open proposal: approve or reject it while its approval is
 * missing, withdraw it when it proposed it. Each is a form, so the API's refusal shows in its error summary.
 */
function proposalActions(open, names, rerender) {
  const me = current();
  const office = hasRole('TTO') && me.institutionId != null;
  const mayDecide = office && open.pending.includes(me.institutionId);
  const mayWithdraw = open.proposedBy === me.username || office && open.proposerInstitutionId === me.institutionId;
  const act = async (action, body, recorded = 'proposal.approvalRecorded') => {
    const {data} = await post(`ownership-proposals/${open.id}/${action}`, body, {ifMatch: `"${open.version}"`});
    flash(data.state === 'APPROVED' ? t('proposal.nowInEffect', {version: data.resultingVersion})
      : data.state === 'OPEN' ? t(recorded, {names: names(data.pending)})
        : t('proposal.closed', {state: label('proposalState', data.state)}));
    rerender();
  };
  const rejection = {reason: ''};
  return h('div', {class: 'proposal-actions'},
    hasRole('ADMIN') && open.pendingWithoutOffice?.length ? onBehalfForm(open, names, act) : null,
    mayDecide ? form({label: t('proposal.approve'), submitLabel: t('proposal.approve'), submit: () => act('approve')},
      h('p', {class: 'hint'}, t('proposal.approveHint'))) : null,
    mayDecide ? form({label: t('proposal.reject'), submitLabel: t('proposal.reject'), submit: () => act('reject', {reason: blankToNull(rejection.reason)})},
      textArea({label: t('proposal.rejectReason'), name: 'reason', required: true, rows: 2, oninput: v => { rejection.reason = v; }})) : null,
    mayWithdraw ? form({label: t('proposal.withdraw'), submitLabel: t('proposal.withdraw'), submit: async () => {
      if (confirm(t('proposal.confirmWithdraw'))) {
        await act('withdraw');
      }
    }}) : null);
}

/**
 * An administrator's decision on behalf of an institution the proposal awaits that has no office
 * account: the institution, the signed document it cites, and approve or reject (with a reason).
 * Institutions with an office decide for themselves; the API refuses them (403).
 */
function onBehalfForm(open, names, act) {
  const d = {institutionId: String(open.pendingWithoutOffice[0]), documentRef: '', decision: 'approve', reason: ''};
  return form({
    label: t('proposal.onBehalf'), submitLabel: t('proposal.onBehalfRecord'),
    submit: () => act(d.decision, {institutionId: numberValue(d.institutionId), documentRef: blankToNull(d.documentRef),
      reason: d.decision === 'reject' ? blankToNull(d.reason) : undefined}, 'proposal.onBehalfRecorded'),
  },
  h('h3', {}, t('proposal.onBehalf')),
  h('p', {class: 'hint'}, t('proposal.onBehalfHint', {names: names(open.pendingWithoutOffice)})),
  selectField({label: t('proposal.onBehalfInstitution'), name: 'institutionId', value: d.institutionId, required: true,
    options: open.pendingWithoutOffice.map(id => ({value: id, label: names([id])})), onchange: v => { d.institutionId = v; }}),
  textField({label: t('proposal.documentRef'), name: 'documentRef', required: true, hint: t('proposal.documentRefHint'),
    oninput: v => { d.documentRef = v; }}),
  selectField({label: t('proposal.decision'), name: 'decision', value: d.decision, required: true,
    options: [{value: 'approve', label: t('proposal.approve')}, {value: 'reject', label: t('proposal.reject')}],
    onchange: v => { d.decision = v; }}),
  textArea({label: t('proposal.rejectReason'), name: 'onBehalfReason', rows: 2, hint: t('proposal.onBehalfReasonHint'),
    oninput: v => { d.reason = v; }}));
}
