/** The tamper-evident audit trail and the outbox that feeds the search index. */
package org.hetao.registry.audit;
