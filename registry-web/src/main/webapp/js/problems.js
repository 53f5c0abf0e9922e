// Phrases an API problem in the reader's language from its stable codes and params (docs/api.md,
// "Error codes"); the English messages of the API are never shown. A code the interface does not
// know yet gets a plain general sentence.
import {t, has} from './i18n.js';

/** Codes whose sentence depends on which of min and max came with them. */
const LIMITS = new Set(['length', 'count', 'range', 'param.range', 'password.length']);

function list(values) {
  return values.map(String).join(t('error.listSeparator'));
}

/** The params as text to fill into a message, plus the derived ones some messages use. */
function texts(code, params = {}) {
  const out = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = Array.isArray(v) ? list(v) : String(v);
  }
  if (code === 'shares.sum' && typeof params.sum === 'number') {
    const bp = params.sum;
    out.percent = `${Math.trunc(bp / 100)}.${String(Math.abs(bp % 100)).padStart(2, '0')} %`;
  }
  if (code === 'shares.duplicate-holder' && typeof params.line === 'number') {
    out.lineNo = String(params.line + 1);
  }
  return out;
}

/** The message key of a code with its params: "error.code.range:between" for a range with both limits. */
function keyOf(code, params = {}, extra = {}) {
  const base = `error.code.${code}`;
  if (LIMITS.has(code)) {
    const variant = params.min !== undefined && params.max !== undefined ? 'between' : params.max !== undefined ? 'max'
      : params.min !== undefined ? 'min' : null;
    if (variant && has(`${base}:${variant}`)) {
      return `${base}:${variant}`;
    }
  }
  if (code === 'json.type' && params.expected && has(`${base}:${params.expected}`)) {
    return `${base}:${params.expected}`;
  }
  if (code === 'date.order' && !extra.afterLabel) {
    return `${base}:min`;
  }
  return base;
}

/**
 * The sentence for one entry of a problem's errors. labelOf(fieldPath) names another field of the
 * form (a date that must come first); errors made by the interface itself may carry a ready message.
 */
export function phraseField(error, labelOf = () => null) {
  if (!error.code) {
    return error.message || t('error.code.fallback');
  }
  const params = error.params || {};
  const extra = {};
  if (error.code === 'date.order' && params.after) {
    const sibling = String(error.field || '').replace(/[^.\]]*$/, params.after);
    extra.afterLabel = labelOf(sibling) || labelOf(params.after) || null;
  }
  const key = keyOf(error.code, params, extra);
  if (!has(key)) {
    return t('error.code.fallback');
  }
  return t(key, {...texts(error.code, params), ...extra});
}

/** The sentence for a whole problem (its top-level code), in the reader's language. */
export function phraseProblem(problem, status) {
  const code = problem?.code;
  if (code && has(`error.code.${code}`)) {
    return t(`error.code.${code}`);
  }
  return t(status === 412 ? 'error.code.version-mismatch' : 'error.problem.fallback');
}
