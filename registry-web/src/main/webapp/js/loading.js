// While the registry loads its demo data set (the API answers 503 demo-data-loading meanwhile), shows
// how far it is, read from the readiness check, and returns once it is done.
import {h} from './dom.js';
import {t} from './i18n.js';
import {statusMessage} from './ui.js';

const POLL_MILLIS = 1500;

/** The demo-data check of /health/ready, or null when there is none (or the health answer is not JSON). */
async function demoCheck() {
  try {
    const response = await fetch('health/ready', {headers: {Accept: 'application/json'}, cache: 'no-store'});
    const health = await response.json();
    return (health.checks || []).find(c => c.name === 'demo-data') || null;
  } catch (e) {
    return null;
  }
}

function page(data) {
  const stored = Number(data?.stored || 0);
  const total = Number(data?.total || 0);
  const percent = total ? Math.floor((100 * stored) / total) : 0;
  return h('section', {class: 'panel narrow', id: 'demo-data-loading'},
    h('h1', {}, t('loading.title')),
    h('p', {}, t('loading.intro')),
    h('progress', {max: String(total || 1), value: String(stored), 'aria-labelledby': 'demo-data-progress'}),
    h('p', {id: 'demo-data-progress', role: 'status'}, t('loading.progress', {stored, total, percent})));
}

/**
 * Resolves when the demo data set is not loading (at once, if it never was). While it loads, the main
 * area shows the progress; afterwards the caller goes on, with the sign-in page if nobody is signed in.
 * Returns whether there was anything to wait for.
 */
export async function waitForDemoData(main) {
  let check = await demoCheck();
  if (!check || check.data?.state !== 'loading') {
    return false;
  }
  while (check && check.data?.state === 'loading') {
    main.replaceChildren(page(check.data));
    await new Promise(resolve => setTimeout(resolve, POLL_MILLIS));
    check = await demoCheck();
  }
  if (check?.data?.state === 'failed') {
    main.replaceChildren(statusMessage(t('loading.failed'), 'warning'));
    await new Promise(resolve => setTimeout(resolve, 4000));
  }
  return true;
}
