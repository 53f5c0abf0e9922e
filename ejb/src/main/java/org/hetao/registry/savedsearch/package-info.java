/**
 * Saved searches: an account's own searches, run again on request with that account's visibility at
 * the time, with "new since your last visit" marks and a secret-URL Atom feed for feed readers.
 */
package org.hetao.registry.savedsearch;
