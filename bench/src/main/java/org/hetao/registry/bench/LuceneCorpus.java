package org.hetao.registry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.SearchIndex;

/** The corpus indexed in-process with the registry's own {@link SearchIndex} (same schema and analysis as the application). */
public final class LuceneCorpus {
    private LuceneCorpus() {}

    /**
     * The open index and what building it cost: the full rebuild's wall time and the process's CPU
     * time meanwhile (which other work on a shared machine does not inflate), and the committed
     * index's size on disk.
     */
    public record Built(SearchIndex index, int documents, double seconds, double cpuSeconds, long bytes) {
        /** Adds the cost figures to a report. */
        public Report describe(Report report) {
            return report.figure(
                            "Lucene full rebuild (replaceAll, committed)",
                            String.format(
                                    Locale.ROOT,
                                    "%d documents in %.1f s wall (%.0f documents/s), %.1f s CPU of the process (%.2f ms CPU/document)",
                                    documents,
                                    seconds,
                                    documents / seconds,
                                    cpuSeconds,
                                    cpuSeconds * 1000 / documents))
                    .figure(
                            "Lucene index size on disk",
                            String.format(
                                    Locale.ROOT,
                                    "%.1f MiB (%.0f bytes/document)",
                                    bytes / 1048576.0,
                                    (double) bytes / documents));
        }
    }

    /** Opens (creating) an index in {@code dir} and fills it with the corpus; returns the open index and its cost. */
    public static Built build(Corpus corpus, Path dir) throws Exception {
        SearchIndex index = SearchIndex.open(dir);
        CorpusDocuments docs = new CorpusDocuments(corpus.institutions());
        List<SearchDocument> all = new ArrayList<>();
        long t = System.nanoTime();
        corpus.forEach(p -> {
            all.add(docs.project(p));
            for (Corpus.Asset a : p.assets()) {
                all.add(docs.asset(p, a));
            }
        });
        long generated = System.nanoTime();
        long cpu = processCpuNanos();
        index.replaceAll(all, n -> {});
        long indexed = System.nanoTime();
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        System.err.printf(
                "indexed %d documents in-process (generate %.1f s, index %.1f s)%n",
                all.size(), (generated - t) / 1e9, (indexed - generated) / 1e9);
        return new Built(index, all.size(), (indexed - generated) / 1e9, cpuSeconds, size(dir));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }
}
