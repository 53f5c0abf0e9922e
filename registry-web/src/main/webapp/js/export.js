// Lists exported as CSV files through the API's export endpoint: the whole list with its filters,
// streamed in the import's own columns (so it imports again), UTF-8 with a byte-order mark so that
// spreadsheet programs read Chinese right.
import {saveFile} from './files.js';
import {query} from './api.js';

/** Saves the list of {@code kind} (institutions, people, projects, ip-assets) with these filters as CSV. */
export function exportList(kind, filters) {
  return saveFile(`exports/${kind}${query({...filters, format: 'csv'})}`, `${kind}.csv`, 'text/csv');
}
