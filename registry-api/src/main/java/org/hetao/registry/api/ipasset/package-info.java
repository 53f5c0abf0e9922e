/** The HTTP API of IP assets and their ownership. */
package org.hetao.registry.api.ipasset;
