// Bulk import: upload a CSV or JSON Lines file as a job, then watch its progress and read its report.
import {h} from '../dom.js';
import {t, label, formatNumber, formatDateTime} from '../i18n.js';
import {get, post} from '../api.js';
import {saveFile} from '../files.js';
import {form, selectField} from '../forms.js';
import {pageHeader, section, details, table, button, statusMessage, takeFlash} from '../ui.js';
import {fileField} from './agreements.js';

const KINDS = ['institutions', 'people', 'projects', 'ip-assets', 'backup'];
const FINISHED = ['SUCCEEDED', 'FAILED', 'REJECTED'];

function contentType(file) {
  const name = file.name.toLowerCase();
  return name.endsWith('.jsonl') || name.endsWith('.ndjson') ? 'application/x-ndjson' : 'text/csv';
}

export function render({state}) {
  state.model ??= {kind: 'projects', mode: 'all-or-nothing', onDuplicate: 'skip', file: null};
  const m = state.model;
  return h('div', {},
    pageHeader(t('import.title')),
    h('p', {}, t('import.intro')),
    section(t('import.templates'), h('ul', {}, KINDS.filter(k => k !== 'backup').map(k => h('li', {},
      button(t('import.template', {kind: label('importKind', k)}), () => saveFile(`imports/templates/${k}.csv`, `${k}-template.csv`, 'text/csv'),
        {class: 'link-button'}))))),
    section(t('import.upload'), form({
      label: t('import.upload'), submitLabel: t('import.start'),
      submit: async () => {
        if (!m.file) {
          const error = new Error(t('import.noFile'));
          error.fieldErrors = [{field: 'body', message: t('import.noFile')}];
          throw error;
        }
        const params = new URLSearchParams({kind: m.kind, mode: m.mode, onDuplicate: m.onDuplicate, name: m.file.name});
        const {data} = await post(`imports?${params}`, m.file, {headers: {'Content-Type': contentType(m.file)}});
        location.hash = `#/import/${data.id}`;
      },
    },
    selectField({label: t('import.kind'), name: 'kind', value: m.kind, options: KINDS.map(k => ({value: k, label: label('importKind', k)})),
      onchange: v => { m.kind = v; }}),
    fileField(t('import.file'), '.csv,.jsonl,.ndjson,text/csv,application/x-ndjson', f => { m.file = f; }),
    selectField({label: t('import.mode'), name: 'mode', value: m.mode, hint: t('import.modeHint'),
      options: ['all-or-nothing', 'dry-run'].map(v => ({value: v, label: label('importMode', v)})), onchange: v => { m.mode = v; }}),
    selectField({label: t('import.onDuplicate'), name: 'onDuplicate', value: m.onDuplicate,
      options: ['skip', 'update'].map(v => ({value: v, label: label('onDuplicate', v)})), onchange: v => { m.onDuplicate = v; }}))));
}

/** One job: a progress bar refreshed every second until the job ends, then its report. */
export async function renderJob({params, rerender}) {
  const job = await get(`imports/${params.id}`);
  const finished = FINISHED.includes(job.state) || job.finishedAt;
  if (!finished) {
    setTimeout(() => {
      if (location.hash === `#/import/${params.id}`) {
        rerender();
      }
    }, 1000);
  }
  const errors = job.report?.errors || [];
  return h('div', {},
    takeFlash(),
    pageHeader(t('import.job', {id: job.id})),
    section(t('import.progress'),
      h('label', {for: 'import-progress'}, t('import.rows', {done: formatNumber(job.rowsDone), total: formatNumber(job.rowsTotal)})),
      h('progress', {id: 'import-progress', max: Math.max(1, job.rowsTotal), value: job.rowsDone}),
      h('p', {role: 'status', id: 'import-state', 'data-state': job.state}, label('importState', job.state)),
      job.message ? statusMessage(job.message, job.state === 'FAILED' ? 'error' : 'info') : null,
      details([
        [t('import.file'), `${job.fileName || ''} (${formatNumber(job.fileBytes)} B)`],
        [t('import.kind'), label('importKind', job.kind)],
        [t('import.mode'), label('importMode', job.mode)],
        [t('common.created'), `${formatDateTime(job.createdAt)} · ${job.createdBy}`],
        [t('import.finished'), formatDateTime(job.finishedAt)],
        ['SHA-256', h('code', {}, job.fileSha256 || '')],
      ]),
      job.state === 'FAILED' ? button(t('import.retry'), async () => {
        await post(`imports/${job.id}/retry`);
        rerender();
      }, {class: 'primary'}) : null),
    finished && job.report ? section(t('import.report'),
      h('p', {id: 'import-counts'}, t(job.report.dryRun ? 'import.countsDryRun' : 'import.counts', {created: formatNumber(job.report.created ?? 0),
        updated: formatNumber(job.report.updated ?? 0), skipped: formatNumber(job.report.skipped ?? 0),
        errors: formatNumber(job.report.errorCount ?? errors.length)})),
      // each ownership change: recorded, or proposed to the owners whose approval it still needs
      job.report.ownership?.length ? table([
        {label: t('import.row'), cell: o => String(o.row)},
        {label: t('import.ref'), cell: o => o.ref || '—'},
        {label: t('import.ownershipOutcome'), cell: o => (o.outcome === 'proposed'
          ? t('import.ownershipProposed', {ids: o.awaiting.join(', ')}) : t('import.ownershipRecorded'))},
      ], job.report.ownership.slice(0, 200), {caption: t('import.ownership')}) : null,
      errors.length ? [table([
        {label: t('import.row'), cell: e => String(e.row)},
        {label: t('import.ref'), cell: e => e.ref || '—'},
        {label: t('import.column'), cell: e => e.column || '—'},
        {label: t('import.reason'), cell: e => e.message},
      ], errors.slice(0, 200), {caption: t('import.report')}),
      button(t('import.reportCsv'), () => saveFile(`imports/${job.id}/report?format=csv`, `import-${job.id}-report.csv`, 'text/csv'),
        {class: 'secondary'})]
        : h('p', {}, t('import.noErrors'))) : null,
    h('p', {}, h('a', {href: '#/import'}, t('import.another'))));
}
