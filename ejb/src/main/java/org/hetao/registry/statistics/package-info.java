/** Counts over the registry for charts, each within what the caller may read. */
package org.hetao.registry.statistics;
