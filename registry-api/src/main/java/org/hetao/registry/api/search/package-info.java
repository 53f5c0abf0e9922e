/** The HTTP API of the registry search and of the search index's administration. */
package org.hetao.registry.api.search;
