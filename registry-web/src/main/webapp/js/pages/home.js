// The start page: each role goes to where its work is.
import {current} from '../session.js';
import {features} from '../features.js';

const START = {TTO: '#/dashboard', INVESTOR: '#/catalogue', LEGAL: '#/ip-assets', ADMIN: '#/admin'};

export async function render() {
  const me = current();
  const legalStart = (await features()).agreements ? '#/agreements' : START.LEGAL;
  location.replace(me ? ((me.role === 'LEGAL' ? legalStart : START[me.role]) || '#/statistics') : '#/sign-in');
  return document.createTextNode('');
}
