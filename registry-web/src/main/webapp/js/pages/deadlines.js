// An office's patent deadlines: a list and a month calendar, filtered by dates, status and rule, each
// deadline marked done (with the filing it produced) or taken back, and the docket exported as CSV or iCalendar.
import {h} from '../dom.js';
import {t, label, localized, formatDate, language} from '../i18n.js';
import {get, post, request, query} from '../api.js';
import {hasRole, current} from '../session.js';
import {allInstitutions, institutionName} from '../refdata.js';
import {saveFile} from '../files.js';
import {pageHeader, table, section, button, badge, statusMessage, withQuery} from '../ui.js';

const RULES = ['paris-priority', 'pct-national-phase', 'hk-r-record', 'hk-r-register', 'hk-short-term-renewal', 'cn-annuity'];
const STATUS_KIND = {OPEN: 'info', OVERDUE: 'warning', DONE: 'success'};

const iso = d => d.toISOString().slice(0, 10);
const monthStart = month => new Date(`${month}-01T00:00:00Z`);

/** What a deadline is, in the reader's language: the rule's title, the filing, and the office or patent year. */
export function deadlineText(d) {
  const occurrence = d.occurrence
    ? (d.occurrence.startsWith('year-') ? t('deadline.year', {n: d.occurrence.slice(5)}) : d.occurrence) : null;
  return `${localized(d.title).text} — ${d.applicationNumber}${occurrence ? ` (${occurrence})` : ''}`;
}

async function markDone(d, status) {
  const filing = window.prompt(t('deadline.producedFilingPrompt', {deadline: deadlineText(d)}), '');
  if (filing === null) {
    return false;
  }
  try {
    await post(`ip-assets/${d.ipAssetId}/deadlines/done`, {key: d.key, producedFiling: filing.trim() || null});
    return true;
  } catch (e) {
    status.replaceChildren(statusMessage(e.message, 'error'));
    return false;
  }
}

async function undo(d, status) {
  try {
    await request(`ip-assets/${d.ipAssetId}/deadlines/done${query({key: d.key})}`, {method: 'DELETE'});
    return true;
  } catch (e) {
    status.replaceChildren(statusMessage(e.message, 'error'));
    return false;
  }
}

/** The deadlines as a table; {@code withAsset} adds the asset's column; offices may mark them done. */
export function deadlineTable(list, {withAsset, rerender, status}) {
  const canMark = hasRole('TTO', 'ADMIN');
  return table([
    {label: t('deadline.dueDate'), class: 'nowrap', cell: d => h('time', {datetime: d.dueDate, title: d.rolledOver ? t('deadline.rolledOver') : null},
      formatDate(d.dueDate), d.rolledOver ? ' *' : '')},
    {label: t('deadline.status'), cell: d => badge(label('deadlineStatus', d.status), STATUS_KIND[d.status])},
    {label: t('deadline.what'), cell: d => h('span', {title: d.source}, deadlineText(d))},
    withAsset ? {label: t('deadline.asset'), cell: d => h('a', {href: `#/ip-assets/${d.ipAssetId}`},
      h('span', {lang: localized(d.assetTitle).lang}, localized(d.assetTitle).text))} : null,
    {label: t('deadline.doneWith'), cell: d => d.done
      ? t('deadline.doneBy', {who: d.done.doneBy, filing: d.done.producedFiling || '—'})
      : (d.metBy ? t('deadline.metBy', {filing: d.metBy}) : '—')},
    canMark ? {label: t('deadline.actions'), cell: d => d.done
      ? button(t('deadline.undo'), async () => { if (await undo(d, status)) { rerender(); } }, {class: 'secondary', 'data-undo': d.key})
      : (d.metBy ? null : button(t('deadline.markDone'), async () => { if (await markDone(d, status)) { rerender(); } },
        {class: 'secondary', 'data-done': d.key}))} : null,
  ].filter(Boolean), list, {caption: t('deadline.title'), emptyText: t('deadline.none')});
}

/** A month as a grid of weeks (Monday first), each day with its deadlines. */
function monthCalendar(month, list, go) {
  const first = monthStart(month);
  const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const byDay = new Map();
  list.forEach(d => byDay.set(d.dueDate, [...(byDay.get(d.dueDate) || []), d]));
  const cells = [];
  for (let i = 0; i < lead; i++) {
    cells.push(h('td', {class: 'calendar-empty'}));
  }
  for (let day = 1; day <= days; day++) {
    const date = iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)));
    cells.push(h('td', {'data-date': date},
      h('div', {class: 'calendar-day'}, String(day)),
      (byDay.get(date) || []).map(d => h('div', {class: `calendar-item status-${d.status.toLowerCase()}`},
        h('a', {href: `#/ip-assets/${d.ipAssetId}`, title: deadlineText(d)}, localized(d.title).text)))));
  }
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) {
    weeks.push(h('tr', {}, cells.slice(i, i + 7)));
  }
  const shift = n => {
    const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + n, 1));
    return iso(d).slice(0, 7);
  };
  const weekdays = t('deadline.weekdays').split(',');
  return h('div', {class: 'deadline-calendar'},
    h('p', {},
      button(t('deadline.previousMonth'), () => go({month: shift(-1)}), {class: 'secondary'}), ' ',
      h('strong', {id: 'deadline-month'}, month), ' ',
      button(t('deadline.nextMonth'), () => go({month: shift(1)}), {class: 'secondary'})),
    h('table', {class: 'calendar'},
      h('caption', {class: 'visually-hidden'}, t('deadline.calendar')),
      h('thead', {}, h('tr', {}, weekdays.map(w => h('th', {scope: 'col'}, w)))),
      h('tbody', {}, weeks)));
}

export async function render({query: q, rerender}) {
  const me = current();
  const office = me.role === 'TTO';
  const institutions = office ? [] : await allInstitutions();
  const institutionId = office ? null : (q.institutionId || '');
  const today = iso(new Date());
  const month = q.month || today.slice(0, 7);
  const filters = {from: q.from || '', to: q.to || '', status: q.status || '', rule: q.rule || ''};
  const go = params => { location.hash = withQuery('/deadlines', {...q, ...params}); };
  const status = h('div', {'aria-live': 'polite'});
  const params = {...filters, institutionId};
  const needsInstitution = !office && !institutionId;
  const list = needsInstitution ? [] : await get('deadlines', params);
  // the calendar shows the month asked for, whatever the list's window
  const monthEnd = iso(new Date(Date.UTC(monthStart(month).getUTCFullYear(), monthStart(month).getUTCMonth() + 1, 0)));
  const monthList = needsInstitution ? []
    : await get('deadlines', {...params, from: `${month}-01`, to: monthEnd});
  const exportParams = {...params, lang: language()};
  const exportButton = (kind, file, accept) => button(t(`deadline.export.${kind}`), async () => {
    try {
      await saveFile(`deadlines/${kind}${query(exportParams)}`, file, accept);
    } catch (e) {
      status.replaceChildren(statusMessage(e.message, 'error'));
    }
  }, {class: 'secondary', id: `deadlines-export-${kind}`});
  return h('div', {},
    pageHeader(t('deadline.title'),
      needsInstitution ? null : exportButton('calendar', 'deadlines.ics', 'text/calendar'),
      needsInstitution ? null : exportButton('csv', 'deadlines.csv', 'text/csv')),
    h('p', {class: 'lead'}, t('deadline.lead')),
    h('form', {class: 'filters', onsubmit: e => {
      e.preventDefault();
      const f = new FormData(e.target);
      go(Object.fromEntries([...f.entries()].map(([k, v]) => [k, String(v).trim()])));
    }},
    office ? null : h('label', {}, t('deadline.institution'), ' ',
      h('select', {name: 'institutionId', id: 'deadline-institution'},
        h('option', {value: ''}, t('common.choose')),
        institutions.map(i => h('option', {value: i.id, selected: String(i.id) === String(institutionId)}, institutionName(i))))),
    h('label', {}, t('deadline.from'), ' ', h('input', {name: 'from', value: filters.from, placeholder: 'YYYY-MM-DD', size: 10})),
    h('label', {}, t('deadline.to'), ' ', h('input', {name: 'to', value: filters.to, placeholder: 'YYYY-MM-DD', size: 10})),
    h('label', {}, t('deadline.status'), ' ', h('select', {name: 'status', id: 'deadline-status'},
      h('option', {value: ''}, t('deadline.anyStatus')),
      ['OPEN', 'OVERDUE', 'DONE'].map(s => h('option', {value: s, selected: s === filters.status}, label('deadlineStatus', s))))),
    h('label', {}, t('deadline.rule'), ' ', h('select', {name: 'rule'},
      h('option', {value: ''}, t('deadline.anyRule')),
      RULES.map(r => h('option', {value: r, selected: r === filters.rule}, t(`deadline.rule.${r}`))))),
    h('button', {type: 'submit'}, t('deadline.apply'))),
    status,
    needsInstitution ? h('p', {}, t('deadline.chooseInstitution')) : [
      section(t('deadline.calendar'), monthCalendar(month, monthList, go)),
      section(t('deadline.list'), deadlineTable(list, {withAsset: true, rerender, status})),
      h('p', {class: 'hint'}, t('deadline.rolledOverHint'))]);
}
