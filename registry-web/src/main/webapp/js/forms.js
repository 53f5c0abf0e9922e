// Form controls with labels, hints and error messages linked by aria-describedby, and the display of
// an API problem's field errors next to the controls they name.
import {h, uid} from './dom.js';
import {t} from './i18n.js';

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
  if (type === 'date') {
    // a text field in ISO form: native date pickers differ by browser and read poorly with assistive technology
    type = 'text';
    hint = hint ? `${hint} ${t('common.dateHint')}` : t('common.dateHint');
    attrs = {inputmode: 'numeric', size: 10, maxlength: 10, ...attrs};
    autocomplete = 'off';
  }
  const p = parts(label, hint, required);
  const input = h('input', {
    id: p.id, type, value: value ?? '', required: !!required, lang: lang || null, autocomplete: autocomplete || null,
    'aria-describedby': describedBy(p.hintId, p.errorId), 'data-field': name || null, 'data-error-id': p.errorId,
    oninput: oninput ? e => oninput(e.target.value) : null, ...attrs,
  });
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

/** A select. options: [{value, label, lang}] or [{group, options}]; empty: text of an empty first option. */
export function selectField({label, name, value, options, required, hint, empty, onchange, multiple}) {
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
  return h('div', {class: 'field'}, p.label, p.hint, select, p.error);
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

/** Shows an ApiError (problem details) on a form: each field error beside its control, all of them in the summary. */
export function showProblem(formEl, error) {
  const summary = formEl.querySelector('.error-summary');
  const items = [];
  for (const {field, message} of error.fieldErrors || []) {
    const el = findControl(formEl, field);
    if (el) {
      const errorEl = formEl.querySelector(`#${CSS.escape(el.dataset.errorId)}`);
      const line = el.dataset.field === field ? message : `${field}: ${message}`;
      if (errorEl) {
        errorEl.textContent = errorEl.textContent ? `${errorEl.textContent} ${line}` : line;
        errorEl.hidden = false;
      }
      if (el.tagName !== 'FIELDSET') {
        el.setAttribute('aria-invalid', 'true');
      }
      const target = el;
      items.push(h('li', {}, h('a', {href: `#${el.id || ''}`, onclick: e => {
        e.preventDefault();
        (target.tagName === 'FIELDSET' ? target.querySelector('input, select, textarea, button') || target : target).focus();
      }}, `${labelOf(el) || field}: ${message}`)));
    } else {
      items.push(h('li', {}, `${field}: ${message}`));
    }
  }
  if (!summary) {
    return;
  }
  summary.replaceChildren(
    h('h2', {}, error.status === 412 ? t('error.stale') : t('error.summary')),
    items.length ? h('ul', {}, items) : h('p', {}, error.message));
  summary.hidden = false;
  summary.focus();
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

/** A whole number from a field, or the text itself when it is not one (the API then names the field). */
export function numberValue(v) {
  const s = blankToNull(v === null || v === undefined ? null : String(v));
  if (s === null) {
    return null;
  }
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}
