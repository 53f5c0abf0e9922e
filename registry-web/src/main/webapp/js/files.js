// Files from the API (PDFs, CSV reports, templates): fetched with the session's token, then saved or
// opened from a Blob, since a plain link could not carry the bearer token.
import {request} from './api.js';
import {download} from './dom.js';

/** The bytes of an API resource as a Blob, with the response (for headers such as ETag). */
export async function fetchBlob(path, accept) {
  const {response} = await request(path, {raw: true, headers: accept ? {Accept: accept} : {}});
  return {blob: await response.blob(), response};
}

export async function saveFile(path, fileName, accept) {
  const {blob, response} = await fetchBlob(path, accept);
  download(blob, fileName);
  return {blob, response};
}

/** Opens a PDF from the API in a new tab (the browser's own viewer). */
export async function openPdf(path) {
  const {blob} = await fetchBlob(path, 'application/pdf');
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** The SHA-256 of a Blob as lower-case hex. */
export async function sha256(blob) {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}
