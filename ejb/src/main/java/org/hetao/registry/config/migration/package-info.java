/** Schema migrations that need Java: one class per database, each with the same meaning. */
package org.hetao.registry.config.migration;
