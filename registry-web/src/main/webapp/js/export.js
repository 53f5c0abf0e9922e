// Lists exported as CSV files (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese right).
import {download} from './dom.js';
import {features} from './features.js';
import {saveFile} from './files.js';
import {query} from './api.js';

function cell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  // a leading =, +, - or @ would be read as a formula by spreadsheet programs
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** columns: [{label, value: row => string}] */
export function exportCsv(fileName, columns, rows) {
  const lines = [columns.map(c => cell(c.label)).join(',')];
  for (const row of rows) {
    lines.push(columns.map(c => cell(c.value(row))).join(','));
  }
  download(new Blob(['\ufeff', lines.join('\r\n'), '\r\n'], {type: 'text/csv;charset=utf-8'}), fileName);
}

/**
 * Exports a list: through the API's export endpoint when the server has one (the whole list, streamed
 * in the import's own columns, so it imports again), else by reading the list's pages here.
 */
export async function exportList(kind, filters, inBrowser) {
  if ((await features()).exports) {
    await saveFile(`exports/${kind}${query({...filters, format: 'csv'})}`, `${kind}.csv`, 'text/csv');
  } else {
    await inBrowser();
  }
}
