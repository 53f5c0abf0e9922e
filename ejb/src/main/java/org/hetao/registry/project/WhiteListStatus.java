package org.hetao.registry.project;

/** Where a mainland expert's registration on the cross-boundary white list stands. */
public enum WhiteListStatus {
    PENDING,
    APPROVED,
    EXPIRED,
    REJECTED
}
