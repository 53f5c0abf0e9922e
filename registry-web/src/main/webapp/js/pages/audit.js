// The audit log, for administrators: filtered and paged, and the verification of its hash chain.
import {h} from '../dom.js';
import {t, label, values, formatDateTime, formatNumber} from '../i18n.js';
import {get} from '../api.js';
import {textField, selectField} from '../forms.js';
import {pageHeader, table, pager, withQuery, button, statusMessage, section} from '../ui.js';

const FILTERS = ['entityKind', 'entityId', 'actor', 'action', 'from', 'to'];

/** The changed fields' before and after values, folded away under their names. */
function changes(json) {
  if (!json) {
    return null;
  }
  let parsed = null;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return h('code', {}, json);
  }
  return h('details', {},
    h('summary', {}, t('audit.changedFields', {fields: Object.keys(parsed).join(', ')})),
    h('pre', {class: 'audit-changes'}, JSON.stringify(parsed, null, 1)));
}

export async function render({query, state}) {
  const filter = Object.fromEntries(FILTERS.map(k => [k, query[k] || '']));
  const result = await get('audit', {...filter, page: Number(query.page || 1), size: 25});
  const verification = h('div', {'aria-live': 'polite', id: 'audit-verification'}, state.verification || null);
  const go = params => { location.hash = withQuery('/admin/audit', params); };
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
    textField({label: t('audit.entityKind'), value: filter.entityKind, oninput: v => { filter.entityKind = v; }}),
    textField({label: t('audit.entityId'), value: filter.entityId, attrs: {inputmode: 'numeric'}, oninput: v => { filter.entityId = v; }}),
    textField({label: t('audit.actor'), value: filter.actor, oninput: v => { filter.actor = v; }}),
    selectField({label: t('audit.action'), value: filter.action, empty: t('filters.any'),
      options: values('auditAction').map(v => ({value: v, label: label('auditAction', v)})), onchange: v => { filter.action = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')),
      h('a', {href: '#/admin/audit', class: 'button secondary'}, t('filters.clear')))),
    table([
      {label: '#', cell: a => String(a.seq)},
      {label: t('audit.when'), cell: a => formatDateTime(a.occurredAt)},
      {label: t('audit.actor'), cell: a => `${a.actor}${a.actorRole ? ` (${label('role', a.actorRole)})` : ''}`},
      {label: t('audit.action'), cell: a => label('auditAction', a.action)},
      {label: t('audit.entity'), cell: a => (a.entityKind ? `${a.entityKind} ${a.entityId ?? ''}` : '—')},
      {label: t('audit.detail'), cell: a => h('div', {class: 'audit-detail'}, a.detail || null, changes(a.changes))},
      {label: t('audit.hash'), cell: a => h('code', {title: a.hash}, a.hash ? `${a.hash.slice(0, 12)}…` : '')},
    ], result.items, {caption: t('admin.audit')}),
    pager(result, p => go({...filter, page: p})));
}
