package org.hetao.registry.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import org.hetao.registry.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Someone who can write the database, but holds neither the audit key nor the checkpoint file,
 * rewrites the audit trail as the plain SHA-256 chain allowed: verification must not say intact.
 */
class AuditTamperingPersistenceTest {
    @TempDir
    Path dir;

    private static void assertBroken(AuditVerification v, long seq, String words) {
        assertFalse(v.intact(), v::toString);
        assertEquals(seq, v.firstBrokenSeq(), v::toString);
        assertTrue(v.problem().contains(words), v::problem);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aChangedActorWithRecomputedHashesAndAMovedHeadIsFound(TestDatabase db) throws SQLException {
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir.resolve("kept")).start().append(5)) {
            a.asDatabaseWriter("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
            a.rehashFrom(3, false);
            assertBroken(a.verify(), 3, "altered");
        }
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir.resolve("downgraded")).start().append(5)) {
            a.asDatabaseWriter("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");
            a.rehashFrom(3, true);
            assertBroken(a.verify(), 3, "not keyed");
        }
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir.resolve("whole")).start().append(5)) {
            a.asDatabaseWriter("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1");
            a.rehashFrom(1, true);
            assertBroken(a.verify(), 1, "not keyed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTailRemovedWithTheHeadMovedBackIsFound(TestDatabase db) throws SQLException {
        try (AuditedDatabase a = new AuditedDatabase(db, dir).start().append(5)) {
            a.checkpoints.flush();
            a.cutTailAfter(3);
            assertBroken(a.verify(), 4, "a checkpoint of record 5");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLostTailWrittenAgainIsFound(TestDatabase db) throws SQLException {
        try (AuditedDatabase a = new AuditedDatabase(db, dir).start().append(5)) {
            a.checkpoints.flush();
            a.cutTailAfter(3);
            a.start().append(2);
            assertBroken(a.verify(), 5, "not the record checkpointed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTailAfterTheLastCheckpointIsNotAnchored(TestDatabase db) throws SQLException {
        try (AuditedDatabase a = new AuditedDatabase(db, dir).start().append(3)) {
            a.checkpoints.flush();
            a.append(2);
            a.cutTailAfter(3);
            AuditVerification v = a.verify();
            assertTrue(v.intact(), "records after the last checkpoint can go unnoticed: " + v);
            assertEquals(3L, v.lastCheckpointSeq());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsWrittenBeforeTheKeyStillVerifyAndTheSwitchPointIsSealed(TestDatabase db) throws SQLException {
        try (AuditedDatabase a = new AuditedDatabase(db, dir.resolve("upgraded"))
                .appendUnkeyed(3)
                .start()
                .append(2)) {
            a.checkpoints.flush();
            AuditVerification v = a.verify();
            assertTrue(v.intact(), v::toString);
            assertEquals(5, v.checked());
        }
        try (AuditedDatabase a = new AuditedDatabase(db, dir.resolve("rewritten"))
                .appendUnkeyed(3)
                .start()
                .append(2)) {
            a.asDatabaseWriter("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 2");
            a.rehashFrom(2, false);
            // the checkpoint taken when the keyed records began seals the last unkeyed one
            assertBroken(a.verify(), 3, "not the record checkpointed");
        }
        try (AuditedDatabase a = new AuditedDatabase(db, dir.resolve("appended"))
                .appendUnkeyed(3)
                .start()
                .append(2)) {
            a.appendUnkeyed(1);
            assertBroken(a.verify(), 6, "not keyed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withAnotherKeyTheKeyedRecordsCannotBeChecked(TestDatabase db) throws SQLException {
        try (AuditedDatabase a =
                new AuditedDatabase(db, dir).appendUnkeyed(2).start().append(3)) {
            AuditKey other = AuditKey.of(AuditKey.newSecret());
            AuditVerification v = a.verify(other);
            assertFalse(v.intact(), v::toString);
            assertTrue(v.problem().contains("cannot be checked"), v::problem);
        }
    }
}
