// Agreements: the list, and one revision with its warnings, PDF, editing and discarding a draft, issue, each
// party's signature, the signed copy, supersession and hash.
import {h} from '../dom.js';
import {t, label, values, localized, formatDateTime, percent} from '../i18n.js';
import {get, request, post, del} from '../api.js';
import {hasRole} from '../session.js';
import {fetchBlob, saveFile, openPdf, sha256} from '../files.js';
import {download} from '../dom.js';
import {form, selectField, checkbox, textField, blankToNull, dateFieldValue} from '../forms.js';
import {pageHeader, table, pager, withQuery, buttonLink, button, section, details, badge, langCell, takeFlash, flash, statusMessage} from '../ui.js';
import {recordalsOf, recordalSection} from './recordals.js';

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
  const recordals = await recordalsOf({agreementId: a.id});
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

  // each warning by its title, then what it means, in the reader's language
  const warnings = a.warnings.length ? section(t('agreement.warnings'),
    h('ul', {class: 'warnings'}, a.warnings.map(w => h('li', {'data-warning': w.code},
      w.title ? h('strong', {class: 'warning-title', lang: localized(w.title).lang}, localized(w.title).text) : null,
      w.title ? ' ' : null,
      h('span', {lang: localized(w.text).lang}, localized(w.text).text)))))
    : section(t('agreement.warnings'), h('p', {}, t('agreement.noWarnings')));

  // the other drafts and agreements about the same asset, so that no one issues two by mistake
  const others = a.otherAgreements?.length ? h('div', {class: 'other-agreements'},
    statusMessage(t('agreement.others', {n: a.otherAgreements.length}), 'warning'),
    h('ul', {}, a.otherAgreements.map(x => h('li', {}, h('a', {href: `#/agreements/${x.id}`}, `${x.agreementId} r${x.revision}`), ' · ',
      label('agreementStatus', x.status), x.outOfDate ? ` · ${t('agreement.outOfDateBadge')}` : '')))) : null;

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

  const signatures = a.status === 'DRAFT' ? null : section(t('agreement.signatures'),
    a.signatures.length || !a.signedAt ? table([
      {label: t('agreement.party'), cell: p => p.code},
      {label: t('agreement.signedFor'), cell: p => {
        const s = a.signatures.find(x => x.party === p.code);
        return s ? `${s.signatoryName}${s.signatoryTitle ? `, ${s.signatoryTitle}` : ''}` : t('agreement.notSignedYet');
      }},
      {label: t('agreement.signedOn'), cell: p => {
        const s = a.signatures.find(x => x.party === p.code);
        return s ? formatDateTime(s.signedAt) : '—';
      }},
      {label: t('agreement.recordedBy'), cell: p => a.signatures.find(x => x.party === p.code)?.recordedBy || '—'},
    ], a.parties, {caption: t('agreement.signatures')})
      : h('p', {}, t('agreement.signedWithoutParties', {date: formatDateTime(a.signedAt)})));

  let signForm = null;
  if (canWrite && a.status === 'ISSUED' && a.unsignedParties?.length) {
    const first = a.parties.find(p => p.code === a.unsignedParties[0]);
    const model = {party: first.code, name: first.signatoryName || '', title: first.signatoryTitle || '', signedAt: ''};
    const nameField = () => textField({label: t('agreement.signatoryOf'), name: 'signatoryName', value: model.name, required: true,
      oninput: v => { model.name = v; }});
    const titleField = () => textField({label: t('agreement.signatoryTitleOf'), name: 'signatoryTitle', value: model.title,
      oninput: v => { model.title = v; }});
    const who = h('div', {}, nameField(), titleField());
    signForm = section(t('agreement.sign'),
      h('p', {class: 'hint'}, t('agreement.signHint', {parties: a.unsignedParties.join(t('error.listSeparator'))})),
      form({label: t('agreement.sign'), submitLabel: t('agreement.signButton'), submit: async () => {
        const when = dateFieldValue(model.signedAt);
        await post(`agreements/${a.id}/signatures`, {party: model.party, signatoryName: blankToNull(model.name),
          signatoryTitle: blankToNull(model.title), signedAt: when ? `${when}T00:00:00+08:00` : null}, {ifMatch: etag});
        flash(t('agreement.signatureRecorded', {party: model.party}));
        rerender();
      }},
      selectField({label: t('agreement.party'), name: 'party', value: model.party,
        options: a.unsignedParties.map(c => ({value: c, label: c})), onchange: v => {
          const p = a.parties.find(x => x.code === v);
          model.party = v;
          model.name = p?.signatoryName || '';
          model.title = p?.signatoryTitle || '';
          who.replaceChildren(nameField(), titleField());
        }}),
      who,
      textField({label: t('agreement.signedOn'), name: 'signedAt', type: 'date', hint: t('agreement.signedOnHint'),
        oninput: v => { model.signedAt = v; }})));
  }

  let signedCopy = null;
  if (a.status === 'SIGNED' || a.signedCopy) {
    const copy = a.signedCopy;
    const upload = {file: null};
    signedCopy = section(t('agreement.signedCopy'),
      copy ? [
        h('p', {}, t('agreement.signedCopyKept', {date: formatDateTime(copy.uploadedAt), by: copy.uploadedBy,
          size: (copy.size / 1024).toFixed(0)})),
        h('p', {}, h('code', {class: 'hash', id: 'signed-copy-hash'}, copy.sha256)),
        button(t('agreement.downloadSignedCopy'), async () => {
          try {
            const {blob} = await fetchBlob(`agreements/${a.id}/signed-copy`, 'application/pdf');
            download(blob, `${a.agreementId}-r${a.revision}-signed.pdf`);
            const digest = await sha256(blob);
            show(digest === copy.sha256 ? t('agreement.signedCopyMatches') : t('agreement.downloadDiffers'),
              digest === copy.sha256 ? 'success' : 'error');
          } catch (e) {
            show(e.message, 'error');
          }
        }, {class: 'secondary', id: 'download-signed-copy'}),
      ] : canWrite ? [
        h('p', {class: 'hint'}, t('agreement.signedCopyHint')),
        form({label: t('agreement.signedCopy'), submitLabel: t('agreement.uploadSignedCopy'), submit: async () => {
          await request(`agreements/${a.id}/signed-copy`, {method: 'PUT', body: upload.file || new Blob([], {type: 'application/pdf'}),
            headers: {'Content-Type': 'application/pdf'}, ifMatch: etag});
          flash(t('agreement.signedCopyUploaded'));
          rerender();
        }}, fileField(t('agreement.signedCopyFile'), 'application/pdf,.pdf', f => { upload.file = f; }, 'signedCopy')),
      ] : h('p', {}, t('agreement.noSignedCopy')));
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
      canWrite && a.status === 'DRAFT' ? buttonLink(`#/agreements/${a.id}/edit`, t('agreement.edit'), {class: 'button secondary'}) : null,
      canWrite && a.status === 'DRAFT' ? button(t('agreement.discard'), async () => {
        if (!confirm(a.supersedes ? t('agreement.confirmDiscardRevision') : t('agreement.confirmDiscard'))) {
          return;
        }
        try {
          await del(`agreements/${a.id}`, etag);
          flash(t('agreement.discarded'));
          location.hash = a.supersedes ? `#/agreements/${a.supersedes}` : '#/agreements';
        } catch (e) {
          show(e.message, 'error');
        }
      }, {class: 'secondary danger'}) : null,
      canWrite && a.status === 'ISSUED' || canWrite && a.status === 'SIGNED'
        ? button(t('agreement.supersede'), () => {
          if (confirm(t('agreement.confirmSupersede'))) {
            act('supersede', {}, () => t('agreement.superseded'));
          }
        }, {class: 'secondary'}) : null),
    message,
    a.outOfDate ? statusMessage(a.status === 'DRAFT' ? t('agreement.outOfDateDraft') : t('agreement.outOfDateText'), 'warning') : null,
    others,
    section(t('agreement.about'), details([
      [t('agreement.status'), label('agreementStatus', a.status)],
      [t('ipAsset.title'), h('a', {href: `#/ip-assets/${a.ipAssetId}`, lang: title.lang}, title.text)],
      [t('ipAsset.project'), a.projectCode],
      [t('agreement.ownershipVersion'), String(a.ownershipVersion)],
      [t('agreement.frameworkVersion'), String(a.frameworkVersion)],
      [t('agreement.language'), label('agreementLanguage', a.language)],
      [t('common.created'), `${formatDateTime(a.createdAt)} · ${a.createdBy}`],
      [t('agreement.issuedAt'), a.issuedAt ? `${formatDateTime(a.issuedAt)} · ${a.issuedBy}` : null],
      [t('agreement.signedAt'), a.signedAt ? formatDateTime(a.signedAt) : a.status === 'ISSUED' && a.signatures.length
        ? t('agreement.partlySigned', {n: a.signatures.length, m: a.parties.length}) : null],
      [t('agreement.supersedes'), a.supersedes ? h('a', {href: `#/agreements/${a.supersedes}`}, t('agreement.previousRevision')) : null],
      [t('agreement.supersededBy'), a.supersededBy ? h('a', {href: `#/agreements/${a.supersededBy}`}, t('agreement.nextRevision')) : null],
    ])),
    warnings,
    hashBlock,
    issueForm,
    signatures,
    section(t('recordal.title'), recordalSection({recordals, subject: {agreementId: a.id}, rerender, heading: false})),
    signForm,
    signedCopy,
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

export function fileField(labelText, accept, onchange, field = 'body') {
  const id = `file-${Math.random().toString(36).slice(2, 8)}`;
  return h('div', {class: 'field'}, h('label', {for: id}, labelText),
    h('input', {type: 'file', id, accept, 'data-field': field, 'data-error-id': `${id}-error`, 'aria-describedby': `${id}-error`,
      onchange: e => onchange(e.target.files[0] || null)}),
    h('p', {class: 'field-error', id: `${id}-error`, hidden: true}));
}
