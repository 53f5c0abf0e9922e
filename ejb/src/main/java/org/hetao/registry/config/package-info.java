/** Runtime configuration, the data source and the schema migrations applied at start-up. */
package org.hetao.registry.config;
