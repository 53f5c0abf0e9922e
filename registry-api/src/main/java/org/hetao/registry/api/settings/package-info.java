/** The runtime settings an administrator changes without a restart. */
package org.hetao.registry.api.settings;
