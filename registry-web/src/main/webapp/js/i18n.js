// The interface language: English, Traditional Chinese (Hong Kong) or Simplified Chinese (Mainland).
// The choice is kept in localStorage and set as <html lang> with its BCP-47 tag.
import en from './messages/en.js';
import zhHant from './messages/zh-Hant.js';
import zhHans from './messages/zh-Hans.js';

export const LANGUAGES = [
  {code: 'en', tag: 'en', name: 'English'},
  {code: 'zh-Hant', tag: 'zh-Hant-HK', name: '繁體中文'},
  {code: 'zh-Hans', tag: 'zh-Hans-CN', name: '简体中文'},
];
const BUNDLES = {'en': en, 'zh-Hant': zhHant, 'zh-Hans': zhHans};
const STORAGE_KEY = 'hetao.language';
const listeners = [];
let current = initialLanguage();

function initialLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (BUNDLES[stored]) {
    return stored;
  }
  for (const l of navigator.languages || []) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) {
      return /hans|cn|sg/.test(lower) ? 'zh-Hans' : 'zh-Hant';
    }
    if (lower.startsWith('en')) {
      return 'en';
    }
  }
  return 'en';
}

export function language() {
  return current;
}

/** The BCP-47 tag of the interface language. */
export function languageTag(code = current) {
  return LANGUAGES.find(l => l.code === code).tag;
}

export function setLanguage(code) {
  if (!BUNDLES[code]) {
    return;
  }
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  applyDocumentLanguage();
  listeners.forEach(fn => fn(code));
}

export function applyDocumentLanguage() {
  document.documentElement.lang = languageTag();
}

export function onLanguageChange(fn) {
  listeners.push(fn);
}

/** The message of a key in the interface language, with {name} placeholders filled in. */
export function t(key, params) {
  const text = BUNDLES[current][key] ?? en[key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m)) : text;
}

/** Whether a key has a message (in English at least). */
export function has(key) {
  return key in en;
}

/** The label of an enumeration value, e.g. label('sector', 'ROBOTICS'); unknown values as they are. */
export function label(kind, value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const key = `${kind}.${value}`;
  return has(key) ? t(key) : String(value);
}

/** The values of an enumeration, in the order the bundle lists them. */
export function values(kind) {
  const prefix = `${kind}.`;
  return Object.keys(en).filter(k => k.startsWith(prefix)).map(k => k.slice(prefix.length));
}

const RECORD_ORDER = {
  'en': [['en', 'en'], ['zhHant', 'zh-Hant-HK'], ['zhHans', 'zh-Hans-CN']],
  'zh-Hant': [['zhHant', 'zh-Hant-HK'], ['zhHans', 'zh-Hans-CN'], ['en', 'en']],
  'zh-Hans': [['zhHans', 'zh-Hans-CN'], ['zhHant', 'zh-Hant-HK'], ['en', 'en']],
};

/**
 * A record's text ({en, zhHant, zhHans}) in the interface language when it exists, else the other
 * Chinese script, else English: {text, lang}.
 */
export function localized(text) {
  if (!text) {
    return {text: '', lang: null};
  }
  for (const [field, tag] of RECORD_ORDER[current]) {
    if (text[field]) {
      return {text: text[field], lang: tag};
    }
  }
  return {text: '', lang: null};
}

const PUBLIC_ORDER = {
  'en': [['en', 'en'], ['zhHant', 'zh-Hant-HK'], ['zhHans', 'zh-Hans-CN']],
  'zh-Hant': [['zhHant', 'zh-Hant-HK'], ['en', 'en'], ['zhHans', 'zh-Hans-CN']],
  'zh-Hans': [['zhHans', 'zh-Hans-CN'], ['en', 'en'], ['zhHant', 'zh-Hant-HK']],
};

/**
 * An IP asset's public text (summary, problem solved, advantages, applications), any language of which
 * may be missing: the reader's language, else English, else the other Chinese script: {text, lang}.
 */
export function publicText(text) {
  if (!text) {
    return {text: '', lang: null};
  }
  for (const [field, tag] of PUBLIC_ORDER[current]) {
    if (text[field]) {
      return {text: text[field], lang: tag};
    }
  }
  return {text: '', lang: null};
}

/** The BCP-47 tag of a language code the search API returns (en, zh-Hant, zh-Hans). */
export function tagOf(code) {
  if (!code) {
    return null;
  }
  if (code.startsWith('zh-Hant')) {
    return 'zh-Hant-HK';
  }
  if (code.startsWith('zh-Hans')) {
    return 'zh-Hans-CN';
  }
  return code;
}

export function formatNumber(n, options) {
  return new Intl.NumberFormat(languageTag(), options).format(n);
}

let timeZone;

export function formatDate(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  // a date is that day everywhere; an instant is dated as the registry's zone dates it
  return new Intl.DateTimeFormat(languageTag(), {dateStyle: 'medium', timeZone: iso.length === 10 ? 'UTC' : timeZone}).format(d);
}

/**
 * The registry's time zone (registry.time.zone, from /api/auth/me): times are shown as the zone's
 * clocks show them, so that a record made on 4 December there reads 4 December wherever the reader is.
 */
export function setTimeZone(zone) {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone || undefined});
    timeZone = zone || undefined;
  } catch (e) {
    timeZone = undefined; // a zone this browser does not know: its own
  }
}

/** Today as the registry's zone dates it, as YYYY-MM-DD. */
export function todayIso() {
  return new Intl.DateTimeFormat('en-CA', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).format(new Date());
}

export function formatDateTime(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(languageTag(), {dateStyle: 'medium', timeStyle: 'medium', timeZone}).format(new Date(iso));
}

/** Basis points as an exact percentage with two decimals (3334 → "33.34 %"), by integer arithmetic. */
export function percent(bp) {
  const n = Math.abs(Math.trunc(bp));
  const cents = n % 100;
  return `${bp < 0 ? '-' : ''}${Math.trunc(n / 100)}.${cents < 10 ? '0' : ''}${cents} %`;
}
