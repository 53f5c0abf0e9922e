// The account's saved searches: open one to see what it finds now, with the records registered since
// the last visit marked new; rename or delete it; give it a secret Atom feed URL to paste into a feed
// reader, copy it, replace or revoke it; have it e-mailed as a daily or weekly digest.
import {h} from '../dom.js';
import {t, formatDateTime, formatNumber, label, values} from '../i18n.js';
import {get, post, put, del, request} from '../api.js';
import {pageHeader, table, button, badge, statusMessage, section, flash, takeFlash} from '../ui.js';
import {form, textField, selectField} from '../forms.js';

/** What a saved search asks for, in one line: its words and its filters. */
function describe(s) {
  const filters = Object.entries(s.filters || {}).map(([k, v]) => `${k}: ${v.join(', ')}`);
  return [s.q ? `“${s.q}”` : t('savedSearch.anything'), ...filters].join(' · ');
}

/** Where a found record leads in the interface. */
function recordHref(r) {
  return r.type === 'ip-asset' ? `#/catalogue/${r.id}` : r.type === 'project' ? `#/projects/${r.id}` : '#/catalogue';
}

export async function render() {
  const list = await get('saved-searches');
  const done = takeFlash();
  return h('div', {},
    pageHeader(t('savedSearch.title')),
    h('p', {class: 'lead'}, t('savedSearch.lead')),
    done,
    table([
      {label: t('savedSearch.name'), cell: s => h('a', {href: `#/saved-searches/${s.id}`, 'data-saved-search': s.id}, s.name)},
      {label: t('savedSearch.query'), cell: describe},
      {label: t('savedSearch.lastVisit'), cell: s => h('time', {datetime: s.lastVisitedAt}, formatDateTime(s.lastVisitedAt))},
      {label: t('savedSearch.feed'), cell: s => (s.feed ? t('common.yes') : t('common.no'))},
      {label: t('savedSearch.digest'), cell: s => label('digestFrequency', s.digest)},
    ], list, {caption: t('savedSearch.title'), emptyText: t('savedSearch.none')}));
}

function feedSection(id, etag, rerender, setEtag) {
  const status = h('div', {'aria-live': 'polite', id: 'feed-status'});
  const create = async () => {
    const answer = await post(`saved-searches/${id}/feed-token`);
    setEtag(answer.etag); // a new feed changes the saved search's version
    const r = answer.data;
    const field = h('input', {type: 'text', id: 'feed-url', readonly: true, value: r.url});
    status.replaceChildren(statusMessage(t('savedSearch.feedCreated'), 'success'),
      h('p', {}, h('label', {for: 'feed-url'}, t('savedSearch.feedUrl')), ' ', field, ' ',
        button(t('savedSearch.copy'), async () => {
          field.select();
          await navigator.clipboard?.writeText(r.url).catch(() => null);
        }, {class: 'secondary', id: 'feed-copy'})));
  };
  return section(t('savedSearch.feed'),
    h('p', {}, t('savedSearch.feedHint')),
    h('p', {}, button(t('savedSearch.newFeed'), create, {id: 'feed-new', class: 'secondary'}), ' ',
      button(t('savedSearch.revokeFeed'), async () => {
        await del(`saved-searches/${id}/feed-token`, etag());
        flash(t('savedSearch.feedRevoked'));
        await rerender();
      }, {id: 'feed-revoke', class: 'secondary'})),
    status);
}

/** The e-mail digest: off, daily or weekly (needs an e-mail address on the account), and "send now". */
function digestSection(s, etag, setCurrent, rerender) {
  const model = {frequency: s.digest};
  const status = h('div', {'aria-live': 'polite', id: 'digest-status'});
  return section(t('savedSearch.digest'),
    h('p', {}, t('savedSearch.digestHint')),
    form({label: t('savedSearch.digest'), submitLabel: t('common.save'), submit: async () => {
      setCurrent(await put(`saved-searches/${s.id}/digest`, {frequency: model.frequency}, etag()));
      flash(t('savedSearch.digestSaved'));
      await rerender();
    }},
    selectField({label: t('savedSearch.digestFrequency'), name: 'frequency', value: model.frequency, required: true,
      options: values('digestFrequency').map(v => ({value: v, label: label('digestFrequency', v)})), onchange: v => { model.frequency = v; }})),
    s.digest === 'OFF' ? null : h('p', {}, button(t('savedSearch.digestSend'), async () => {
      try {
        const r = (await post(`saved-searches/${s.id}/digest/send`)).data;
        status.replaceChildren(statusMessage(r.records ? t('savedSearch.digestSent', {n: formatNumber(r.records)}) : t('savedSearch.digestNothing'), 'success'));
      } catch (e) {
        status.replaceChildren(statusMessage(e.message, 'error'));
      }
    }, {class: 'secondary', id: 'digest-send'})),
    status);
}

export async function renderOne({params, rerender}) {
  const id = params.id;
  const results = await get(`saved-searches/${id}/results`);
  // the visit changed the saved search's version: read its current ETag for renaming and deleting
  let current = await request(`saved-searches/${id}`);
  const etag = () => current.etag;
  const s = current.data;
  const model = {name: s.name};
  const done = takeFlash();
  return h('div', {},
    pageHeader(s.name,
      button(t('common.delete'), async () => {
        await del(`saved-searches/${id}`, etag());
        flash(t('common.deleted'));
        location.hash = '#/saved-searches';
      }, {class: 'secondary', id: 'saved-search-delete'})),
    h('p', {}, describe(s)),
    done,
    h('p', {id: 'saved-search-new', 'aria-live': 'polite'}, t('savedSearch.newCount', {n: formatNumber(results.newCount)})),
    h('ol', {class: 'hits'}, results.records.map(r => h('li', {class: 'hit', 'data-record': r.id},
      h('h3', {}, r.isNew ? [badge(t('savedSearch.new'), 'warning'), ' '] : null, h('a', {href: recordHref(r)}, r.title)),
      h('p', {}, r.summary)))),
    results.records.length ? null : h('p', {class: 'empty'}, t('savedSearch.noResults')),
    section(t('savedSearch.rename'),
      form({label: t('savedSearch.rename'), submitLabel: t('common.save'), submit: async () => {
        current = await put(`saved-searches/${id}`, {name: model.name, q: s.q, types: s.types, filters: s.filters, lang: s.lang}, etag());
        flash(t('common.saved'));
        await rerender();
      }},
      textField({label: t('savedSearch.name'), name: 'name', value: model.name, required: true, oninput: v => { model.name = v; }}))),
    feedSection(id, etag, rerender, value => { current = {...current, etag: value}; }),
    digestSection(s, etag, r => { current = r; }, rerender));
}

/** Saves the catalogue's current search (words, facet filters, interface language) and opens it. */
export async function saveSearch(name, q, filters, lang) {
  const r = (await post('saved-searches', {name, q, types: ['ip-asset'], filters, lang})).data;
  location.hash = `#/saved-searches/${r.id}`;
}
