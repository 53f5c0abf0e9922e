package org.hetao.registry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hetao.registry.search.Audience;
import org.hetao.registry.search.SearchDocument;
import org.hetao.registry.search.SearchIndex;

/**
 * Scenario: the cost of the search index itself, in-process, without the registry: a full rebuild
 * of the corpus with the registry's {@link SearchIndex} (same schema and analysis), the index's size
 * on disk after the rebuild's commit (wall time, and the process's CPU time, which other work on a
 * shared machine does not inflate), and the latency of the query log's Chinese and other
 * queries (top 20, facets, highlights). Used to compare changes of analysis or schema.
 */
public final class IndexBench {
    private IndexBench() {
    }

    public static Report run(Options o) throws Exception {
        Corpus corpus = new Corpus(o.scale(), o.seed());
        List<QueryLog.Query> log = QueryLog.generate(corpus, o.seed());
        CorpusDocuments docs = new CorpusDocuments(corpus.institutions());
        List<SearchDocument> all = new ArrayList<>();
        corpus.forEach(p -> {
            all.add(docs.project(p));
            for (Corpus.Asset a : p.assets()) {
                all.add(docs.asset(p, a));
            }
        });
        Path dir = Files.createTempDirectory("bench-index");
        try (SearchIndex index = SearchIndex.open(dir)) {
            long cpu = processCpuNanos();
            long t = System.nanoTime();
            index.replaceAll(all, n -> { });
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            long bytes = size(dir);
            List<QueryLog.Query> chinese = log.stream().filter(q -> q.kind().chinese()).toList();
            List<QueryLog.Query> other = log.stream().filter(q -> !q.kind().chinese()).toList();
            Audience everyone = Audience.everything();
            int warm = o.iterations(1_000);
            Latencies.warm(warm, i -> index.search(log.get(i % log.size()).request(everyone)));
            int nc = Math.min(chinese.size(), o.iterations(chinese.size()));
            int no = Math.min(other.size(), o.iterations(other.size()));
            Latencies chineseLatency = Latencies.measure(nc, i -> index.search(chinese.get(i).request(everyone)));
            Latencies otherLatency = Latencies.measure(no, i -> index.search(other.get(i).request(everyone)));
            return new Report("indexing", o.scale())
                    .baseline("Chinese queries, in-process SearchIndex (top 20 + facets + highlights)", chineseLatency)
                    .row("other queries, in-process SearchIndex", otherLatency)
                    .figure("documents", all.size())
                    .figure("full rebuild (replaceAll, committed)", String.format(Locale.ROOT,
                            "%.1f s wall (%.0f documents/s), %.1f s CPU of the process (%.2f ms CPU/document)",
                            seconds, all.size() / seconds, cpuSeconds, cpuSeconds * 1000 / all.size()))
                    .figure("index size on disk", String.format(Locale.ROOT, "%.1f MiB (%.0f bytes/document)",
                            bytes / 1048576.0, (double) bytes / all.size()));
        } finally {
            deleteTree(dir);
        }
    }

    /** CPU time of the whole process (all threads), which a machine shared with other work does not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
