/** The HTTP API of the registry's statistics. */
package org.hetao.registry.api.statistics;
