// Lists exported as CSV files (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese right).
import {download} from './dom.js';

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
