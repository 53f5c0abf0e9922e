// The audit log, for administrators: filtered and paged, each record with the names of what it refers
// to and what changed (before → after, field by field), its export, and the verification of its hash chain.
import {h} from '../dom.js';
import {t, has, label, values, formatDateTime, formatNumber} from '../i18n.js';
import {get, query} from '../api.js';
import {saveFile} from '../files.js';
import {textField, selectField} from '../forms.js';
import {pageHeader, table, pager, withQuery, button, statusMessage, section} from '../ui.js';

const FILTERS = ['entityKind', 'entityId', 'actor', 'action', 'from', 'to'];

/** Fields that hold the id of another record, and the kind of that record. */
const REFERENCES = {institutionId: 'institution', personId: 'person', projectId: 'project', ipAssetId: 'ip-asset', pending: 'institution'};
/** Fields whose texts begin with an institution's id: a proposal's shares ("1001:6000") and approvals ("1001 by tto-hku"). */
const LEADING_INSTITUTION = new Set(['shares', 'approvals']);
/** Where a record of a kind can be opened. */
const PAGES = {institution: id => `#/admin/institutions/${id}`, project: id => `#/projects/${id}`,
  'ip-asset': id => `#/ip-assets/${id}`, ownership: id => `#/ip-assets/${id}/ownership`, account: id => `#/admin/accounts/${id}`};
/** Enumerations whose values have labels, by field; some depend on the kind of record or the list they are in. */
const ENUMS = {type: 'assetType', sectors: 'sector', site: 'site', confidentiality: 'confidentiality', licensing: 'licensing',
  park: 'park', whiteListStatus: 'whiteListStatus', interest: 'enquiryInterest', declineReason: 'declineReason', state: 'proposalState'};
const ENUMS_BY_KIND = {
  status: {project: 'projectStatus', enquiry: 'enquiryStatus', agreement: 'agreementStatus', filings: 'filingStatus'},
  role: {account: 'role', staffing: 'staffRole', participants: 'participantRole'},
  kind: {institution: 'institutionKind'},
  jurisdiction: {institution: 'jurisdiction', filings: 'filingJurisdiction'},
  language: {agreement: 'agreementLanguage'},
};
const LANGUAGE_FIELDS = ['en', 'zhHant', 'zhHans'];

/** A field's label in the interface language; fields without one are spelled out from their name. */
export function fieldLabel(name) {
  const key = `auditField.${name}`;
  return has(key) ? t(key) : name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, c => c.toUpperCase());
}

/** The label of a kind of record ("ip-asset" → "IP asset"). */
export function kindLabel(kind) {
  return label('auditKind', kind);
}

/** The name of a record the reader may see, with its number; else the kind and number alone. */
function named(kind, id, names) {
  const name = names[`${kind}:${id}`];
  return name ? `${name} (#${id})` : `${kindLabel(kind)} #${id}`;
}

/** A value of a changed field, readable: ids as names, enumerations as labels, lists and nested records spelled out. */
function value(v, field, context) {
  if (v === null || v === undefined || v === '') {
    return h('span', {class: 'audit-none'}, '—');
  }
  if (Array.isArray(v)) {
    return v.length ? h('ul', {class: 'audit-list'}, v.map(i => h('li', {}, value(i, field, context)))) : h('span', {class: 'audit-none'}, '—');
  }
  if (typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length && keys.every(k => LANGUAGE_FIELDS.includes(k))) {
      return h('span', {}, keys.filter(k => v[k]).map((k, i) => [i ? h('br') : null,
        h('span', {class: 'audit-lang'}, `${t(`auditField.lang.${k}`)}: `), h('span', {lang: k === 'en' ? 'en' : k === 'zhHant' ? 'zh-Hant' : 'zh-Hans'}, v[k])]));
    }
    const inner = {...context, list: field};
    return h('span', {class: 'audit-record'}, keys.map((k, i) => [i ? '; ' : null, `${fieldLabel(k)}: `, value(v[k], k, inner)]));
  }
  if (typeof v === 'boolean') {
    return v ? t('common.yes') : t('common.no');
  }
  if (REFERENCES[field] && typeof v === 'number') {
    const kind = REFERENCES[field];
    const page = PAGES[kind] && context.names[`${kind}:${v}`] ? PAGES[kind](v) : null;
    const text = named(kind, v, context.names);
    return page ? h('a', {href: page}, text) : text;
  }
  if (LEADING_INSTITUTION.has(field) && typeof v === 'string') {
    const m = /^(\d+)([: ])(.*)$/.exec(v);
    if (m) {
      return `${named('institution', Number(m[1]), context.names)}${m[2] === ':' ? ': ' : ' '}${m[3]}`;
    }
  }
  const enumKind = ENUMS[field] || (ENUMS_BY_KIND[field] && (ENUMS_BY_KIND[field][context.list] || ENUMS_BY_KIND[field][context.kind]));
  if (enumKind && typeof v === 'string') {
    return label(enumKind, v);
  }
  return String(v);
}

/** What changed: one row per changed field, its value before and after (a secret only as "changed"). */
function changes(entry) {
  if (!entry.changes) {
    return null;
  }
  let parsed;
  try {
    parsed = JSON.parse(entry.changes);
  } catch (e) {
    parsed = null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return h('code', {}, entry.changes);
  }
  const context = {names: entry.names || {}, kind: entry.entityKind, list: null};
  const fields = Object.keys(parsed);
  return h('details', {class: 'audit-changes', open: fields.length <= 3},
    h('summary', {}, t('audit.changedFields', {fields: fields.map(fieldLabel).join(', ')})),
    h('table', {class: 'audit-diff'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('audit.field')), h('th', {scope: 'col'}, t('audit.before')),
        h('th', {scope: 'col'}, h('span', {'aria-hidden': 'true'}, '→ '), t('audit.after')))),
      h('tbody', {}, fields.map(f => {
        const c = parsed[f] && typeof parsed[f] === 'object' && !Array.isArray(parsed[f]) ? parsed[f] : {after: parsed[f]};
        const secret = c.changed === true && !('before' in c) && !('after' in c);
        return h('tr', {'data-field': f}, h('th', {scope: 'row'}, fieldLabel(f)),
          secret ? h('td', {colspan: '2', class: 'audit-secret'}, t('audit.secretChanged'))
            : [h('td', {class: 'audit-before'}, value(c.before, f, context)), h('td', {class: 'audit-after'}, value(c.after, f, context))]);
      }))));
}

/** The record an entry is about: its kind, and its name when the reader may see it, linked to its page. */
function entity(a) {
  if (!a.entityKind) {
    return '—';
  }
  const kind = kindLabel(a.entityKind);
  if (a.entityId === null || a.entityId === undefined) {
    return kind;
  }
  const text = a.entityName ? `${a.entityName} (#${a.entityId})` : `#${a.entityId}`;
  const page = PAGES[a.entityKind] && a.entityName ? PAGES[a.entityKind](a.entityId) : null;
  return h('span', {}, h('span', {class: 'audit-kind'}, kind), h('br'), page ? h('a', {href: page}, text) : text);
}

export async function render({query: params, state}) {
  const filter = Object.fromEntries(FILTERS.map(k => [k, params[k] || '']));
  const [result, kinds] = await Promise.all([get('audit', {...filter, page: Number(params.page || 1), size: 25}), get('audit/kinds')]);
  const verification = h('div', {'aria-live': 'polite', id: 'audit-verification'}, state.verification || null);
  const exported = h('div', {'aria-live': 'polite', id: 'audit-export-status'});
  const go = p => { location.hash = withQuery('/admin/audit', p); };
  const applied = Object.fromEntries(FILTERS.map(k => [k, params[k] || '']));
  const exportAs = (format, type) => button(t(`audit.export.${format}`), async () => {
    exported.replaceChildren(statusMessage(t('common.loading')));
    try {
      await saveFile(`audit/export${query({...applied, format})}`, `audit.${format}`, type);
      exported.replaceChildren(statusMessage(t('audit.export.done', {file: `audit.${format}`}), 'success'));
    } catch (e) {
      exported.replaceChildren(statusMessage(e.message, 'error'));
    }
  }, {class: 'secondary', id: `audit-export-${format}`});
  const kindOptions = [...new Set([...kinds, ...(filter.entityKind ? [filter.entityKind] : [])])]
    .map(k => ({value: k, label: kindLabel(k)})).sort((a, b) => a.label.localeCompare(b.label));
  return h('div', {},
    pageHeader(t('admin.audit')),
    section(t('audit.verify'),
      h('p', {}, t('audit.verifyHint')),
      button(t('audit.verifyButton'), async () => {
        verification.replaceChildren(statusMessage(t('common.loading')));
        try {
          const v = await get('audit/verify');
          const ok = v.intact;
          state.verification = statusMessage(ok ? t('audit.verified', {n: formatNumber(v.checked)})
            : t('audit.broken', {seq: v.firstBrokenSeq, problem: v.problem || ''}), ok ? 'success' : 'error');
          state.verification.dataset.result = ok ? 'valid' : 'broken';
        } catch (e) {
          state.verification = statusMessage(e.message, 'error');
        }
        verification.replaceChildren(state.verification);
      }, {class: 'primary', id: 'verify-audit'}),
      verification),
    h('form', {class: 'filters', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      go(filter);
    }},
    selectField({label: t('audit.entityKind'), name: 'entityKind', value: filter.entityKind, empty: t('filters.any'),
      options: kindOptions, onchange: v => { filter.entityKind = v; }}),
    textField({label: t('audit.entityId'), value: filter.entityId, attrs: {inputmode: 'numeric'}, oninput: v => { filter.entityId = v; }}),
    textField({label: t('audit.actor'), value: filter.actor, oninput: v => { filter.actor = v; }}),
    selectField({label: t('audit.action'), value: filter.action, empty: t('filters.any'),
      options: values('auditAction').map(v => ({value: v, label: label('auditAction', v)})), onchange: v => { filter.action = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')),
      h('a', {href: '#/admin/audit', class: 'button secondary'}, t('filters.clear')))),
    h('div', {class: 'audit-export'}, h('p', {}, t('audit.export.hint', {n: formatNumber(result.total)})),
      exportAs('csv', 'text/csv'), ' ', exportAs('jsonl', 'application/x-ndjson'), exported),
    table([
      {label: '#', cell: a => String(a.seq)},
      {label: t('audit.when'), cell: a => formatDateTime(a.occurredAt)},
      {label: t('audit.actor'), cell: a => `${a.actor}${a.actorRole ? ` (${label('role', a.actorRole)})` : ''}`},
      {label: t('audit.action'), cell: a => label('auditAction', a.action)},
      {label: t('audit.entity'), cell: entity},
      {label: t('audit.detail'), cell: a => h('div', {class: 'audit-detail'}, a.detail ? h('p', {}, a.detail) : null, changes(a))},
      {label: t('audit.hash'), cell: a => h('code', {title: a.hash}, a.hash ? `${a.hash.slice(0, 12)}…` : '')},
    ], result.items, {caption: t('admin.audit')}),
    pager(result, p => go({...filter, page: p})));
}
