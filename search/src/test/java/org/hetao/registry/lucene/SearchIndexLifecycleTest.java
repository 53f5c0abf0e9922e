package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexLifecycleTest {

    @TempDir
    Path dir;

    private static SearchDocument doc(long id, String title) {
        return project(id, Visibility.PUBLIC, HKU, title, "");
    }

    @Test
    void missingIndexIsCreatedEmptyAndNeedsRebuildUntilOneCompletes() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir.resolve("new"))) {
            assertEquals(IndexStatus.MISSING, index.status());
            assertTrue(index.needsRebuild());
            assertEquals(0, index.count());
            assertEquals(0, search(index, everything("anything")).total().value());

            List<Long> progress = new ArrayList<>();
            long indexed = index.replaceAll(List.of(doc(1, "Robot arm"), doc(2, "Battery pack")), progress::add);

            assertEquals(2, indexed);
            assertEquals(List.of(2L), progress);
            assertFalse(index.needsRebuild());
            assertEquals(2, index.count());
        }
        try (SearchIndex reopened = SearchIndex.open(dir.resolve("new"))) {
            assertEquals(IndexStatus.READY, reopened.status());
            assertEquals(2, reopened.count());
        }
    }

    @Test
    void anIndexNeverRebuiltStaysIncompleteAcrossRestarts() throws IOException {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.upsert(doc(1, "Robot arm"));
            index.commit();
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertEquals(IndexStatus.INCOMPLETE, reopened.status());
            assertEquals(1, reopened.count());
        }
    }

    @Test
    void writesAreSearchableRightAfterRefresh() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"))) {
            index.upsert(doc(2, "Robot gripper"));
            assertEquals(0, search(index, everything("gripper")).total().value(), "not visible before refresh");
            long start = System.nanoTime();
            index.refresh();
            SearchResult found = search(index, everything("gripper"));
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(List.of(2L), ids(found));
            assertTrue(millis < 1_000, "refresh and search took " + millis + " ms");
        }
    }

    @Test
    void upsertReplacesAndDeleteRemoves() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"), doc(2, "Battery pack"))) {
            index.upsert(doc(1, "Drone swarm"));
            index.delete(DocType.PROJECT, 2);
            index.delete(DocType.IP_ASSET, 1); // another type with the same id: nothing to delete
            index.refresh();

            assertEquals(1, index.count());
            assertEquals(0, search(index, everything("robot")).total().value());
            assertEquals(List.of(1L), ids(search(index, everything("drone"))));
        }
    }

    @Test
    void idsListEveryWrittenRecordPerTypeInOrderRefreshedOrNot() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(30, "Robot arm"), doc(4, "Battery pack"), doc(12, "Drone"))) {
            index.delete(DocType.PROJECT, 12);
            index.upsert(doc(7, "Sensor"));
            index.upsert(doc(30, "Robot arm, revised"));

            var ids = index.ids();
            assertArrayEquals(new long[] {4, 7, 30}, ids.get(DocType.PROJECT));
            assertArrayEquals(new long[0], ids.get(DocType.IP_ASSET));
        }
    }

    @Test
    void corruptIndexIsDetectedAndReplacedByAnEmptyOne() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"), doc(2, "Battery pack"))) {
            assertEquals(2, index.count());
        }
        Path largest = largestIndexFile();
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle);
            int b = file.read();
            file.seek(middle);
            file.write(b ^ 0xFF);
        }

        try (SearchIndex index = SearchIndex.open(dir)) {
            assertEquals(IndexStatus.CORRUPT, index.status(), "corrupted " + largest.getFileName());
            assertTrue(index.needsRebuild());
            assertEquals(0, index.count());
            index.replaceAll(List.of(doc(3, "Robot hand")), RebuildProgress.none());
            assertEquals(List.of(3L), ids(search(index, everything("robot"))));
        }
    }

    @Test
    void truncatedCommitIsDetectedAsCorrupt() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"))) {
            assertEquals(1, index.count());
        }
        Path segments;
        try (Stream<Path> files = Files.list(dir)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertEquals(IndexStatus.CORRUPT, index.status());
            assertEquals(0, index.count());
        }
    }

    @Test
    void indexOfAnotherFormatVersionIsReplaced() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(new org.apache.lucene.document.Document());
            writer.setLiveCommitData(
                    java.util.Map.of("hetao.search.format", "0").entrySet());
            writer.commit();
        }
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertEquals(IndexStatus.STALE_FORMAT, index.status());
            assertEquals(0, index.count());
        }
    }

    @Test
    void searchesKeepSeeingTheOldContentsUntilARebuildCompletes() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"))) {
            Iterable<SearchDocument> rebuild = () -> {
                try {
                    index.refresh(); // ignored while rebuilding
                    assertEquals(List.of(1L), ids(search(index, everything("robot"))));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return List.of(doc(2, "Robot gripper")).iterator();
            };
            index.replaceAll(rebuild, RebuildProgress.none());
            assertEquals(List.of(2L), ids(search(index, everything("robot"))));
        }
    }

    @Test
    void aRebuildDeletesWhatItDidNotRewriteButKeepsWritesMadeMeanwhile() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"), doc(2, "Robot leg"))) {
            Iterable<SearchDocument> rebuild = () -> {
                try {
                    index.upsert(doc(3, "Robot hand")); // written by the outbox while the rebuild runs
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                return List.of(doc(1, "Robot arm")).iterator();
            };
            index.replaceAll(rebuild, RebuildProgress.none());
            assertEquals(Set.of(1L, 3L), Set.copyOf(ids(search(index, everything("robot")))));
        }
    }

    @Test
    void aFailedRebuildKeepsThePreviousDocumentsAndAsksForAnother() throws IOException {
        try (SearchIndex index = indexWith(dir, doc(1, "Robot arm"), doc(2, "Robot leg"))) {
            Iterable<SearchDocument> failing = () -> new java.util.Iterator<>() {
                int served;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public SearchDocument next() {
                    if (served++ == 1) {
                        throw new IllegalStateException("database went away");
                    }
                    return doc(1, "Robot arm, revised");
                }
            };
            assertThrows(IllegalStateException.class, () -> index.replaceAll(failing, RebuildProgress.none()));

            assertTrue(index.needsRebuild());
            assertEquals(Set.of(1L, 2L), Set.copyOf(ids(search(index, everything("robot")))));
            index.replaceAll(List.of(doc(2, "Robot leg")), RebuildProgress.none());
            assertFalse(index.needsRebuild());
            assertEquals(List.of(2L), ids(search(index, everything("robot"))));
        }
    }

    private Path largestIndexFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .filter(p -> !p.getFileName().toString().startsWith("segments"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
    }
}
