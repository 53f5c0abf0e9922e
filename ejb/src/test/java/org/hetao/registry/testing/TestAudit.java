package org.hetao.registry.testing;

import org.hetao.registry.audit.AuditChain;
import org.hetao.registry.audit.AuditKey;

/** An audit chain keyed with a fixed test key, whose appends are not checkpointed. */
public final class TestAudit {
    public static final AuditKey KEY = AuditKey.of("a test audit key that is long enough to be accepted");

    private TestAudit() {}

    public static AuditChain chain() {
        return new AuditChain(KEY, (seq, hash) -> {});
    }
}
