// The start page: each role goes to where its work is.
import {current} from '../session.js';

const START = {TTO: '#/dashboard', INVESTOR: '#/catalogue', LEGAL: '#/agreements', ADMIN: '#/admin'};

export async function render() {
  const me = current();
  location.replace(me ? START[me.role] || '#/statistics' : '#/sign-in');
  return document.createTextNode('');
}
