/** Goods and data crossing the boundary between the two parks: transfers, their consents and status. */
package org.hetao.registry.api.boundary;
