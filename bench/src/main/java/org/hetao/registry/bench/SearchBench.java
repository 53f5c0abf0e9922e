package org.hetao.registry.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.SearchIndex;

/**
 * Scenario 1: the same queries through {@code GET /api/search} (signed in as admin, one client thread,
 * HTTP/1.1 on loopback) and through an in-process {@link SearchIndex} opened on a copy of the running
 * registry's own index (same documents, same analysis, same request: top 20, facets, highlights).
 * Goal at 100k: REST p50 within 2x + 1 ms of Lucene's, p99 within 3x.
 */
public final class SearchBench {
    private SearchBench() {}

    public static Report run(Options o) throws Exception {
        LoadedRegistry reg = LoadedRegistry.shared(o);
        Corpus corpus = new Corpus(o.scale(), o.seed());
        List<QueryLog.Query> log = QueryLog.generate(corpus, o.seed());
        List<String> urls = new ArrayList<>();
        for (QueryLog.Query q : log) {
            urls.add(url(q));
        }
        int warm = o.iterations(1_000);
        int n = Math.min(log.size(), o.iterations(log.size()));
        Api api = reg.api();
        Path copy = Files.createTempDirectory("bench-search-index");
        try {
            copyIndex(reg.dataDir().resolve("index"), copy);
            Audience all = Audience.everything();
            try (SearchIndex index = SearchIndex.open(copy)) {
                Latencies.warm(warm, i -> check(api.get(urls.get(i % urls.size()))));
                Latencies.warm(warm, i -> index.search(log.get(i % log.size()).request(all)));
                // Interleaved, query by query, so that both see the same load on a shared machine.
                Latencies rest = new Latencies();
                Latencies lucene = new Latencies();
                long restNanos = 0;
                long luceneNanos = 0;
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    index.search(log.get(i).request(all));
                    long t1 = System.nanoTime();
                    check(api.get(urls.get(i)));
                    long t2 = System.nanoTime();
                    lucene.record(t1 - t0);
                    rest.record(t2 - t1);
                    luceneNanos += t1 - t0;
                    restNanos += t2 - t1;
                }
                lucene.wall(luceneNanos);
                rest.wall(restNanos);
                double p50Goal = 2 * lucene.ms(50) + 1;
                double p99Goal = 3 * lucene.ms(99);
                return new Report("search", o.scale())
                        .baseline("in-process SearchIndex on a copy of the registry's index", lucene)
                        .row("GET /api/search as ADMIN (HTTP/1.1, loopback, one client thread)", rest)
                        .figure(
                                "queries",
                                n + " measured after " + warm + " warm-up, from the " + log.size()
                                        + "-query log; interleaved: each query in-process, then through the API")
                        .figure(
                                "goal p50 <= 2x Lucene + 1 ms",
                                String.format(
                                        Locale.ROOT,
                                        "%.2f ms <= %.2f ms: %s",
                                        rest.ms(50),
                                        p50Goal,
                                        rest.ms(50) <= p50Goal ? "met" : "MISSED"))
                        .figure(
                                "goal p99 <= 3x Lucene",
                                String.format(
                                        Locale.ROOT,
                                        "%.2f ms <= %.2f ms: %s",
                                        rest.ms(99),
                                        p99Goal,
                                        rest.ms(99) <= p99Goal ? "met" : "MISSED"))
                        .figure("index", index.count() + " documents")
                        .figure("loading", reg.loading());
            }
        } finally {
            PgSearchBench.deleteTree(copy);
        }
    }

    static String url(QueryLog.Query q) {
        String u = "api/search?q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
        if (q.facet() != null) {
            u += "&" + q.facet().dimension() + "=" + URLEncoder.encode(q.value(), StandardCharsets.UTF_8);
        }
        return u;
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException("search answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** Copies the index files (not the write lock) while the registry is idle. */
    static void copyIndex(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
