/** The HTTP API of the audit trail. */
package org.hetao.registry.api.audit;
