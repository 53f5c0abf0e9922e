// The catalogue of licensable IP: full-text search in English and Chinese, facet filters,
// highlighted snippets, sorting and paging. Highlights arrive as plain-text segments and become <mark>s.
import {h} from '../dom.js';
import {t, label, language, localized, publicText, tagOf, formatNumber} from '../i18n.js';
import {get, query as queryString} from '../api.js';
import {saveFile} from '../files.js';
import {features} from '../features.js';
import {pageHeader, pager, withQuery, statusMessage, button} from '../ui.js';
import {selectField} from '../forms.js';
import {saveSearch} from './saved-searches.js';
import {current} from '../session.js';
import {followLanguageOf} from './public-asset.js';
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

function facetPanel(name, counts, chosen, model) {
  if (!counts || !counts.length) {
    return null;
  }
  const id = `facet-${name}`;
  return h('fieldset', {class: 'facet', 'aria-labelledby': id},
    h('legend', {id}, t(`facet.${name}`)),
    counts.map(c => {
      const inputId = `${id}-${c.value}`;
      return h('div', {class: 'checkbox'},
        h('input', {type: 'checkbox', id: inputId, value: c.value, checked: chosen.includes(c.value), onchange: e => {
          const set = new Set(model[name]);
          if (e.target.checked) {
            set.add(c.value);
          } else {
            set.delete(c.value);
          }
          model[name] = [...set];
        }}),
        h('label', {for: inputId}, FACET_LABELS[name] ? label(FACET_LABELS[name], c.value) : c.value,
          h('span', {class: 'facet-count'}, ` (${formatNumber(c.count)})`)));
    }));
}

async function searchWithIndex(query, page, sort) {
  const params = {q: query.q || '', type: 'ip-asset', page, size: 10, sort: sort || 'relevance', lang: language()};
  for (const f of FACETS) {
    if (query[f]) {
      params[f] = query[f];
    }
  }
  // a visitor who has not signed in searches the public catalogue: the same search, as an investor sees it
  return current() ? get('search', params) : get('public/catalogue', params);
}

/** The public summary in the reader's language (else English, else the other Chinese) as an unhighlighted snippet. */
function summarySnippet(summary) {
  const s = publicText(summary);
  return s.text ? [{field: 'summary', language: s.lang, segments: [{text: s.text, highlighted: false}]}] : [];
}

/** Without the search API: the IP asset list filtered by title text, shaped like search results. */
async function searchWithList(query, page) {
  const r = await get('ip-assets', {q: query.q || '', licensing: query.licensing || '', page, size: 10});
  return {
    total: {value: r.total, exact: true}, page: r.page, size: r.size, facets: {},
    hits: r.items.map(a => {
      const title = localized(a.title);
      return {type: 'ip-asset', id: a.id, title: title.text, titleLanguage: title.lang,
        titleSegments: [{text: title.text, highlighted: false}],
        ipStatus: a.ipStatus, snippets: summarySnippet(a.publicSummary)};
    }),
  };
}

export async function render({query}) {
  followLanguageOf(query);
  const page = Number(query.page || 1);
  const sort = query.sort || '';
  const f = await features();
  const indexed = current() ? f.search : f.paths.includes('/api/public/catalogue');
  const result = indexed ? await searchWithIndex(query, page, sort)
    : current() ? await searchWithList(query, page) : {total: {value: 0, exact: true}, page: 1, size: 10, facets: {}, hits: []};
  const model = Object.fromEntries(FACETS.map(f => [f, selected(query, f)]));
  model.q = query.q || '';
  model.sort = sort;
  const go = (p = 1) => {
    location.hash = withQuery('/catalogue', {q: model.q, sort: model.sort, page: p,
      ...Object.fromEntries(FACETS.map(f => [f, model[f].join(',')]))});
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

  const facets = h('form', {class: 'facets', 'aria-label': t('catalogue.filters'), onsubmit: e => {
    e.preventDefault();
    go(1);
  }},
  h('h2', {}, t('catalogue.filters')),
  FACETS.map(f => facetPanel(f, result.facets?.[f], model[f], model)),
  indexed ? h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')),
    h('a', {class: 'button secondary', href: withQuery('/catalogue', {q: model.q})}, t('filters.clear'))) : null);

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
    pageHeader(t('catalogue.title'), indexed && f.exports && current() ? button(t('catalogue.export'), exportResults, {class: 'secondary'}) : null,
      f.savedSearches && current() ? button(t('savedSearch.save'), () => saveSearch(query.q || t('savedSearch.anything'), query.q || '',
        Object.fromEntries(FACETS.filter(x => query[x]).map(x => [x, query[x].split(',')])), language()),
      {class: 'secondary', id: 'save-search'}) : null),
    h('p', {}, t('catalogue.intro')),
    searchForm,
    indexed ? null : statusMessage(t(current() ? 'catalogue.noIndex' : 'catalogue.closed'), 'warning'),
    result.rebuilding ? statusMessage(t('catalogue.rebuilding'), 'warning') : null,
    result.syntaxIgnored ? statusMessage(t('catalogue.syntaxIgnored'), 'info') : null,
    result.approximate ? statusMessage(t('catalogue.approximate'), 'info') : null,
    h('div', {class: 'catalogue'},
      facets,
      h('section', {class: 'results', 'aria-labelledby': 'results-heading'},
        h('div', {class: 'results-head'},
          h('h2', {id: 'results-heading', 'aria-live': 'polite'}, t('catalogue.results', {total})),
          indexed ? selectField({label: t('filters.sort'), value: sort, options: [
            {value: 'relevance', label: t('sort.relevance')}, {value: 'newest', label: t('sort.newest')},
            {value: 'title', label: t('sort.title')}], onchange: v => { model.sort = v; go(1); }}) : null),
        result.hits.length ? hits : h('p', {class: 'empty'}, t('catalogue.none')),
        pager({total: Math.min(result.total.value, 10000), page: result.page, size: result.size}, p => go(p)))));
}
