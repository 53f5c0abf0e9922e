// Small building blocks shared by the pages: headings, tables, pagers, messages.
import {h} from './dom.js';
import {t, formatNumber} from './i18n.js';

export function pageHeader(title, ...actions) {
  return h('div', {class: 'page-header'}, h('h1', {}, title), actions.length ? h('div', {class: 'actions'}, actions) : null);
}

export function errorPanel(title, detail, error) {
  return h('section', {class: 'panel error-panel', role: 'alert'},
    h('h1', {}, title),
    h('p', {}, detail || ''),
    error?.problem?.incidentId ? h('p', {}, t('error.incident', {id: error.problem.incidentId})) : null,
    h('p', {}, h('a', {href: '#/'}, t('nav.home'))));
}

/** A message region that screen readers announce. */
export function statusMessage(text, kind = 'info') {
  return h('p', {class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status'}, text);
}

export function link(href, text, attrs = {}) {
  return h('a', {href, ...attrs}, text);
}

export function button(text, onclick, attrs = {}) {
  return h('button', {type: 'button', onclick, ...attrs}, text);
}

/** A link styled as a button, for navigation actions. */
export function buttonLink(href, text, attrs = {}) {
  return h('a', {href, class: 'button', ...attrs}, text);
}

export function badge(text, kind = '') {
  return h('span', {class: `badge ${kind}`}, text);
}

/** A description list of [term, value] pairs; empty values are left out. */
export function details(pairs) {
  return h('dl', {class: 'details'}, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '' &&
    !(Array.isArray(v) && v.length === 0)).map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

/**
 * A table: columns [{label, cell: row => Node|string, class}], with a caption (visually hidden unless
 * shown) and a message when empty. Wrapped for horizontal scrolling on narrow screens.
 */
export function table(columns, rows, {caption, emptyText, showCaption = false} = {}) {
  if (!rows.length) {
    return h('p', {class: 'empty'}, emptyText || t('common.none'));
  }
  const wrapperId = `table-${Math.random().toString(36).slice(2, 8)}`;
  return h('div', {class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': wrapperId},
    h('table', {},
      h('caption', {id: wrapperId, class: showCaption ? '' : 'visually-hidden'}, caption || ''),
      h('thead', {}, h('tr', {}, columns.map(c => h('th', {scope: 'col', class: c.class || null}, c.label)))),
      h('tbody', {}, rows.map(row => h('tr', {}, columns.map((c, i) => {
        const content = c.cell(row);
        return i === 0 && c.header !== false ? h('th', {scope: 'row', class: c.class || null}, content)
          : h('td', {class: c.class || null}, content);
      }))))));
}

/** Previous / next page links for a PageView ({total, page, size}); go(page) navigates. */
export function pager(pageView, go) {
  const pages = Math.max(1, Math.ceil(pageView.total / pageView.size));
  const nav = h('nav', {class: 'pager', 'aria-label': t('pager.label')},
    h('button', {type: 'button', disabled: pageView.page <= 1, onclick: () => go(pageView.page - 1)}, t('pager.previous')),
    h('span', {}, t('pager.status', {page: formatNumber(pageView.page), pages: formatNumber(pages),
      total: formatNumber(pageView.total)})),
    h('button', {type: 'button', disabled: pageView.page >= pages, onclick: () => go(pageView.page + 1)}, t('pager.next')));
  return nav;
}

/** Replaces the query of the current hash and navigates to it. */
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const value of [v].flat()) {
      if (value !== null && value !== undefined && value !== '') {
        q.append(k, value);
      }
    }
  }
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function section(title, ...content) {
  const id = `s-${Math.random().toString(36).slice(2, 8)}`;
  return h('section', {class: 'panel', 'aria-labelledby': id}, h('h2', {id}, title), content);
}

/** A table cell or inline text in its own language. */
export function langCell(localizedText) {
  return h('span', {lang: localizedText.lang || null}, localizedText.text || '—');
}

let pendingFlash = null;

/** A message to show on the next page drawn (e.g. "Saved" after a redirect). */
export function flash(text) {
  pendingFlash = text;
}

export function takeFlash() {
  const text = pendingFlash;
  pendingFlash = null;
  return text ? statusMessage(text, 'success') : null;
}
