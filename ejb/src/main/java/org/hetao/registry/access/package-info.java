/**
 * Who may do what: the caller of a request and its role, the permissions each operation needs
 * ({@link org.hetao.registry.access.AccessPolicy}), the record-by-record checks ({@link
 * org.hetao.registry.access.AccessGuard}), and the one rule of who may read a project or an IP asset
 * ({@link org.hetao.registry.access.ReadRule}) with the forms it takes: a check on a record in memory,
 * a criteria predicate for lists and exports, and a search audience. It depends on no aggregate:
 * aggregates state their records' facts, this package decides.
 */
package org.hetao.registry.access;
