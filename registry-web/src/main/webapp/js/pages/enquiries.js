// Investors' enquiries: the form an investor sends from an asset's catalogue page, the list (an
// investor's own, marked when an office answered since; an office's on its institution's assets), and
// a thread with its reply, the offices' internal notes and the status change.
import {h} from '../dom.js';
import {t, label, values, localized, formatDateTime} from '../i18n.js';
import {get, post, request} from '../api.js';
import {hasRole} from '../session.js';
import {pageHeader, table, badge, section, statusMessage, flash, takeFlash, link, details, button} from '../ui.js';
import {form, textArea, selectField, textField} from '../forms.js';

function assetName(e) {
  return e.assetTitle ? localized(e.assetTitle).text : t('inbox.assetNumber', {id: e.ipAssetId});
}

/** The form on an asset's catalogue page: interest and a first message. */
export async function renderNew({params}) {
  const a = await get(`ip-assets/${params.id}`);
  const model = {interest: 'LICENCE', message: ''};
  const title = localized(a.title);
  return h('div', {class: 'enquiry-new'},
    pageHeader(t('enquiry.newTitle')),
    h('p', {class: 'lead'}, t('enquiry.newLead', {asset: title.text})),
    form({label: t('enquiry.newTitle'), submitLabel: t('enquiry.send'), cancelHref: `#/catalogue/${params.id}`, submit: async () => {
      const r = (await post(`ip-assets/${params.id}/enquiries`, {interest: model.interest, message: model.message.trim()})).data;
      flash(t('enquiry.sent'));
      location.hash = `#/enquiries/${r.id}`;
    }},
    selectField({label: t('enquiry.interest'), name: 'interest', value: model.interest, required: true,
      options: values('enquiryInterest').map(v => ({value: v, label: label('enquiryInterest', v)})), onchange: v => { model.interest = v; }}),
    textArea({label: t('enquiry.message'), name: 'message', required: true, rows: 6, hint: t('enquiry.messageHint'),
      oninput: v => { model.message = v; }})));
}

/** "My enquiries" for an investor; "Enquiries" for an office or an administrator. */
export async function renderList() {
  const investor = hasRole('INVESTOR');
  const list = await get('enquiries');
  const columns = [
    {label: t('enquiry.asset'), cell: e => h('span', {},
      e.updated ? [badge(t('enquiry.updated'), 'warning'), ' '] : null,
      h('a', {href: `#/enquiries/${e.id}`, 'data-enquiry': e.id}, assetName(e)))},
    investor ? null : {label: t('enquiry.investor'), cell: e => (e.visitor ? [e.investor, ' ', badge(t('enquiry.fromVisitor'), 'info')] : e.investor)},
    {label: t('enquiry.interest'), cell: e => label('enquiryInterest', e.interest)},
    {label: t('enquiry.status'), cell: e => h('span', {'data-status': e.status}, label('enquiryStatus', e.status))},
    {label: t('enquiry.updatedAt'), cell: e => h('time', {datetime: e.updatedAt}, formatDateTime(e.updatedAt))},
  ].filter(Boolean);
  const flashed = takeFlash();
  return h('div', {},
    pageHeader(t(investor ? 'enquiry.mine' : 'enquiry.title')),
    flashed ? statusMessage(flashed, 'success') : null,
    h('p', {class: 'lead'}, t(investor ? 'enquiry.mineLead' : 'enquiry.officeLead')),
    table(columns, list, {caption: t(investor ? 'enquiry.mine' : 'enquiry.title'), emptyText: t('enquiry.none')}),
    investor ? null : h('p', {}, link('#/enquiries/report', t('enquiry.reportTitle'))));
}

function thread(e) {
  return h('ol', {class: 'enquiry-thread'}, e.messages.map(m => h('li', {class: m.internalNote ? 'enquiry-note' : 'enquiry-message', 'data-message': m.id},
    h('p', {class: 'enquiry-meta'}, m.internalNote ? [badge(t('enquiry.note'), 'info'), ' '] : null, m.author, ' · ',
      h('time', {datetime: m.createdAt}, formatDateTime(m.createdAt))),
    h('p', {class: 'enquiry-text'}, m.text))));
}

function textForm(titleKey, submitKey, name, send) {
  const model = {text: ''};
  return section(t(titleKey), form({label: t(titleKey), submitLabel: t(submitKey), submit: async () => send(model.text.trim())},
    textArea({label: t(titleKey), name: 'text', required: true, rows: 3, oninput: v => { model.text = v; }, hint: null})));
}

function statusForm(e, etag, rerender) {
  const investor = hasRole('INVESTOR');
  const choices = e.next.filter(s => (investor ? s === 'WITHDRAWN' : s !== 'WITHDRAWN'));
  if (!choices.length) {
    return null;
  }
  const model = {status: choices[0], reason: '', reasonText: ''};
  const reasonFields = h('div', {hidden: model.status !== 'DECLINED'},
    selectField({label: t('enquiry.declineReason'), name: 'reason', empty: '', options: values('declineReason')
      .map(v => ({value: v, label: label('declineReason', v)})), onchange: v => { model.reason = v; }}),
    textField({label: t('enquiry.declineText'), name: 'reasonText', oninput: v => { model.reasonText = v; }}));
  return section(t('enquiry.statusTitle'), form({label: t('enquiry.statusTitle'), submitLabel: t('enquiry.move'), submit: async () => {
    const body = {status: model.status};
    if (model.status === 'DECLINED') {
      body.reason = model.reason || null;
      body.reasonText = model.reasonText.trim() || null;
    }
    await request(`enquiries/${e.id}/status`, {method: 'POST', body, ifMatch: etag});
    await rerender();
  }},
  selectField({label: t('enquiry.status'), name: 'status', value: model.status, required: true,
    options: choices.map(s => ({value: s, label: label('enquiryStatus', s)})), onchange: v => {
      model.status = v;
      reasonFields.hidden = v !== 'DECLINED';
    }}),
  reasonFields));
}

/** An owner's office mails a public visitor a new link to the thread (the previous one stops working). */
function visitorLink(e) {
  const status = h('div', {'aria-live': 'polite', id: 'visitor-link-status'});
  return h('div', {}, h('p', {}, button(t('enquiry.visitorLink'), async () => {
    try {
      await post(`enquiries/${e.id}/visitor-link`);
      status.replaceChildren(statusMessage(t('enquiry.visitorLinkSent', {email: e.visitor.email}), 'success'));
    } catch (err) {
      status.replaceChildren(statusMessage(err.message, 'error'));
    }
  }, {class: 'secondary', id: 'visitor-link'}), ' ', h('span', {class: 'hint'}, t('enquiry.visitorLinkHint'))), status);
}

/** One enquiry: its facts, the thread, and what the reader may do next. */
export async function render({params, rerender}) {
  const r = await request(`enquiries/${params.id}`);
  const e = r.data;
  const etag = r.etag;
  const open = !['LICENSED', 'DECLINED', 'WITHDRAWN'].includes(e.status);
  const office = hasRole('TTO');
  const flashed = takeFlash();
  return h('article', {class: 'enquiry'},
    pageHeader(t('enquiry.threadTitle', {asset: assetName(e)})),
    flashed ? statusMessage(flashed, 'success') : null,
    h('p', {}, badge(label('enquiryStatus', e.status), `enquiry-${e.status.toLowerCase()}`), ' ', badge(label('enquiryInterest', e.interest))),
    e.declineReason ? h('p', {class: 'enquiry-declined'}, t('enquiry.declinedBecause', {reason: label('declineReason', e.declineReason)}),
      e.declineText ? ` — ${e.declineText}` : '') : null,
    e.visitor ? section(t('enquiry.visitor'), h('p', {class: 'hint'}, t('enquiry.visitorLead')), details([
      [t('visitor.name'), e.visitor.name],
      [t('visitor.organisation'), e.visitor.organisation],
      [t('visitor.email'), h('a', {href: `mailto:${e.visitor.email}`, id: 'visitor-email'}, e.visitor.email)],
    ]), office ? visitorLink(e) : null) : null,
    section(t('enquiry.threadSection'), thread(e)),
    open && (office || hasRole('INVESTOR')) ? textForm('enquiry.reply', 'enquiry.sendReply', 'text', async text => {
      await post(`enquiries/${e.id}/messages`, {text});
      await rerender();
    }) : null,
    office ? textForm('enquiry.addNote', 'enquiry.saveNote', 'note', async text => {
      await post(`enquiries/${e.id}/notes`, {text});
      await rerender();
    }) : null,
    open && (office || hasRole('INVESTOR')) ? statusForm(e, etag, rerender) : null,
    h('p', {}, link('#/enquiries', t('enquiry.back'))));
}

/** The offices' report: enquiries per month, asset and status. */
export async function renderReport() {
  const rows = await get('enquiries/report');
  return h('div', {},
    pageHeader(t('enquiry.reportTitle')),
    table([
      {label: t('enquiry.month'), cell: r => r.month},
      {label: t('enquiry.asset'), cell: r => h('a', {href: `#/ip-assets/${r.ipAssetId}`}, `#${r.ipAssetId}`)},
      {label: t('enquiry.status'), cell: r => label('enquiryStatus', r.status)},
      {label: t('enquiry.count'), cell: r => String(r.count)},
    ], rows, {caption: t('enquiry.reportTitle'), emptyText: t('enquiry.none')}),
    h('p', {}, link('#/enquiries', t('enquiry.back'))));
}
