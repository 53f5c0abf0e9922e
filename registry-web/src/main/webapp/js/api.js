// The REST API as the UI uses it: the same public endpoints any client calls, with the bearer token
// of the session. Failures are RFC 9457 problem details, thrown as ApiError.
import {phraseField, phraseProblem} from './problems.js';
import {t} from './i18n.js';

const TOKEN_KEY = 'hetao.token';
let onUnauthorized = () => {};

/**
 * A refused or failed request. message is the problem phrased in the interface language from its
 * code (with its field errors, for places that show no form); problem keeps the API's answer.
 */
export class ApiError extends Error {
  constructor(status, problem) {
    const fieldErrors = Array.isArray(problem?.errors) ? problem.errors : [];
    const general = status === 0 ? t('error.network') : phraseProblem(problem, status);
    super(fieldErrors.length ? [general, ...fieldErrors.map(e => phraseField(e))].join(' ') : general);
    this.status = status;
    this.problem = problem || {};
    this.fieldErrors = fieldErrors;
  }
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** Called when the API answers 401 to a signed-in request (the token expired or was revoked). */
export function whenUnauthorized(fn) {
  onUnauthorized = fn;
}

/** Query string of the non-empty values; arrays repeat the parameter. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    for (const value of [v].flat()) {
      if (value !== null && value !== undefined && value !== '') {
        q.append(k, String(value));
      }
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * Sends a request to /api/{path}. Returns {data, etag, response}; data is the parsed JSON (null for
 * 204). Options: method, body (JSON or FormData or Blob), ifMatch, headers, raw (leave the body unread).
 */
export async function request(path, {method = 'GET', body, ifMatch, headers = {}, raw = false} = {}) {
  const h = {Accept: 'application/json, application/problem+json', ...headers};
  const t = token();
  if (t) {
    h.Authorization = `Bearer ${t}`;
  }
  if (ifMatch) {
    h['If-Match'] = ifMatch;
  }
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(`api/${path}`, {method, headers: h, body: payload, credentials: 'omit', cache: 'no-store'});
  } catch (e) {
    throw new ApiError(0, {title: 'Network error', detail: e.message});
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (e) {
      problem = {title: response.statusText, status: response.status};
    }
    if (response.status === 401 && t && path !== 'auth/token') {
      onUnauthorized();
    }
    throw new ApiError(response.status, problem);
  }
  const etag = response.headers.get('ETag');
  if (raw) {
    return {data: null, etag, response};
  }
  if (response.status === 204) {
    return {data: null, etag, response};
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  return {data, etag, response};
}

export async function get(path, params) {
  return (await request(path + query(params))).data;
}

export const post = (path, body, options = {}) => request(path, {...options, method: 'POST', body});
export const put = (path, body, ifMatch, options = {}) => request(path, {...options, method: 'PUT', body, ifMatch});
export const del = (path, ifMatch) => request(path, {method: 'DELETE', ifMatch});

/** Every item of a paged list (size 200 per page), up to a limit. */
export async function all(path, params = {}, limit = 2000) {
  const items = [];
  for (let page = 1; ; page += 1) {
    const p = await get(path, {...params, page, size: 200});
    items.push(...p.items);
    if (items.length >= p.total || p.items.length === 0 || items.length >= limit) {
      return items;
    }
  }
}
