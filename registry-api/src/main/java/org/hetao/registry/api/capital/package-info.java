/** Capital: the grants and funding of a project per side of the boundary, and their totals. */
package org.hetao.registry.api.capital;
