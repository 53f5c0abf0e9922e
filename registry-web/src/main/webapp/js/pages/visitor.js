// What a public visitor does without an account: enquire about a public asset (the address is
// confirmed by a mailed one-time link), confirm it, follow the enquiry's thread through its secret
// link (read, reply, withdraw, switch the link off), and stop a saved search's digest from the link
// in its e-mail. Secrets stay in the address's fragment (#/...), which the browser never sends.
import {h} from '../dom.js';
import {t, label, values, localized, language, formatDateTime} from '../i18n.js';
import {get, post, request} from '../api.js';
import {pageHeader, section, statusMessage, badge, button, link} from '../ui.js';
import {form, textField, textArea, selectField} from '../forms.js';

/** Whether visitors may enquire now (false also when the catalogue is closed). */
export async function visitorEnquiriesOpen() {
  try {
    return (await get('public/visitor-enquiries')).open;
  } catch (e) {
    return false;
  }
}

/** The enquiry form on a public asset; the answer says where the confirmation link went. */
export async function renderAsk({params}) {
  const [a, status] = await Promise.all([get(`public/ip-assets/${params.id}`), get('public/visitor-enquiries')]);
  const title = localized(a.title);
  if (!status.open) {
    return h('div', {}, pageHeader(t('visitor.askTitle')), statusMessage(t('visitor.closed'), 'info'),
      h('p', {}, link(`#/catalogue/${params.id}`, t('catalogue.back'))));
  }
  const model = {name: '', organisation: '', email: '', interest: 'LICENCE', message: ''};
  const done = h('div', {'aria-live': 'polite', id: 'visitor-asked'});
  const el = form({label: t('visitor.askTitle'), submitLabel: t('visitor.send'), cancelHref: `#/catalogue/${params.id}`, submit: async () => {
    const r = (await post(`public/ip-assets/${params.id}/enquiries`, {name: model.name.trim(), organisation: model.organisation.trim(),
      email: model.email.trim(), interest: model.interest, message: model.message.trim(), lang: language()})).data;
    el.hidden = true;
    done.replaceChildren(statusMessage(t('visitor.asked', {email: r.email, when: formatDateTime(r.expiresAt)}), 'success'));
  }},
  textField({label: t('visitor.name'), name: 'name', required: true, autocomplete: 'name', attrs: {maxlength: 64}, oninput: v => { model.name = v; }}),
  textField({label: t('visitor.organisation'), name: 'organisation', required: true, autocomplete: 'organization', attrs: {maxlength: 200},
    oninput: v => { model.organisation = v; }}),
  textField({label: t('visitor.email'), name: 'email', type: 'email', required: true, autocomplete: 'email', hint: t('visitor.emailHint', {hours: status.confirmationHours}),
    attrs: {maxlength: 254}, oninput: v => { model.email = v; }}),
  selectField({label: t('enquiry.interest'), name: 'interest', value: model.interest, required: true,
    options: values('enquiryInterest').map(v => ({value: v, label: label('enquiryInterest', v)})), onchange: v => { model.interest = v; }}),
  textArea({label: t('enquiry.message'), name: 'message', required: true, rows: 6, hint: t('enquiry.messageHint'), oninput: v => { model.message = v; }}));
  return h('div', {class: 'visitor-enquiry'},
    pageHeader(t('visitor.askTitle')),
    h('p', {class: 'lead'}, t('visitor.askLead', {asset: title.text})),
    done, el);
}

/** The page the confirmation link opens: one button sends the enquiry (a link scanner that only fetches the page sends nothing). */
export async function renderConfirm({params}) {
  const result = h('div', {'aria-live': 'polite', id: 'visitor-confirmed'});
  const confirm = button(t('visitor.confirm'), async () => {
    confirm.disabled = true;
    try {
      const r = (await post('public/visitor-enquiries/confirm', {token: params.token})).data;
      location.hash = `#/visitor/enquiry/${r.threadToken}`;
    } catch (e) {
      confirm.disabled = false;
      result.replaceChildren(statusMessage(e.message, 'error'));
    }
  }, {class: 'primary', id: 'visitor-confirm'});
  return h('div', {},
    pageHeader(t('visitor.confirmTitle')),
    h('p', {class: 'lead'}, t('visitor.confirmLead')),
    h('p', {}, confirm), result);
}

/** The visitor's enquiry behind its secret link. */
export async function renderThread({params, rerender}) {
  const path = `public/enquiry-threads/${params.token}`;
  const r = await request(path);
  const e = r.data;
  const title = e.assetTitle ? localized(e.assetTitle) : null;
  const model = {text: ''};
  const active = !['LICENSED', 'DECLINED', 'WITHDRAWN'].includes(e.status);
  return h('article', {class: 'enquiry visitor-thread'},
    pageHeader(t('visitor.threadTitle', {id: e.id})),
    h('p', {class: 'lead'}, title ? h('a', {href: `#/catalogue/${e.ipAssetId}`, lang: title.lang}, title.text) : t('visitor.assetGone')),
    h('p', {}, badge(label('enquiryStatus', e.status), `enquiry-${e.status.toLowerCase()}`), ' ', badge(label('enquiryInterest', e.interest))),
    e.declineReason ? h('p', {class: 'enquiry-declined'}, t('enquiry.declinedBecause', {reason: label('declineReason', e.declineReason)}),
      e.declineText ? ` — ${e.declineText}` : '') : null,
    h('p', {class: 'hint'}, t('visitor.keepLink')),
    section(t('enquiry.threadSection'), h('ol', {class: 'enquiry-thread'}, e.messages.map(m => {
      const office = m.office ? localized(m.office) : null;
      return h('li', {class: 'enquiry-message', 'data-message': m.id},
        h('p', {class: 'enquiry-meta'}, m.fromVisitor ? t('visitor.you') : office ? h('span', {lang: office.lang}, office.text) : t('visitor.office'),
          ' · ', h('time', {datetime: m.createdAt}, formatDateTime(m.createdAt))),
        h('p', {class: 'enquiry-text'}, m.text));
    }))),
    active ? section(t('enquiry.reply'), form({label: t('enquiry.reply'), submitLabel: t('enquiry.sendReply'), submit: async () => {
      await post(`${path}/messages`, {text: model.text.trim()});
      await rerender();
    }}, textArea({label: t('enquiry.reply'), name: 'text', required: true, rows: 3, oninput: v => { model.text = v; }}))) : null,
    section(t('visitor.manage'),
      active ? h('p', {}, button(t('visitor.withdraw'), async () => {
        await request(`${path}/withdraw`, {method: 'POST', ifMatch: r.etag});
        await rerender();
      }, {class: 'secondary', id: 'visitor-withdraw'})) : null,
      h('p', {}, button(t('visitor.revoke'), async () => {
        await request(path, {method: 'DELETE'});
        location.hash = '#/catalogue';
      }, {class: 'secondary', id: 'visitor-revoke'}), ' ', h('span', {class: 'hint'}, t('visitor.revokeHint')))));
}

/** The page a digest's unsubscribe link opens. */
export async function renderUnsubscribe({params}) {
  const result = h('div', {'aria-live': 'polite', id: 'digest-unsubscribed'});
  const stop = button(t('digest.unsubscribe'), async () => {
    try {
      const r = (await post('digests/unsubscribe', {token: params.token})).data;
      stop.hidden = true;
      result.replaceChildren(statusMessage(t('digest.unsubscribed', {name: r.name}), 'success'));
    } catch (e) {
      result.replaceChildren(statusMessage(e.message, 'error'));
    }
  }, {class: 'primary', id: 'digest-unsubscribe'});
  return h('div', {}, pageHeader(t('digest.unsubscribeTitle')), h('p', {class: 'lead'}, t('digest.unsubscribeLead')), h('p', {}, stop), result);
}
