// Which parts of the API this registry offers, read from its OpenAPI document, so the UI shows only
// what the server can do.
let cached = null;

export async function features() {
  if (!cached) {
    cached = fetch('openapi?format=JSON', {headers: {Accept: 'application/json'}})
      .then(r => (r.ok ? r.json() : {paths: {}}))
      .then(doc => {
        const paths = Object.keys(doc.paths || {});
        const has = prefix => paths.some(p => p === prefix || p.startsWith(`${prefix}/`));
        return {
          search: has('/api/search'),
          searchAdmin: has('/api/admin/search'),
          agreements: has('/api/agreements'),
          frameworks: has('/api/frameworks'),
          import: has('/api/imports'),
          exports: has('/api/exports'),
          statistics: has('/api/statistics'),
          savedSearches: has('/api/saved-searches'),
          paths,
        };
      })
      .catch(() => ({paths: []}));
  }
  return cached;
}
