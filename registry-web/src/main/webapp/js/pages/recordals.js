// Recordals of an ownership version or an agreement with a patent office: the list with the recordal rules'
// warnings, and for the offices of the parties a form to record one or move it on (filed, recorded, refused).
import {h} from '../dom.js';
import {t, label, values, formatDate} from '../i18n.js';
import {get, post, put} from '../api.js';
import {hasRole} from '../session.js';
import {form, textField, selectField, blankToNull, dateFieldValue} from '../forms.js';
import {table, badge, button} from '../ui.js';

/** The recordals of an asset, an ownership version ({ownershipVersionId}) or an agreement ({agreementId}). */
export function recordalsOf(query) {
  return get('recordals', query);
}

/** A warning of the recordal rules in the interface language, with its legal source. */
export function warningText(w) {
  return t(`recordalWarning.${w.code}`, {due: w.dueDate ? formatDate(w.dueDate) : ''});
}

/** The warnings of a set of recordals, each naming its recordal; null when there is none. */
export function recordalWarnings(recordals) {
  const items = recordals.flatMap(r => r.warnings.map(w => h('li', {'data-warning': w.code},
    h('strong', {}, `${label('recordalOffice', r.office)} · ${label('recordalType', r.type)}: `), warningText(w),
    h('span', {class: 'hint'}, ` (${w.source})`))));
  return items.length ? h('div', {class: 'recordal-warnings', role: 'note'},
    h('p', {}, badge(t('recordal.warnings'), 'warning')), h('ul', {}, items)) : null;
}

function statusText(r) {
  const on = r.status === 'RECORDED' ? r.recordedDate : r.status === 'REFUSED' ? r.refusedDate : r.status === 'FILED' ? r.filedDate : null;
  return on ? t('recordal.statusOn', {status: label('recordalStatus', r.status), date: formatDate(on)}) : label('recordalStatus', r.status);
}

/**
 * The recordals of one subject, and (for TTO and ADMIN: the API decides whether their institution is a party)
 * a form to add one and to update each; {subject}: {ownershipVersionId} or {agreementId}.
 */
export function recordalSection({recordals, subject, rerender, heading = true}) {
  const canWrite = hasRole('TTO', 'ADMIN');
  const editing = {id: null, adding: false};
  const box = h('div', {class: 'recordals'});
  const draw = () => {
    box.replaceChildren(
      heading ? h('h4', {}, t('recordal.title')) : null,
      recordals.length ? table([
        {label: t('recordal.office'), cell: r => label('recordalOffice', r.office)},
        {label: t('recordal.type'), cell: r => label('recordalType', r.type)},
        {label: t('recordal.effectiveDate'), cell: r => formatDate(r.effectiveDate)},
        {label: t('recordal.status'), cell: r => statusText(r)},
        {label: t('recordal.reference'), cell: r => r.reference || '—'},
        {label: t('recordal.warnings'), cell: r => r.warnings.length
          ? h('ul', {}, r.warnings.map(w => h('li', {'data-warning': w.code}, warningText(w)))) : '—'},
        canWrite ? {label: '', cell: r => button(t('recordal.update'), () => { editing.id = r.id; editing.adding = false; draw(); },
          {class: 'secondary'})} : null,
      ].filter(Boolean), recordals, {caption: t('recordal.title')}) : h('p', {class: 'empty'}, t('recordal.none')),
      canWrite && editing.adding ? recordalForm({subject, rerender, cancel: () => { editing.adding = false; draw(); }}) : null,
      canWrite && editing.id ? recordalForm({recordal: recordals.find(r => r.id === editing.id), rerender,
        cancel: () => { editing.id = null; draw(); }}) : null,
      canWrite && !editing.adding && !editing.id
        ? button(t('recordal.add'), () => { editing.adding = true; draw(); }, {class: 'secondary'}) : null);
  };
  draw();
  return box;
}

function recordalForm({recordal, subject, rerender, cancel}) {
  const m = recordal ? {...recordal, reference: recordal.reference || '', filedDate: recordal.filedDate || '',
    recordedDate: recordal.recordedDate || '', refusedDate: recordal.refusedDate || ''}
    : {office: 'CNIPA', type: subject.ownershipVersionId ? 'ASSIGNMENT' : '', effectiveDate: '', status: 'TO_DO',
      filedDate: '', reference: '', recordedDate: '', refusedDate: ''};
  const options = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));
  return form({
    label: recordal ? t('recordal.update') : t('recordal.add'),
    submitLabel: t('common.save'),
    extraButtons: button(t('common.cancel'), cancel, {class: 'secondary', type: 'button'}),
    submit: async () => {
      const body = {office: m.office || null, type: m.type || null, effectiveDate: dateFieldValue(m.effectiveDate),
        status: m.status || null, filedDate: dateFieldValue(m.filedDate), reference: blankToNull(m.reference),
        recordedDate: dateFieldValue(m.recordedDate), refusedDate: dateFieldValue(m.refusedDate)};
      if (recordal) {
        await put(`recordals/${recordal.id}`, body, `"${recordal.version}"`);
      } else {
        await post('recordals', {...subject, ...body});
      }
      rerender();
    },
  },
  selectField({label: t('recordal.office'), name: 'office', value: m.office, required: true, options: options('recordalOffice'),
    onchange: v => { m.office = v; }}),
  selectField({label: t('recordal.type'), name: 'type', value: m.type, required: true, empty: t('common.choose'),
    options: options('recordalType'), onchange: v => { m.type = v; }}),
  textField({label: t('recordal.effectiveDate'), name: 'effectiveDate', type: 'date', value: m.effectiveDate,
    hint: t('recordal.effectiveDateHint'), oninput: v => { m.effectiveDate = v; }}),
  selectField({label: t('recordal.status'), name: 'status', value: m.status, required: true, options: options('recordalStatus'),
    onchange: v => { m.status = v; }}),
  textField({label: t('recordal.filedDate'), name: 'filedDate', type: 'date', value: m.filedDate, oninput: v => { m.filedDate = v; }}),
  textField({label: t('recordal.reference'), name: 'reference', value: m.reference, oninput: v => { m.reference = v; }}),
  textField({label: t('recordal.recordedDate'), name: 'recordedDate', type: 'date', value: m.recordedDate,
    oninput: v => { m.recordedDate = v; }}),
  textField({label: t('recordal.refusedDate'), name: 'refusedDate', type: 'date', value: m.refusedDate,
    oninput: v => { m.refusedDate = v; }}));
}
