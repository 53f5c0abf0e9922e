// Agreements: the list, and one revision with its warnings, PDF, issue, signature, supersession and hash.
import {h} from '../dom.js';
import {t, label, values, localized, formatDateTime, percent} from '../i18n.js';
import {get, request, post} from '../api.js';
import {hasRole} from '../session.js';
import {fetchBlob, saveFile, openPdf, sha256} from '../files.js';
import {download} from '../dom.js';
import {form, selectField, checkbox, textField, blankToNull, dateFieldValue} from '../forms.js';
import {pageHeader, table, pager, withQuery, buttonLink, button, section, details, badge, langCell, takeFlash, flash, statusMessage} from '../ui.js';

export async function renderList({query}) {
  const filter = {status: query.status || '', outOfDate: query.outOfDate || '', ipAssetId: query.ipAssetId || ''};
  const result = await get('agreements', {...filter, page: Number(query.page || 1), size: 20});
  const go = params => { location.hash = withQuery('/agreements', params); };
  return h('div', {},
    takeFlash(),
    pageHeader(t('agreements.title'), hasRole('LEGAL', 'ADMIN') ? buttonLink('#/agreements/new', t('agreement.new'), {class: 'button primary'}) : null),
    h('form', {class: 'filters', 'aria-label': t('filters.label'), onsubmit: e => {
      e.preventDefault();
      go(filter);
    }},
    selectField({label: t('agreement.status'), value: filter.status, empty: t('filters.any'),
      options: values('agreementStatus').map(v => ({value: v, label: label('agreementStatus', v)})), onchange: v => { filter.status = v; }}),
    selectField({label: t('agreement.outOfDate'), value: filter.outOfDate, empty: t('filters.any'),
      options: [{value: 'true', label: t('common.yes')}, {value: 'false', label: t('common.no')}], onchange: v => { filter.outOfDate = v; }}),
    h('div', {class: 'filter-actions'}, h('button', {type: 'submit', class: 'primary'}, t('filters.apply')))),
    table([
      {label: t('agreement.id'), cell: a => h('a', {href: `#/agreements/${a.id}`}, `${a.agreementId} r${a.revision}`)},
      {label: t('ipAsset.title'), cell: a => langCell(localized(a.assetTitle))},
      {label: t('agreement.status'), cell: a => [label('agreementStatus', a.status), a.outOfDate ? [' ', badge(t('agreement.outOfDateBadge'), 'warning')] : null]},
      {label: t('common.created'), cell: a => formatDateTime(a.createdAt)},
      {label: t('agreement.issuedAt'), cell: a => formatDateTime(a.issuedAt) || '—'},
    ], result.items, {caption: t('agreements.title'), emptyText: t('agreements.none')}),
    pager(result, p => go({...filter, page: p})));
}

function fileName(a) {
  return `${a.agreementId}-r${a.revision}${a.status === 'DRAFT' ? '-draft' : ''}.pdf`;
}

export async function render({params, rerender}) {
  const {data: a, etag} = await request(`agreements/${params.id}`);
  const canWrite = hasRole('LEGAL', 'ADMIN');
  const message = h('div', {'aria-live': 'polite'});
  const show = (text, kind) => message.replaceChildren(statusMessage(text, kind));
  const title = localized(a.assetTitle);
  const act = async (path, body, next) => {
    try {
      const {data} = await post(`agreements/${a.id}/${path}`, body, {ifMatch: etag});
      flash(next(data));
      if (data.id !== a.id) {
        location.hash = `#/agreements/${data.id}`;
      } else {
        rerender();
      }
    } catch (e) {
      show(e.message, 'error');
    }
  };

  const warnings = a.warnings.length ? section(t('agreement.warnings'),
    h('ul', {class: 'warnings'}, a.warnings.map(w => h('li', {}, h('span', {lang: localized(w.text).lang}, localized(w.text).text)))))
    : section(t('agreement.warnings'), h('p', {}, t('agreement.noWarnings')));

  let issueForm = null;
  if (canWrite && a.status === 'DRAFT') {
    const model = {acknowledged: false};
    issueForm = section(t('agreement.issue'),
      h('p', {class: 'hint'}, t('agreement.issueHint')),
      form({label: t('agreement.issue'), submitLabel: t('agreement.issueButton'), submit: async () => {
        const {data} = await post(`agreements/${a.id}/issue`, {acknowledgedWarnings: model.acknowledged}, {ifMatch: etag});
        flash(t('agreement.issued', {hash: data.pdfSha256}));
        rerender();
      }},
      a.warnings.length ? checkbox({label: t('agreement.acknowledge', {n: a.warnings.length}), name: 'acknowledgedWarnings',
        onchange: v => { model.acknowledged = v; }}) : null));
  }

  let signForm = null;
  if (canWrite && a.status === 'ISSUED') {
    const model = {signedAt: ''};
    signForm = section(t('agreement.sign'), form({label: t('agreement.sign'), submitLabel: t('agreement.signButton'), submit: async () => {
      const when = dateFieldValue(model.signedAt);
      await post(`agreements/${a.id}/sign`, {signedAt: when ? `${when}T00:00:00+08:00` : null}, {ifMatch: etag});
      flash(t('agreement.signedNow'));
      rerender();
    }}, textField({label: t('agreement.signedOn'), name: 'signedAt', type: 'date', hint: t('agreement.signedOnHint'),
      oninput: v => { model.signedAt = v; }})));
  }

  const verification = h('div', {'aria-live': 'polite', id: 'agreement-verification'});
  const hashBlock = a.pdfSha256 ? section(t('agreement.hash'),
    h('p', {}, t('agreement.hashHint')),
    h('p', {}, h('code', {class: 'hash', id: 'agreement-hash'}, a.pdfSha256)),
    button(t('agreement.verify'), async () => {
      try {
        const v = await get(`agreements/${a.id}/verify`);
        verification.replaceChildren(statusMessage(v.verified ? t('agreement.verified') : t('agreement.notVerified',
          {intact: v.intact ? t('common.yes') : t('common.no'), reproducible: v.reproducible ? t('common.yes') : t('common.no')}),
        v.verified ? 'success' : 'error'));
      } catch (e) {
        verification.replaceChildren(statusMessage(e.message, 'error'));
      }
    }, {class: 'secondary'}), verification) : null;

  return h('div', {},
    takeFlash(),
    pageHeader(t('agreement.titleOf', {id: a.agreementId, revision: a.revision}),
      button(a.status === 'DRAFT' ? t('agreement.preview') : t('agreement.open'), async () => {
        try {
          await openPdf(`agreements/${a.id}/pdf`);
        } catch (e) {
          show(e.message, 'error');
        }
      }, {class: 'secondary'}),
      button(t('agreement.download'), async () => {
        try {
          const {blob} = await fetchBlob(`agreements/${a.id}/pdf`, 'application/pdf');
          download(blob, fileName(a));
          if (a.pdfSha256) {
            const digest = await sha256(blob);
            show(digest === a.pdfSha256 ? t('agreement.downloadMatches') : t('agreement.downloadDiffers'), digest === a.pdfSha256 ? 'success' : 'error');
          }
        } catch (e) {
          show(e.message, 'error');
        }
      }, {class: 'primary', id: 'download-pdf'}),
      canWrite && a.status === 'ISSUED' || canWrite && a.status === 'SIGNED'
        ? button(t('agreement.supersede'), () => {
          if (confirm(t('agreement.confirmSupersede'))) {
            act('supersede', {}, () => t('agreement.superseded'));
          }
        }, {class: 'secondary'}) : null),
    message,
    a.outOfDate ? statusMessage(t('agreement.outOfDateText'), 'warning') : null,
    section(t('agreement.about'), details([
      [t('agreement.status'), label('agreementStatus', a.status)],
      [t('ipAsset.title'), h('a', {href: `#/ip-assets/${a.ipAssetId}`, lang: title.lang}, title.text)],
      [t('ipAsset.project'), a.projectCode],
      [t('agreement.ownershipVersion'), String(a.ownershipVersion)],
      [t('agreement.frameworkVersion'), String(a.frameworkVersion)],
      [t('agreement.language'), label('agreementLanguage', a.language)],
      [t('common.created'), `${formatDateTime(a.createdAt)} · ${a.createdBy}`],
      [t('agreement.issuedAt'), a.issuedAt ? `${formatDateTime(a.issuedAt)} · ${a.issuedBy}` : null],
      [t('agreement.signedAt'), a.signedAt ? formatDateTime(a.signedAt) : null],
      [t('agreement.supersedes'), a.supersedes ? h('a', {href: `#/agreements/${a.supersedes}`}, t('agreement.previousRevision')) : null],
      [t('agreement.supersededBy'), a.supersededBy ? h('a', {href: `#/agreements/${a.supersededBy}`}, t('agreement.nextRevision')) : null],
    ])),
    warnings,
    hashBlock,
    issueForm,
    signForm,
    section(t('agreement.parties'), table([
      {label: t('agreement.party'), cell: p => p.code},
      {label: t('agreement.legalName'), cell: p => langCell(localized(p.legalName))},
      {label: t('institution.jurisdiction'), cell: p => label('jurisdiction', p.jurisdiction)},
      {label: t('agreement.signatory'), cell: p => `${p.signatoryName || ''}${p.signatoryTitle ? `, ${p.signatoryTitle}` : ''}`},
    ], a.parties, {caption: t('agreement.parties')})),
    section(t('ownership.shares'), table([
      {label: t('agreement.party'), cell: o => o.party},
      {label: t('shares.bp'), class: 'number', cell: o => String(o.shareBp)},
      {label: t('shares.percent'), class: 'number', cell: o => o.percent || percent(o.shareBp)},
    ], a.owners, {caption: t('ownership.shares')})),
    a.inventors?.length ? section(t('ipAsset.inventors'), table([
      {label: t('inventor.person'), cell: i => i.name},
      {label: t('agreement.party'), cell: i => i.party},
      {label: t('shares.percent'), class: 'number', cell: i => i.percent},
      {label: t('agreement.place'), cell: i => label('contributionPlace', i.place) || '—'},
    ], a.inventors, {caption: t('ipAsset.inventors')})) : null);
}

/** The unified IP framework's versions; administrators publish the next one from its JSON document. */
export async function renderFrameworks({rerender}) {
  const versions = await get('frameworks');
  const model = {file: null};
  return h('div', {},
    takeFlash(),
    pageHeader(t('admin.frameworks')),
    table([
      {label: t('framework.version'), cell: v => String(v.version)},
      {label: t('framework.title'), cell: v => langCell(localized(v.title))},
      {label: t('framework.published'), cell: v => `${v.published || ''} · ${v.publishedBy || ''}`},
      {label: t('framework.current'), cell: v => (v.current ? t('common.yes') : '')},
      {label: t('framework.document'), header: false, cell: v => button(t('framework.download'),
        () => saveFile(`frameworks/${v.version}`, `framework-v${v.version}.json`, 'application/json'), {class: 'link-button'})},
    ], versions, {caption: t('admin.frameworks')}),
    hasRole('ADMIN') ? section(t('framework.publish'),
      h('p', {class: 'hint'}, t('framework.publishHint')),
      form({label: t('framework.publish'), submitLabel: t('framework.publishButton'), submit: async () => {
        const text = model.file ? await model.file.text() : '';
        await post('frameworks', new Blob([text], {type: 'application/json'}), {headers: {'Content-Type': 'application/json'}});
        flash(t('common.saved'));
        rerender();
      }}, fileField(t('framework.file'), 'application/json,.json', f => { model.file = f; }))) : null);
}

export function fileField(labelText, accept, onchange) {
  const id = `file-${Math.random().toString(36).slice(2, 8)}`;
  return h('div', {class: 'field'}, h('label', {for: id}, labelText),
    h('input', {type: 'file', id, accept, 'data-field': 'body', 'data-error-id': `${id}-error`, 'aria-describedby': `${id}-error`,
      onchange: e => onchange(e.target.files[0] || null)}),
    h('p', {class: 'field-error', id: `${id}-error`, hidden: true}));
}
