// A small hash router: #/path/with/:params?query. Pages are functions (ctx) => Node | Promise<Node>.
import {h} from './dom.js';
import {t} from './i18n.js';
import {current, hasRole} from './session.js';
import {errorPanel} from './ui.js';

const routes = [];
let renderCount = 0;
let lastHash = null;
let lastPath = null;
let state = {};

/** Registers a page. options.roles: who may open it (signed-in accounts of these roles); options.public: no sign-in. */
export function route(pattern, page, options = {}) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (m, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '$');
  routes.push({regex, names, page, options});
}

export function navigate(hash) {
  if (location.hash === hash) {
    render();
  } else {
    location.hash = hash;
  }
}

function parse() {
  const raw = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [path, search = ''] = raw.split('?');
  return {path, query: Object.fromEntries(new URLSearchParams(search))};
}

/** Renders the page of the current hash into <main>; keep: re-render the same page (language change). */
export async function render({keep = false} = {}) {
  const main = document.getElementById('main');
  const {path, query} = parse();
  const hash = location.hash;
  const focusedId = main.contains(document.activeElement) ? document.activeElement.id : null;
  if (hash !== lastHash) {
    state = {};
  }
  // focus moves to the new page's heading when the page changes, not when only its query (filters, page) does
  const moved = path !== lastPath && lastPath !== null;
  lastHash = hash;
  lastPath = path;
  const match = routes.map(r => ({r, m: path.match(r.regex)})).find(x => x.m);
  const count = ++renderCount;
  let node;
  main.setAttribute('aria-busy', 'true');
  try {
    if (!match) {
      node = errorPanel(t('error.notFound.title'), t('error.notFound.detail'));
    } else if (!match.r.options.public && !current()) {
      location.replace(`#/sign-in?next=${encodeURIComponent(hash || '#/')}`);
      return;
    } else if (match.r.options.roles && !hasRole(...match.r.options.roles)) {
      node = errorPanel(t('error.forbidden.title'), t('error.forbidden.detail'));
    } else {
      const params = Object.fromEntries(match.r.names.map((n, i) => [n, decodeURIComponent(match.m[i + 1])]));
      if (!keep || !main.firstChild) {
        main.replaceChildren(h('p', {class: 'loading', role: 'status'}, t('common.loading')));
      }
      node = await match.r.page({params, query, state, rerender: () => render({keep: true}), path});
    }
  } catch (e) {
    node = errorPanel(t('error.title'), e.message, e);
  }
  if (count !== renderCount) {
    return; // a later navigation won
  }
  main.replaceChildren(node);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} — ${t('app.name')}` : t('app.name');
  document.dispatchEvent(new CustomEvent('hetao:rendered', {detail: {path}}));
  if (moved && !keep && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  } else if (focusedId && document.getElementById(focusedId)) {
    // the same page drawn again (new filters, page or language): keep the keyboard where it was
    document.getElementById(focusedId).focus();
  }
}

export function start() {
  window.addEventListener('hashchange', () => render());
  render();
}
