package org.hetao.registry.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexingWorkersTest {

    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void everyItemRunsOnceAcrossThreadsAndFailuresAreReportedNotThrown() {
        try (IndexingWorkers workers = new IndexingWorkers(3)) {
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            var failures = workers.forEach(numbers(1_000), i -> {
                assertTrue(seen.add(i), "ran twice: " + i);
                threads.add(Thread.currentThread().getName());
                if (i % 250 == 7) {
                    throw new IOException("bad " + i);
                }
            });
            assertEquals(1_000, seen.size());
            assertEquals(
                    List.of(7, 257, 507, 757),
                    failures.stream()
                            .map(IndexingWorkers.Failure::item)
                            .sorted()
                            .toList());
            assertEquals(3, threads.size(), "the caller and two workers: " + threads);
        }
    }

    @Test
    void streamIsIndexedWholeAndProgressCountsWhatWasRead() throws IOException {
        try (IndexingWorkers workers = new IndexingWorkers(2)) {
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            List<Long> progress = new ArrayList<>();
            long count = workers.forEachStreamed(numbers(10_001), seen::add, 1_000, progress::add);
            assertEquals(10_001, count);
            assertEquals(10_001, seen.size());
            assertEquals(
                    List.of(1_000L, 2_000L, 3_000L, 4_000L, 5_000L, 6_000L, 7_000L, 8_000L, 9_000L, 10_000L), progress);
        }
    }

    @Test
    void aFailingTaskStopsTheStreamAndIsThrownAfterTheChunksUnderWayFinish() {
        try (IndexingWorkers workers = new IndexingWorkers(2)) {
            IOException bad = new IOException("disk full");
            int[] read = {0};
            Iterable<Integer> counting = () -> new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < 100_000;
                }

                @Override
                public Integer next() {
                    read[0]++;
                    return next++;
                }
            };
            IOException thrown = assertThrows(
                    IOException.class,
                    () -> workers.forEachStreamed(
                            counting,
                            i -> {
                                if (i == 100) {
                                    throw bad;
                                }
                            },
                            1_000,
                            n -> {}));
            assertSame(bad, thrown);
            assertTrue(read[0] < 100_000, "reading stopped early: " + read[0]);
        }
    }

    @Test
    void aFailingStreamIsThrown() {
        try (IndexingWorkers workers = new IndexingWorkers(2)) {
            Iterable<Integer> broken = () -> new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    if (next == 500) {
                        throw new IllegalStateException("the database went away");
                    }
                    return true;
                }

                @Override
                public Integer next() {
                    return next++;
                }
            };
            var thrown = assertThrows(
                    IllegalStateException.class, () -> workers.forEachStreamed(broken, i -> {}, 1_000, n -> {}));
            assertEquals("the database went away", thrown.getMessage());
        }
    }

    @Test
    void oneThreadRunsEverythingOnTheCaller() throws IOException {
        try (IndexingWorkers workers = new IndexingWorkers(1)) {
            String caller = Thread.currentThread().getName();
            Set<String> threads = ConcurrentHashMap.newKeySet();
            assertEquals(
                    50,
                    workers.forEachStreamed(
                            numbers(50), i -> threads.add(Thread.currentThread().getName()), 10, n -> {}));
            workers.forEach(numbers(50), i -> threads.add(Thread.currentThread().getName()));
            assertEquals(Set.of(caller), threads);
        }
    }
}
