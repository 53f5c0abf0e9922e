package org.hetao.registry.indexing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCloseTest {
    @TempDir
    Path index;

    @Test
    void aMarkCountsOnceAndOnlyForTheSameDatabaseState() {
        assertFalse(
                CleanClose.takeMark(index, "3f2a9c1e6d3a4f7e 120 ab"),
                "no mark: the index was not closed cleanly (a crash)");
        CleanClose.mark(index, "3f2a9c1e6d3a4f7e 120 ab");
        assertTrue(CleanClose.takeMark(index, "3f2a9c1e6d3a4f7e 120 ab"));
        assertFalse(
                CleanClose.takeMark(index, "3f2a9c1e6d3a4f7e 120 ab"),
                "taken at the open: a crash after it leaves none");
        assertFalse(Files.exists(index.resolve(CleanClose.FILE)));
    }

    @Test
    void anotherDatabaseStateOrNoneMeansTheIndexIsCompared() {
        CleanClose.mark(index, "3f2a9c1e6d3a4f7e 120 ab");
        assertFalse(CleanClose.takeMark(index, "3f2a9c1e6d3a4f7e 97 cd"), "a database restored from an earlier backup");
        CleanClose.mark(index, "3f2a9c1e6d3a4f7e 120 ab");
        assertFalse(CleanClose.takeMark(index, null), "a database whose state could not be read");
        CleanClose.mark(index, null);
        assertFalse(Files.exists(index.resolve(CleanClose.FILE)), "no state, no mark");
    }
}
