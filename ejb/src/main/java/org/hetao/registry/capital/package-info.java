/**
 * Capital: the grants and other funding of each project on each side of the boundary — among them the
 * zone's matching grants for basic research and technology transformation — with a summary per side
 * and currency (see docs/zone.md, "Capital").
 */
package org.hetao.registry.capital;
