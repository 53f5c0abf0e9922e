// The catalogue of licensable IP: full-text search in English and Chinese, facet filters that apply
// on click and show as removable chips, highlighted snippets, sorting and paging, all kept in the
// address. Highlights arrive as plain-text segments and become <mark>s.
import {h} from '../dom.js';
import {t, label, language, formatNumber, tagOf} from '../i18n.js';
import {get, query as queryString, ApiError} from '../api.js';
import {saveFile} from '../files.js';
import {pageHeader, pager, withQuery, statusMessage, button} from '../ui.js';
import {selectField} from '../forms.js';
import {saveSearch} from './saved-searches.js';
import {current} from '../session.js';
import {followLanguageOf, rememberCatalogueAddress} from './public-asset.js';
import {ipStatusText} from './ip-asset-view.js';

const FACETS = ['licensing', 'sector', 'jurisdiction', 'readiness', 'year', 'institution'];
const FACET_LABELS = {licensing: 'licensing', sector: 'sector', jurisdiction: 'filingJurisdiction'};

/** Text segments with the matched ones in <mark>. */
export function highlighted(segments, lang, tag = 'span') {
  return h(tag, {lang: tagOf(lang)}, segments.map(s => (s.highlighted ? h('mark', {}, s.text) : s.text)));
}

function selected(query, facet) {
  return (query[facet] || '').split(',').filter(Boolean);
}

function valueLabel(facet, value) {
  return FACET_LABELS[facet] ? label(FACET_LABELS[facet], value) : value;
}

/**
 * A facet's values with their counts, as checkboxes that apply at once. A chosen value the current
 * results no longer count is listed too (with 0), so that it can be seen and unticked.
 */
function facetPanel(name, counts, chosen, toggle) {
  const shown = [...(counts || [])];
  chosen.filter(v => !shown.some(c => c.value === v)).forEach(v => shown.push({value: v, count: 0}));
  if (!shown.length) {
    return null;
  }
  const id = `facet-${name}`;
  return h('fieldset', {class: 'facet', 'aria-labelledby': id},
    h('legend', {id}, t(`facet.${name}`)),
    shown.map(c => {
      const inputId = `${id}-${c.value}`;
      return h('div', {class: 'checkbox'},
        h('input', {type: 'checkbox', id: inputId, value: c.value, checked: chosen.includes(c.value),
          onchange: e => toggle(name, c.value, e.target.checked)}),
        h('label', {for: inputId}, valueLabel(name, c.value),
          h('span', {class: 'facet-count'}, ` (${formatNumber(c.count)})`)));
    }));
}

/** The filters in force, each a chip that removes it, and "clear all"; nothing when there are none. */
function activeFilters(model, remove, clearAll) {
  const chosen = FACETS.flatMap(facet => model[facet].map(value => ({facet, value})));
  if (!chosen.length) {
    return null;
  }
  return h('div', {class: 'active-filters', role: 'group', 'aria-labelledby': 'active-filters-label'},
    h('span', {id: 'active-filters-label', class: 'active-filters-label'}, t('catalogue.activeFilters')),
    h('ul', {class: 'chips'}, chosen.map(c => h('li', {},
      h('button', {type: 'button', class: 'chip', dataset: {facet: c.facet, value: c.value}, onclick: () => remove(c.facet, c.value)},
        t('catalogue.chip', {facet: t(`facet.${c.facet}`), value: valueLabel(c.facet, c.value)}),
        h('span', {class: 'visually-hidden'}, ` — ${t('catalogue.removeFilter')}`),
        h('span', {class: 'chip-x', 'aria-hidden': 'true'}, '×'))))),
    h('button', {type: 'button', class: 'link-button', id: 'clear-filters', onclick: clearAll}, t('catalogue.clearFilters')));
}

/** Phones show the results first and the facets folded under them, until the reader unfolds them. */
const PHONE = window.matchMedia('(max-width: 700px)');
let unfoldedOnPhone = false;
PHONE.addEventListener('change', e => {
  const panel = document.getElementById('facets');
  if (panel) {
    panel.open = !e.matches || unfoldedOnPhone;
  }
});

/** After the next drawing of the page, moves the keyboard to the element with this id. */
function focusAfterRender(id) {
  document.addEventListener('hetao:rendered', () => document.getElementById(id)?.focus(), {once: true});
}

/** The search; for a visitor, null when an administrator has closed the public catalogue (it answers 404). */
async function search(query, page, sort) {
  const params = {q: query.q || '', type: 'ip-asset', page, size: 10, sort: sort || 'relevance', lang: language()};
  for (const f of FACETS) {
    if (query[f]) {
      params[f] = query[f];
    }
  }
  if (current()) {
    return get('search', params);
  }
  // a visitor who has not signed in searches the public catalogue: the same search, as an investor sees it
  try {
    return await get('public/catalogue', params);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      return null;
    }
    throw e;
  }
}

export async function render({query}) {
  followLanguageOf(query);
  const page = Number(query.page || 1);
  const sort = query.sort || '';
  const found = await search(query, page, sort);
  const open = found !== null;
  const result = found || {total: {value: 0, exact: true}, page: 1, size: 10, facets: {}, hits: []};
  const model = Object.fromEntries(FACETS.map(f => [f, selected(query, f)]));
  model.q = query.q || '';
  model.sort = sort;
  const go = (p = 1) => {
    location.hash = withQuery('/catalogue', {q: model.q, sort: model.sort, page: p,
      ...Object.fromEntries(FACETS.map(f => [f, model[f].join(',')]))});
  };
  // the address holds the whole search (query, filters, sort, page): Back from an asset, a shared
  // link and a reload all draw the same results
  rememberCatalogueAddress(location.hash || '#/catalogue');
  const toggle = (facet, value, on) => {
    const set = new Set(model[facet]);
    if (on) {
      set.add(value);
    } else {
      set.delete(value);
    }
    model[facet] = [...set];
    go(1);
  };
  const searchId = 'catalogue-q';
  const searchForm = h('form', {role: 'search', class: 'search-box', 'aria-label': t('catalogue.searchLabel'), onsubmit: e => {
    e.preventDefault();
    go(1);
  }},
  h('label', {for: searchId}, t('catalogue.query')),
  h('div', {class: 'search-row'},
    h('input', {type: 'search', id: searchId, value: model.q, 'aria-describedby': 'catalogue-q-hint',
      oninput: e => { model.q = e.target.value; }}),
    h('button', {type: 'submit', class: 'primary'}, t('catalogue.search'))),
  h('p', {class: 'hint', id: 'catalogue-q-hint'}, t('catalogue.queryHint')));

  const chips = open ? activeFilters(model, (facet, value) => {
    focusAfterRender(FACETS.some(f => f !== facet && model[f].length) || model[facet].length > 1 ? 'clear-filters' : searchId);
    toggle(facet, value, false);
  }, () => {
    FACETS.forEach(f => { model[f] = []; });
    focusAfterRender(searchId);
    go(1);
  }) : null;
  const activeCount = FACETS.reduce((n, f) => n + model[f].length, 0);
  const facets = h('details', {class: 'facets', id: 'facets', open: !PHONE.matches || unfoldedOnPhone,
    'aria-labelledby': 'facets-heading', ontoggle: e => {
      if (PHONE.matches) {
        unfoldedOnPhone = e.target.open;
      }
    }},
    h('summary', {}, t('catalogue.filters'), activeCount ? ` (${formatNumber(activeCount)})` : ''),
    h('h2', {id: 'facets-heading'}, t('catalogue.filters')),
    FACETS.map(f => facetPanel(f, result.facets?.[f], model[f], toggle)));

  const hits = h('ol', {class: 'hits', start: (result.page - 1) * result.size + 1}, result.hits.map(hit => h('li', {class: 'hit'},
    h('h3', {}, h('a', {href: `#/catalogue/${hit.id}`}, highlighted(hit.titleSegments?.length ? hit.titleSegments
      : [{text: hit.title, highlighted: false}], hit.titleLanguage))),
    (hit.snippets || []).map(s => highlighted(s.segments, s.language, 'p')),
    hit.ipStatus ? h('p', {class: 'hint ip-status'}, `${t('ipAsset.ipStatus')}: ${ipStatusText(hit.ipStatus)}`) : null)));

  const total = result.total.exact ? formatNumber(result.total.value) : t('catalogue.atLeast', {n: formatNumber(result.total.value)});
  const exportResults = () => {
    const params = {q: query.q || '', type: 'ip-asset', sort: sort || 'relevance', lang: language(), format: 'csv'};
    FACETS.filter(x => query[x]).forEach(x => { params[x] = query[x]; });
    return saveFile(`exports/search${queryString(params)}`, 'ip-catalogue.csv', 'text/csv');
  };
  return h('div', {},
    pageHeader(t('catalogue.title'), current() ? button(t('catalogue.export'), exportResults, {class: 'secondary'}) : null,
      current() ? button(t('savedSearch.save'), () => saveSearch(query.q || t('savedSearch.anything'), query.q || '',
        Object.fromEntries(FACETS.filter(x => query[x]).map(x => [x, query[x].split(',')])), language()),
      {class: 'secondary', id: 'save-search'}) : null),
    h('p', {}, t('catalogue.intro')),
    searchForm,
    open ? null : statusMessage(t('catalogue.closed'), 'warning'),
    result.rebuilding ? statusMessage(t('catalogue.rebuilding'), 'warning') : null,
    result.syntaxIgnored ? statusMessage(t('catalogue.syntaxIgnored'), 'info') : null,
    result.approximate ? statusMessage(t('catalogue.approximate'), 'info') : null,
    chips,
    h('div', {class: 'catalogue'},
      facets,
      h('section', {class: 'results', 'aria-labelledby': 'results-heading'},
        h('div', {class: 'results-head'},
          h('h2', {id: 'results-heading', 'aria-live': 'polite'}, t('catalogue.results', {total})),
          open ? selectField({label: t('filters.sort'), value: sort, options: [
            {value: 'relevance', label: t('sort.relevance')}, {value: 'newest', label: t('sort.newest')},
            {value: 'title', label: t('sort.title')}], onchange: v => { model.sort = v; go(1); }}) : null),
        result.hits.length ? hits : h('p', {class: 'empty'}, t('catalogue.none')),
        pager({total: Math.min(result.total.value, 10000), page: result.page, size: result.size}, p => go(p)))));
}
