/**
 * Reading the audit trail as a person reads it: the records a record refers to (institutions,
 * people, projects, IP assets, accounts) named as the reader may see them.
 */
package org.hetao.registry.audittrail;
