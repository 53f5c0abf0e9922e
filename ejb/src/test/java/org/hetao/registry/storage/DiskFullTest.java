package org.hetao.registry.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the disk is full", however deep in the chain of causes. */
class DiskFullTest {
    @Test
    void theOperatingSystemsNoSpaceLeftDeepInTheChain() {
        Throwable e = new RuntimeException(
                "commit failed",
                new SQLException(
                        "General error",
                        "HY000",
                        50000,
                        new UncheckedIOException(new IOException("No space left on device"))));
        assertTrue(DiskFull.isCause(e));
        assertTrue(DiskFull.isCause(new IOException("Disk quota exceeded")));
    }

    @Test
    void h2sStoreFailingToWriteItsFile() {
        Throwable mv = new org.h2.mvstore.MVStoreException(
                2, "Writing to sun.nio.ch.FileChannelImpl@1 failed; length 4096 at 12288 [2.2.224/2]");
        assertTrue(DiskFull.isCause(new SQLException("General error", "HY000", 50000, mv)));
    }

    @Test
    void aTransactionManagerThatKeptOnlyTheMessage() {
        Throwable e = new RuntimeException(
                "commit failed",
                new javax.transaction.xa.XAException(
                        "jakarta.resource.spi.LocalTransactionException: H2 could not write the transaction to its file, the disk is full ("
                                + DiskFull.NO_SPACE + ")"));
        assertTrue(DiskFull.isCause(e));
    }

    @Test
    void h2sWriteFailureFlattenedIntoATransactionManagersMessage() {
        Throwable xa =
                new javax.transaction.xa.XAException("jakarta.resource.spi.LocalTransactionException: General error: "
                        + "\"General error: \"\"org.h2.mvstore.MVStoreException: java.util.concurrent.ExecutionException: "
                        + "org.h2.mvstore.MVStoreException: Writing to sun.nio.ch.FileChannelImpl@3dc8d4d6 failed; length 16384 at 1449984 "
                        + "[2.2.224/2] [2.2.224/3]\"\" [50000-224]\"; SQL statement:\nCOMMIT [50000-224]");
        assertTrue(DiskFull.isCause(new RuntimeException("commit failed", xa)));
        assertFalse(DiskFull.isCause(new javax.transaction.xa.XAException(
                "org.h2.mvstore.MVStoreException: File corrupted in chunk 5 " + "[2.2.224/6]")));
    }

    @Test
    void postgresqlsDiskFull() {
        assertTrue(DiskFull.isCause(new RuntimeException(new SQLException("could not extend file", "53100"))));
    }

    @Test
    void aSuppressedCauseCounts() {
        RuntimeException e = new RuntimeException("closing failed");
        e.addSuppressed(new IOException("No space left on device"));
        assertTrue(DiskFull.isCause(e));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DiskFull.isCause(new SQLException("Connection refused", "08001")));
        assertFalse(DiskFull.isCause(new IOException("Broken pipe")));
        assertFalse(DiskFull.isCause(new org.h2.mvstore.MVStoreException(6, "File corrupted in chunk 5 [2.2.224/6]")));
        assertFalse(DiskFull.isCause(new RuntimeException((String) null)));
    }
}
