// Who is signed in: the token lives in sessionStorage (gone when the tab closes), the account and
// its institution are read from the API.
import {get, post, del, setToken, token, whenUnauthorized} from './api.js';
import {institution} from './refdata.js';
import {setTimeZone} from './i18n.js';

let me = null;
let myInstitution = null;
const listeners = [];

export function current() {
  return me;
}

export function currentInstitution() {
  return myInstitution;
}

export function hasRole(...roles) {
  return me !== null && roles.includes(me.role);
}

export function onSessionChange(fn) {
  listeners.push(fn);
}

function changed() {
  listeners.forEach(fn => fn(me));
}

/** Restores the session of a token kept from earlier in this tab; false when there is none. */
export async function restore() {
  if (!token()) {
    return false;
  }
  try {
    me = await get('auth/me');
    setTimeZone(me.timeZone);
    myInstitution = me.institutionId ? await institution(me.institutionId) : null;
    changed();
    return true;
  } catch (e) {
    setToken(null);
    me = null;
    return false;
  }
}

export async function signIn(username, password) {
  const {data} = await post('auth/token', {username, password});
  setToken(data.token);
  await restore();
  return me;
}

export async function signOut() {
  try {
    await del('auth/token');
  } catch (e) {
    // the token may have expired already; forget it either way
  }
  forget();
}

export function forget() {
  setToken(null);
  me = null;
  myInstitution = null;
  setTimeZone(null);
  changed();
}

whenUnauthorized(() => {
  forget();
  location.hash = '#/sign-in?expired=1';
});
