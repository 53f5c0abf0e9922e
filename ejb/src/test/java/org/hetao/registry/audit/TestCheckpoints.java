package org.hetao.registry.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.hetao.registry.testing.TestAudit;

/** Checkpoints signed with the test audit key, for tests that verify a chain outside this package. */
public final class TestCheckpoints {
    private TestCheckpoints() {}

    /** A checkpoint of the chain's current end, as the registry writes after a commit. */
    public static List<AuditCheckpoint> atEnd(EntityManager em) {
        AuditCheckpoint.End end = AuditChain.end(em);
        return List.of(AuditCheckpoint.sign(TestAudit.KEY, end.seq(), end.hash(), Instant.now()));
    }
}
