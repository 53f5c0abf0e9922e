package org.hetao.registry.transfer.imports;

/** What a valid row does; PROPOSE: an ownership line whose version awaits other institutions' approval (an open proposal). */
public enum ImportAction {
    CREATE,
    UPDATE,
    SKIP,
    PROPOSE
}
