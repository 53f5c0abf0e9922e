package org.hetao.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditChainTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUntouchedChainVerifies(TestDatabase db) {
        try (AuditedDatabase a = new AuditedDatabase(db, dir).start().append(5)) {
            a.checkpoints.flush();
            AuditVerification v = a.verify();
            assertTrue(v.intact(), v::toString);
            assertEquals(5, v.checked());
            assertEquals(5L, v.lastCheckpointSeq());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anEmptyChainVerifies(TestDatabase db) {
        try (AuditedDatabase a = new AuditedDatabase(db, dir).start()) {
            assertTrue(a.verify().intact());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsTheFirstAlteredRemovedOrTruncatedRecord(TestDatabase db) throws SQLException {
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir.resolve("altered")).start().append(5)) {
            a.asDatabaseWriter(
                    "UPDATE audit_log SET changes = '{\"shares\":{\"before\":3,\"after\":9}}' WHERE seq = 3");
            AuditVerification altered = a.verify();
            assertFalse(altered.intact());
            assertEquals(3L, altered.firstBrokenSeq());
            assertTrue(altered.problem().contains("altered"), altered::problem);
        }
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir.resolve("removed")).start().append(5)) {
            a.asDatabaseWriter("DELETE FROM audit_log WHERE seq = 2");
            assertEquals(2L, a.verify().firstBrokenSeq());
        }
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir.resolve("truncated")).start().append(5)) {
            a.asDatabaseWriter("DELETE FROM audit_log WHERE seq = 5");
            AuditVerification v = a.verify();
            assertFalse(v.intact());
            assertEquals(5L, v.firstBrokenSeq());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseRefusesToUpdateDeleteOrTruncateAuditRecords(TestDatabase db) {
        try (AuditedDatabase a = new AuditedDatabase(db, dir).start().append(5)) {
            SQLException update = assertThrows(
                    SQLException.class, () -> a.f.sql("UPDATE audit_log SET actor = 'someone' WHERE seq = 3"));
            assertTrue(update.getMessage().contains("append-only"), update::getMessage);
            SQLException delete =
                    assertThrows(SQLException.class, () -> a.f.sql("DELETE FROM audit_log WHERE seq = 5"));
            assertTrue(delete.getMessage().contains("append-only"), delete::getMessage);
            assertThrows(SQLException.class, () -> a.f.sql("DELETE FROM audit_log"));
            assertThrows(SQLException.class, () -> a.f.sql("TRUNCATE TABLE audit_log"));
            a.checkpoints.flush();
            AuditVerification v = a.verify();
            assertTrue(v.intact(), v::toString);
            assertEquals(5, v.checked());
        }
    }
}
