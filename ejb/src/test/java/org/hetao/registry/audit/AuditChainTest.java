package org.hetao.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditChainTest {
    private static void appendFive(TestDatabase.Fixture f) {
        for (int i = 1; i <= 5; i++) {
            long id = i;
            f.run(em -> AuditChain.append(em, new AuditEvent("tto-hku", "TTO", AuditAction.UPDATE, "ownership", 42L,
                    "{\"shares\":{\"before\":" + id + ",\"after\":" + (id + 1) + "}}", null)));
        }
    }

    private static AuditVerification verify(TestDatabase.Fixture f) {
        return f.inTransaction(em -> new AuditChain(em).verify());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUntouchedChainVerifies(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            appendFive(f);
            AuditVerification v = verify(f);
            assertTrue(v.intact(), v::toString);
            assertEquals(5, v.checked());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyChainVerifies(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            assertTrue(verify(f).intact());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void findsTheFirstAlteredRemovedOrTruncatedRecord(TestDatabase db) throws SQLException {
        try (TestDatabase.Fixture f = db.fresh()) {
            appendFive(f);
            f.sql("UPDATE audit_log SET changes = '{\"shares\":{\"before\":3,\"after\":9}}' WHERE seq = 3");
            AuditVerification altered = verify(f);
            assertFalse(altered.intact());
            assertEquals(3L, altered.firstBrokenSeq());
            assertTrue(altered.problem().contains("altered"), altered::problem);
        }
        try (TestDatabase.Fixture f = db.fresh()) {
            appendFive(f);
            f.sql("DELETE FROM audit_log WHERE seq = 2");
            assertEquals(2L, verify(f).firstBrokenSeq());
        }
        try (TestDatabase.Fixture f = db.fresh()) {
            appendFive(f);
            f.sql("DELETE FROM audit_log WHERE seq = 5");
            AuditVerification v = verify(f);
            assertFalse(v.intact());
            assertEquals(5L, v.firstBrokenSeq());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void postgresqlRefusesToUpdateOrDeleteAuditRecords(TestDatabase db) {
        try (TestDatabase.Fixture f = db.fresh()) {
            appendFive(f);
            SQLException update = assertThrows(SQLException.class, () -> f.sql("UPDATE audit_log SET actor = 'someone' WHERE seq = 3"));
            assertTrue(update.getMessage().contains("append-only"), update::getMessage);
            assertThrows(SQLException.class, () -> f.sql("DELETE FROM audit_log WHERE seq = 5"));
            assertThrows(SQLException.class, () -> f.sql("TRUNCATE audit_log"));
            assertTrue(verify(f).intact());
        }
    }
}
