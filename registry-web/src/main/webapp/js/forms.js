// Form controls with labels, hints and error messages linked by aria-describedby, and the display of
// an API problem's field errors next to the controls they name.
import {h, uid} from './dom.js';
import {t} from './i18n.js';
import {phraseField, phraseProblem} from './problems.js';

/**
 * A form: an error summary (focused when the API refuses), the content, and the buttons.
 * submit(event) may throw an ApiError; its field errors are shown inline.
 */
export function form({submit, submitLabel, cancelHref, extraButtons, label}, ...content) {
  const summaryId = uid('summary');
  const summary = h('div', {class: 'error-summary', id: summaryId, tabindex: '-1', role: 'alert', hidden: true});
  const submitButton = h('button', {type: 'submit', class: 'primary'}, submitLabel || t('common.save'));
  const el = h('form', {novalidate: true, 'aria-label': label || null},
    summary, content,
    h('div', {class: 'form-actions'}, submitButton, extraButtons || null,
      cancelHref ? h('a', {href: cancelHref, class: 'button secondary'}, t('common.cancel')) : null));
  el.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(el);
    const local = formatErrors(el);
    if (local.length) {
      // a date or number the interface cannot read: say so by the field instead of sending it
      showProblem(el, {status: 400, problem: {code: 'invalid-value'}, fieldErrors: local});
      return;
    }
    submitButton.disabled = true;
    el.setAttribute('aria-busy', 'true');
    try {
      await submit(event);
    } catch (e) {
      showProblem(el, e);
    } finally {
      submitButton.disabled = false;
      el.removeAttribute('aria-busy');
    }
  });
  return el;
}

function describedBy(...ids) {
  return ids.filter(Boolean).join(' ') || null;
}

/** The pieces every field has: a label, an optional hint, an error line. */
function parts(label, hint, required) {
  const id = uid('f');
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  return {
    id, hintId, errorId,
    label: h('label', {for: id}, label, required ? h('span', {class: 'required', 'aria-hidden': 'true'}, ' *') : null),
    hint: hint ? h('p', {class: 'hint', id: hintId}, hint) : null,
    error: h('p', {class: 'field-error', id: errorId, hidden: true}),
  };
}

/**
 * A text input. Options: label, name (the API field path it sets, e.g. "title.en"), value, type,
 * required, hint, lang, autocomplete, oninput(value), attrs.
 */
export function textField({label, name, value, type = 'text', required, hint, lang, autocomplete, oninput, attrs = {}}) {
  const dateField = type === 'date';
  if (dateField) {
    // a text field in ISO form: native date pickers differ by browser and read poorly with assistive technology
    type = 'text';
    hint = hint ? `${hint} ${t('common.dateHint')}` : t('common.dateHint');
    attrs = {inputmode: 'numeric', size: 10, maxlength: 10, ...attrs};
    autocomplete = 'off';
  }
  const p = parts(label, hint, required);
  const numeric = attrs.inputmode === 'numeric' || attrs.inputmode === 'decimal';
  const kind = dateField ? 'date' : numeric ? 'number' : null;
  const input = h('input', {
    id: p.id, type, value: value ?? '', required: !!required, lang: lang || null, autocomplete: autocomplete || null,
    'aria-describedby': describedBy(p.hintId, p.errorId), 'data-field': name || null, 'data-error-id': p.errorId,
    'data-kind': kind, oninput: oninput ? e => oninput(e.target.value) : null, ...attrs,
  });
  if (dateField) {
    // 2026/3/1, 2026-3-1 or 2026年3月1日 are shown as the date they mean once the field is left
    input.addEventListener('change', () => {
      const iso = dateValue(input.value);
      if (iso && iso !== input.value) {
        input.value = iso;
        oninput?.(iso);
      }
    });
  }
  return h('div', {class: 'field'}, p.label, p.hint, input, p.error);
}

export function textArea({label, name, value, required, hint, lang, oninput, rows = 4}) {
  const p = parts(label, hint, required);
  const area = h('textarea', {
    id: p.id, rows, required: !!required, lang: lang || null, 'aria-describedby': describedBy(p.hintId, p.errorId),
    'data-field': name || null, 'data-error-id': p.errorId, oninput: oninput ? e => oninput(e.target.value) : null,
  });
  area.value = value ?? '';
  return h('div', {class: 'field'}, p.label, p.hint, area, p.error);
}

/**
 * A select. options: [{value, label, lang}] or [{group, options}]; empty: text of an empty first option;
 * wide: the whole width of a list line (for long names).
 */
export function selectField({label, name, value, options, required, hint, empty, onchange, multiple, wide}) {
  const p = parts(label, hint, required);
  const option = o => h('option', {value: o.value, lang: o.lang || null,
    selected: multiple ? (value || []).includes(String(o.value)) : String(o.value) === String(value ?? '')}, o.label);
  const select = h('select', {
    id: p.id, required: !!required, multiple: !!multiple, 'aria-describedby': describedBy(p.hintId, p.errorId),
    'data-field': name || null, 'data-error-id': p.errorId,
    onchange: onchange ? e => onchange(multiple ? [...e.target.selectedOptions].map(o => o.value) : e.target.value) : null,
  },
  empty !== undefined && !multiple ? h('option', {value: '', selected: !value}, empty) : null,
  options.map(o => (o.group ? h('optgroup', {label: o.group}, o.options.map(option)) : option(o))));
  return h('div', {class: wide ? 'field wide' : 'field'}, p.label, p.hint, select, p.error);
}

/** A group of checkboxes for a multi-valued field. */
export function checkboxGroup({legend, name, values = [], options, hint, onchange}) {
  const hintId = hint ? uid('hint') : null;
  const errorId = uid('err');
  const chosen = new Set(values);
  return h('fieldset', {class: 'checkboxes', 'data-field': name, 'data-error-id': errorId, 'aria-describedby': describedBy(hintId, errorId)},
    h('legend', {}, legend),
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null,
    h('p', {class: 'field-error', id: errorId, hidden: true}),
    h('div', {class: 'checkbox-grid'}, options.map(o => {
      const id = uid('cb');
      return h('div', {class: 'checkbox'},
        h('input', {type: 'checkbox', id, value: o.value, checked: chosen.has(o.value), onchange: e => {
          if (e.target.checked) {
            chosen.add(o.value);
          } else {
            chosen.delete(o.value);
          }
          onchange?.([...chosen]);
        }}),
        h('label', {for: id}, o.label));
    })));
}

export function checkbox({label, name, checked, onchange, hint}) {
  const p = parts(label, hint, false);
  return h('div', {class: 'field checkbox'},
    h('input', {id: p.id, type: 'checkbox', checked: !!checked, 'data-field': name || null, 'data-error-id': p.errorId,
      'aria-describedby': describedBy(p.hintId, p.errorId), onchange: e => onchange?.(e.target.checked)}),
    p.label, p.hint, p.error);
}

/** A fieldset for a group of fields or list lines; name: the API field of the whole group, for its errors. */
export function fieldset(legend, name, ...content) {
  const errorId = uid('err');
  return h('fieldset', {'data-field': name || null, 'data-error-id': errorId, 'aria-describedby': errorId},
    h('legend', {}, legend),
    h('p', {class: 'field-error', id: errorId, hidden: true}),
    content);
}

/** The errors shown on each form: {control, errorEl, item, line} for every field error. */
const shown = new WeakMap();

export function clearErrors(formEl) {
  const summary = formEl.querySelector('.error-summary');
  if (summary) {
    summary.hidden = true;
    summary.replaceChildren();
  }
  formEl.querySelectorAll('.field-error').forEach(e => {
    e.hidden = true;
    e.textContent = '';
  });
  formEl.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
  shown.set(formEl, []);
}

/** The control an API field path names, or the nearest group above it: "shares[2].shareBp" → "shares[2]" → "shares". */
function findControl(formEl, field) {
  let f = field;
  while (f) {
    const el = formEl.querySelector(`[data-field="${CSS.escape(f)}"]`);
    if (el) {
      return el;
    }
    const cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
    f = cut > 0 ? f.slice(0, cut) : '';
  }
  return null;
}

function labelOf(el) {
  if (el.tagName === 'FIELDSET') {
    return el.querySelector('legend')?.textContent || '';
  }
  return el.id ? (el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent || '').replace(/\s\*$/, '') : '';
}

/**
 * The label a person sees for a field path: the control's own label, inside the groups (a funding
 * line, a staff member) it belongs to, e.g. "Staff member 1 · Start date".
 */
function fieldLabel(formEl, el) {
  const names = [labelOf(el)];
  for (let g = el.parentElement?.closest('fieldset'); g && formEl.contains(g); g = g.parentElement?.closest('fieldset')) {
    const legend = g.querySelector(':scope > legend')?.textContent;
    if (legend && g.classList.contains('line')) {
      names.unshift(legend);
    }
  }
  return names.filter(Boolean).join(' · ');
}

const watched = new WeakSet();

/** Hides what was shown for a control once the person changes it; the summary goes when nothing is left. */
function watch(formEl, control) {
  if (watched.has(control)) {
    return;
  }
  watched.add(control);
  const forget = () => {
    const records = shown.get(formEl) || [];
    const gone = records.filter(r => r.control === control);
    if (!gone.length) {
      return;
    }
    const left = records.filter(r => r.control !== control);
    shown.set(formEl, left);
    control.removeAttribute('aria-invalid');
    for (const r of gone) {
      r.item?.remove();
      const rest = left.filter(o => o.errorEl === r.errorEl).map(o => o.line);
      if (r.errorEl) {
        r.errorEl.textContent = rest.join(' ');
        r.errorEl.hidden = rest.length === 0;
      }
    }
    const summary = formEl.querySelector('.error-summary');
    if (summary && !summary.querySelector('li')) {
      summary.hidden = true;
      summary.replaceChildren();
    }
  };
  control.addEventListener('input', forget);
  control.addEventListener('change', forget);
}

/**
 * Shows a refused request on a form, in the interface language: each field error beside its control
 * (a nested line's error beside the line, e.g. shares[1].shareBp), all of them in the summary at the
 * top as links to their fields. An error disappears when its field is changed.
 */
export function showProblem(formEl, error) {
  const summary = formEl.querySelector('.error-summary');
  const records = shown.get(formEl) || [];
  const items = [];
  const labelFor = path => {
    const el = formEl.querySelector(`[data-field="${CSS.escape(path)}"]`);
    return el ? fieldLabel(formEl, el) : null;
  };
  for (const fieldError of error.fieldErrors || []) {
    const message = phraseField(fieldError, labelFor);
    const el = findControl(formEl, fieldError.field || '');
    if (!el) {
      items.push(h('li', {}, message));
      continue;
    }
    const errorEl = formEl.querySelector(`#${CSS.escape(el.dataset.errorId)}`);
    if (errorEl) {
      errorEl.textContent = errorEl.textContent ? `${errorEl.textContent} ${message}` : message;
      errorEl.hidden = false;
    }
    if (el.tagName !== 'FIELDSET') {
      el.setAttribute('aria-invalid', 'true');
    }
    const focusable = el.tagName === 'FIELDSET' ? el.querySelector('input, select, textarea, button') || el : el;
    const item = h('li', {}, h('a', {href: `#${focusable.id || el.id || ''}`, 'data-field': null, onclick: e => {
      e.preventDefault();
      focusable.focus();
    }}, t('error.fieldOf', {label: fieldLabel(formEl, el) || t('error.summary'), message})));
    items.push(item);
    watch(formEl, el);
    records.push({control: el, errorEl, item, line: message});
  }
  shown.set(formEl, records);
  if (!summary) {
    return;
  }
  const general = error.status === 0 ? t('error.network') : phraseProblem(error.problem, error.status);
  summary.replaceChildren(
    h('h2', {}, error.status === 412 ? t('error.stale') : t('error.summary')),
    h('p', {}, items.length > 1 ? t('error.count', {n: items.length}) : general),
    items.length ? h('ul', {}, items) : '');
  summary.hidden = false;
  summary.focus();
}

/** Dates and numbers the person typed that the interface cannot read, as field errors. */
function formatErrors(formEl) {
  const errors = [];
  formEl.querySelectorAll('[data-kind][data-field]').forEach(el => {
    const v = el.value.trim();
    if (!v) {
      return;
    }
    if (el.dataset.kind === 'date' && !dateValue(v)) {
      errors.push({field: el.dataset.field, code: 'date.format', params: {}});
    } else if (el.dataset.kind === 'number' && typeof numberValue(v) !== 'number') {
      errors.push({field: el.dataset.field, code: 'json.type', params: {expected: 'number'}});
    }
  });
  return errors;
}

/** A text in English, Traditional and Simplified Chinese: three fields, each tagged with its language. */
export function localizedFields({legend, name, value, required, area, hint}) {
  const make = area ? textArea : textField;
  return fieldset(legend, name,
    hint ? h('p', {class: 'hint'}, hint) : null,
    make({label: t('text.en'), name: `${name}.en`, value: value.en, lang: 'en', oninput: v => { value.en = v; }}),
    make({label: t('text.zhHant'), name: `${name}.zhHant`, value: value.zhHant, lang: 'zh-Hant-HK', oninput: v => { value.zhHant = v; }}),
    make({label: t('text.zhHans'), name: `${name}.zhHans`, value: value.zhHans, lang: 'zh-Hans-CN', oninput: v => { value.zhHans = v; }}),
    required ? h('p', {class: 'hint'}, t('text.oneRequired')) : null);
}

/** Full-width digits and punctuation (as typed with a Chinese input method) as their ASCII forms. */
export function halfWidth(value) {
  return String(value)
    .replace(/[\uFF01-\uFF5E]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
    .replace(/\u3000/g, ' ');
}

/** Empty strings as null, so optional fields are left out rather than sent blank. */
export function blankToNull(value) {
  if (typeof value === 'string') {
    const s = value.trim();
    return s === '' ? null : s;
  }
  return value ?? null;
}

export function textValue(v) {
  const out = {en: blankToNull(v.en), zhHant: blankToNull(v.zhHant), zhHans: blankToNull(v.zhHans)};
  return out.en || out.zhHant || out.zhHans ? out : null;
}

/**
 * A number from a field, or the text itself when it is not one (the API then names the field).
 * Accepts what people write: thousands separators (4,500,000 or 4 500 000), full-width digits
 * (４５００), a leading + and surrounding spaces.
 */
export function numberValue(v) {
  const s = blankToNull(v === null || v === undefined ? null : halfWidth(v));
  if (s === null) {
    return null;
  }
  const plain = /^[+-]?\d{1,3}([,\u00A0\u202F ]\d{3})+(\.\d+)?$/.test(s) ? s.replace(/[,\u00A0\u202F ]/g, '') : s;
  return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : s;
}

/**
 * A date as YYYY-MM-DD from what people write: 2026-03-01, 2026-3-1, 2026/03/01, 2026.3.1 or
 * 2026年3月1日 (also with full-width digits); null when blank; the text itself when it is no date
 * (the form then says so by the field).
 */
export function dateValue(v) {
  const s = blankToNull(v === null || v === undefined ? null : halfWidth(v));
  if (s === null) {
    return null;
  }
  const m = s.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/);
  if (!m) {
    return null;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date field's value for a request: the ISO date, null when blank, or the text as typed when it is no date. */
export function dateFieldValue(v) {
  return dateValue(v) ?? blankToNull(v);
}

/** An ORCID iD written with spaces, without hyphens or as its orcid.org address, in its usual form. */
export function orcidValue(v) {
  const s = blankToNull(v === null || v === undefined ? null : halfWidth(v));
  if (s === null) {
    return null;
  }
  const compact = s.toUpperCase().replace(/^(HTTPS?:\/\/)?(WWW\.)?ORCID\.ORG\//, '').replace(/[\s-]/g, '');
  return /^\d{15}[\dX]$/.test(compact) ? compact.replace(/^(.{4})(.{4})(.{4})(.{4})$/, '$1-$2-$3-$4') : s;
}
