/** Who owns an IP asset, in what shares: dated versions, never overwritten. */
package org.hetao.registry.ownership;
