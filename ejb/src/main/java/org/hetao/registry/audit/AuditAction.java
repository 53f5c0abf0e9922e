package org.hetao.registry.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    REFUSED
}
