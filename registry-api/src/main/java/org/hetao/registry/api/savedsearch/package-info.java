/** Saved searches over HTTP: the owner's own list, their results with "new" marks, and their Atom feeds. */
package org.hetao.registry.api.savedsearch;
