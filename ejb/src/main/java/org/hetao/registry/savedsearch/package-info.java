/**
 * Saved searches: an account's own searches, run again on request with that account's visibility at
 * the time, with "new since your last visit" marks, a secret-URL Atom feed for feed readers, and a
 * daily or weekly e-mail digest of what is new.
 */
package org.hetao.registry.savedsearch;
