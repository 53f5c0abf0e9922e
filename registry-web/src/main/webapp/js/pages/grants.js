// Capital: a project's grants and funding per side of the boundary, with their totals per side and currency
// (never converted), and for the offices of its participants a form to record, change or remove one.
import {h} from '../dom.js';
import {t, label, values, formatDate, formatNumber} from '../i18n.js';
import {request, get, post, put, del} from '../api.js';
import {hasRole} from '../session.js';
import {allInstitutions} from '../refdata.js';
import {form, textField, selectField, blankToNull, dateFieldValue, numberValue} from '../forms.js';
import {table, button, section, statusMessage} from '../ui.js';

const options = kind => values(kind).map(v => ({value: v, label: label(kind, v)}));
const money = (currency, amount) => `${currency} ${formatNumber(amount, {minimumFractionDigits: 2})}`;

/** The grants section of a project's page. */
export async function grantSection(project, rerender) {
  const [{grants, totals}, institutions] = await Promise.all([get(`projects/${project.id}/grants`), allInstitutions()]);
  const byId = new Map(institutions.map(i => [i.id, i]));
  const canWrite = hasRole('TTO', 'ADMIN');
  const state = {editing: null, adding: false};
  const box = h('div', {class: 'grants'});
  const message = h('div', {});
  const draw = () => {
    box.replaceChildren(message,
      totals.length ? h('ul', {class: 'totals', 'aria-label': t('grants.totals')}, totals.map(x => h('li', {'data-total': `${x.side}-${x.currency}`},
        t('grants.totalLine', {side: label('boundarySide', x.side), amount: money(x.currency, x.amount), n: x.grants})))) : null,
      table([
        {label: t('grants.funder'), cell: g => g.funder},
        {label: t('grants.scheme'), cell: g => label('grantScheme', g.scheme)},
        {label: t('grants.side'), cell: g => label('boundarySide', g.side)},
        {label: t('grants.institution'), cell: g => byId.get(g.institutionId)?.shortName || `#${g.institutionId}`},
        {label: t('grants.amount'), class: 'number', cell: g => money(g.currency, g.amount)},
        {label: t('grants.awarded'), cell: g => formatDate(g.awardedDate)},
        {label: t('grants.period'), cell: g => (g.startDate || g.endDate ? `${formatDate(g.startDate) || '…'} – ${formatDate(g.endDate) || '…'}` : '—')},
        canWrite ? {label: t('common.actions'), header: false, cell: g => h('span', {class: 'row-actions'},
          button(t('common.edit'), () => { state.editing = g; state.adding = false; draw(); }, {class: 'link-button'}),
          button(t('common.remove'), async () => {
            if (!confirm(t('grants.confirmRemove'))) {
              return;
            }
            try {
              const {etag} = await request(`projects/${project.id}/grants/${g.id}`);
              await del(`projects/${project.id}/grants/${g.id}`, etag);
              rerender();
            } catch (e) {
              message.replaceChildren(statusMessage(e.message, 'error'));
            }
          }, {class: 'link-button'}))} : null,
      ].filter(Boolean), grants, {caption: t('grants.title'), emptyText: t('grants.none')}),
      canWrite && (state.adding || state.editing) ? grantForm(project, byId, state.editing, rerender, () => {
        state.adding = false;
        state.editing = null;
        draw();
      }) : null,
      canWrite && !state.adding && !state.editing ? button(t('grants.add'), () => { state.adding = true; draw(); }, {class: 'secondary'}) : null);
  };
  draw();
  return section(t('grants.title'), h('p', {class: 'intro'}, t('grants.intro')), box);
}

function grantForm(project, byId, grant, rerender, cancel) {
  const m = grant ? {...grant, institutionId: String(grant.institutionId), amount: String(grant.amount),
    programme: grant.programme || '', awardReference: grant.awardReference || '', startDate: grant.startDate || '',
    endDate: grant.endDate || ''}
    : {institutionId: '', funder: '', scheme: '', programme: '', awardReference: '', amount: '', currency: 'HKD', side: 'HK',
      awardedDate: '', startDate: '', endDate: ''};
  return form({
    label: grant ? t('grants.edit') : t('grants.add'),
    extraButtons: button(t('common.cancel'), cancel, {class: 'secondary', type: 'button'}),
    submit: async () => {
      const body = {institutionId: m.institutionId ? Number(m.institutionId) : null, funder: blankToNull(m.funder),
        scheme: m.scheme || null, programme: blankToNull(m.programme), awardReference: blankToNull(m.awardReference),
        amount: numberValue(m.amount), currency: m.currency || null, side: m.side || null,
        awardedDate: dateFieldValue(m.awardedDate), startDate: dateFieldValue(m.startDate), endDate: dateFieldValue(m.endDate)};
      if (grant) {
        await put(`projects/${project.id}/grants/${grant.id}`, body, `"${grant.version}"`);
      } else {
        await post(`projects/${project.id}/grants`, body);
      }
      rerender();
    },
  },
  selectField({label: t('grants.institution'), name: 'institutionId', value: m.institutionId, required: true, empty: t('common.choose'),
    options: project.participants.map(p => ({value: String(p.institutionId), label: byId.get(p.institutionId)?.shortName || `#${p.institutionId}`})),
    onchange: v => { m.institutionId = v; }}),
  textField({label: t('grants.funder'), name: 'funder', value: m.funder, required: true, oninput: v => { m.funder = v; }}),
  selectField({label: t('grants.scheme'), name: 'scheme', value: m.scheme, required: true, empty: t('common.choose'),
    options: options('grantScheme'), onchange: v => { m.scheme = v; }}),
  textField({label: t('grants.programme'), name: 'programme', value: m.programme, oninput: v => { m.programme = v; }}),
  textField({label: t('grants.awardReference'), name: 'awardReference', value: m.awardReference, oninput: v => { m.awardReference = v; }}),
  textField({label: t('grants.amount'), name: 'amount', value: m.amount, required: true, attrs: {inputmode: 'decimal'},
    oninput: v => { m.amount = v; }}),
  selectField({label: t('grants.currency'), name: 'currency', value: m.currency, required: true,
    options: ['HKD', 'CNY'].map(c => ({value: c, label: c})), onchange: v => { m.currency = v; }}),
  selectField({label: t('grants.side'), name: 'side', value: m.side, required: true, options: options('boundarySide'),
    onchange: v => { m.side = v; }}),
  textField({label: t('grants.awarded'), name: 'awardedDate', type: 'date', value: m.awardedDate, required: true,
    oninput: v => { m.awardedDate = v; }}),
  textField({label: t('grants.start'), name: 'startDate', type: 'date', value: m.startDate, oninput: v => { m.startDate = v; }}),
  textField({label: t('grants.end'), name: 'endDate', type: 'date', value: m.endDate, oninput: v => { m.endDate = v; }}));
}
