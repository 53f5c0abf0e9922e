// An office's inbox: proposals awaiting its approval, decisions on its proposals, agreements about its
// assets, proposals about to expire; newest first, each linking to its record, with the account's own read marks.
import {h} from '../dom.js';
import {t, label, localized, formatDateTime, formatNumber} from '../i18n.js';
import {get, post, put} from '../api.js';
import {hasRole} from '../session.js';
import {pageHeader, table, pager, withQuery, button, badge, statusMessage, section} from '../ui.js';
import {form, textField} from '../forms.js';
import {refreshInboxBadge} from '../layout.js';

/** Where an item leads: a proposal to its asset's ownership page (where it is decided), an agreement or an enquiry to its page. */
export function itemHref(item) {
  if (item.subjectKind === 'ip-asset') {
    return `#/ip-assets/${item.ipAssetId}`;
  }
  if (item.subjectKind === 'enquiry') {
    return `#/enquiries/${item.subjectId}`;
  }
  if (item.subjectKind === 'project') {
    return `#/projects/${item.subjectId}`;
  }
  return item.subjectKind === 'agreement' ? `#/agreements/${item.subjectId}` : `#/ip-assets/${item.ipAssetId}/ownership`;
}

/** The sentence of an item in the interface language. */
export function itemText(item) {
  const asset = item.assetTitle ? localized(item.assetTitle).text : t('inbox.assetNumber', {id: item.ipAssetId});
  return t(`inbox.kind.${item.kind}`, {asset, actor: item.actor, office: item.actorInstitution || item.actor,
    agreement: item.note || `#${item.subjectId}`, note: item.note || '', proposal: `#${item.subjectId}`, enquiry: `#${item.subjectId}`,
    deadline: item.kind === 'DEADLINE_DUE' ? item.note || '' : '',
    status: item.kind === 'ENQUIRY_STATUS' && item.note ? label('enquiryStatus', item.note.split(':')[0]) : ''});
}

async function open(item) {
  if (!item.read) {
    await post(`inbox/${item.id}/read`).catch(() => null);
  }
  location.hash = itemHref(item);
}

/** The account's own e-mail address, to which the office's items are also sent when the registry's e-mail is on. */
function emailForm(me) {
  const model = {email: me.email || ''};
  const status = h('div', {'aria-live': 'polite'});
  return section(t('inbox.emailTitle'),
    form({label: t('inbox.emailTitle'), submitLabel: t('common.save'), submit: async () => {
      const r = (await put('auth/me/email', {email: model.email.trim()})).data;
      status.replaceChildren(statusMessage(r.email ? t('inbox.emailSaved', {email: r.email}) : t('inbox.emailRemoved'), 'success'));
    }},
    textField({label: t('inbox.emailLabel'), name: 'email', type: 'email', value: model.email, autocomplete: 'email',
      hint: t('inbox.emailHint'), oninput: v => { model.email = v; }})),
    status);
}

export async function render({query, rerender}) {
  const unreadOnly = query.unread === 'true';
  const page = Number(query.page || 1);
  const [list, me] = await Promise.all([get('inbox', {unread: unreadOnly ? 'true' : '', page, size: 20}), get('auth/me')]);
  const go = params => { location.hash = withQuery('/inbox', params); };
  const admin = hasRole('ADMIN');
  const columns = [
    {label: t('inbox.item'), cell: item => h('span', {class: item.read ? 'inbox-read' : 'inbox-unread'},
      item.read ? null : [badge(t('inbox.new'), 'warning'), ' '],
      h('a', {href: itemHref(item), 'data-item': item.id, onclick: e => {
        e.preventDefault();
        open(item);
      }}, itemText(item)),
      item.kind === 'PROPOSAL_REJECTED' && item.note ? h('span', {class: 'inbox-note'}, ' — ', t('proposal.decisionReason', {reason: item.note})) : null)},
    admin ? {label: t('inbox.office'), cell: item => item.institution || `#${item.institutionId}`} : null,
    {label: t('inbox.when'), cell: item => h('time', {datetime: item.createdAt}, formatDateTime(item.createdAt))},
    {label: t('inbox.actions'), cell: item => item.read ? t('inbox.isRead')
      : button(t('inbox.markRead'), async () => {
        await post(`inbox/${item.id}/read`);
        await refreshInboxBadge();
        rerender();
      }, {class: 'secondary', 'data-mark-read': item.id})},
  ].filter(Boolean);
  return h('div', {},
    pageHeader(t('inbox.title'),
      button(t('inbox.markAllRead'), async () => {
        const r = (await post('inbox/read')).data;
        await refreshInboxBadge();
        await rerender();
        document.getElementById('inbox-status')?.replaceChildren(statusMessage(t('inbox.marked', {n: formatNumber(r.marked)}), 'success'));
      }, {id: 'inbox-mark-all', class: 'secondary'})),
    h('p', {class: 'lead'}, t(admin ? 'inbox.leadAdmin' : 'inbox.lead')),
    h('div', {id: 'inbox-status', 'aria-live': 'polite'}),
    h('p', {},
      h('label', {},
        h('input', {type: 'checkbox', id: 'inbox-unread-only', checked: unreadOnly,
          onchange: e => go({unread: e.target.checked ? 'true' : '', page: ''})}),
        ' ', t('inbox.unreadOnly'))),
    table(columns, list.items, {caption: t('inbox.title'), emptyText: t(unreadOnly ? 'inbox.noneUnread' : 'inbox.none')}),
    list.total > list.size ? pager(list, p => go({unread: unreadOnly ? 'true' : '', page: p})) : null,
    hasRole('TTO') ? emailForm(me) : null);
}
