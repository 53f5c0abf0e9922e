package org.hetao.registry.lucene.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.RebuildProgress;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchIndex;
import org.hetao.registry.lucene.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search quality over the bilingual set in {@code src/test/resources/quality} (see its README):
 * recall@10, MRR, nDCG@10 and precision@10 per category and overall, printed as a table, and
 * whether every trap holds.
 */
class SearchQualityTest {

    static final double MINIMUM_RECALL = 0.92;
    static final double MINIMUM_CATEGORY_RECALL = 0.88;
    static final int MINIMUM_QUERIES = 250;
    static final int CUTOFF = 10;
    static final String TRAP = "trap";
    static final List<String> CATEGORIES = List.of(
            "same-script",
            "other-script",
            "regional-hk",
            "regional-tw",
            "regional-mainland",
            "mixed",
            "full-width",
            "english-morphology",
            "typo",
            "identifier",
            "phrase",
            "institution",
            TRAP);

    /** One line of queries.tsv: for a trap, {@code ids} are the records that must not be in the top ten. */
    record Judged(int line, String query, Set<Long> ids, String category, String note) {}

    /** The measures of one judged query. */
    record Measured(double recall, double reciprocalRank, double ndcg, double precision, boolean returnedAny) {

        static Measured of(List<Long> top, Set<Long> relevant) {
            int found = 0;
            double dcg = 0;
            double reciprocalRank = 0;
            for (int rank = 1; rank <= top.size(); rank++) {
                if (relevant.contains(top.get(rank - 1))) {
                    found++;
                    dcg += 1 / log2(rank + 1);
                    if (reciprocalRank == 0) {
                        reciprocalRank = 1.0 / rank;
                    }
                }
            }
            double idealDcg = 0;
            for (int rank = 1; rank <= Math.min(relevant.size(), CUTOFF); rank++) {
                idealDcg += 1 / log2(rank + 1);
            }
            double recall = (double) found / Math.min(relevant.size(), CUTOFF);
            double precision = top.isEmpty() ? 0 : (double) found / top.size();
            return new Measured(recall, reciprocalRank, dcg / idealDcg, precision, !top.isEmpty());
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }
    }

    /** Averages over a set of queries; precision over the queries that returned something. */
    static final class Summary {
        int queries;
        int returning;
        double recall;
        double reciprocalRank;
        double ndcg;
        double precision;

        void add(Measured m) {
            queries++;
            recall += m.recall();
            reciprocalRank += m.reciprocalRank();
            ndcg += m.ndcg();
            if (m.returnedAny()) {
                returning++;
                precision += m.precision();
            }
        }

        double recall() {
            return queries == 0 ? 0 : recall / queries;
        }

        String row(String name) {
            return String.format(
                    "  %-20s %5d %10.3f %8.3f %9.3f %8.3f",
                    name,
                    queries,
                    recall(),
                    reciprocalRank / queries,
                    ndcg / queries,
                    returning == 0 ? 0 : precision / returning);
        }
    }

    @TempDir
    Path dir;

    @Test
    void recallRankingAndTrapsMeetTheirThresholds() throws IOException {
        List<Judged> queries = queries();
        assertTrue(
                queries.size() >= MINIMUM_QUERIES,
                "the set needs at least " + MINIMUM_QUERIES + " queries, has " + queries.size());
        Map<String, Summary> byCategory = new LinkedHashMap<>();
        CATEGORIES.stream().filter(c -> !c.equals(TRAP)).forEach(c -> byCategory.put(c, new Summary()));
        Summary overall = new Summary();
        int traps = 0;
        List<String> misses = new ArrayList<>();
        List<String> sprungTraps = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(dir)) {
            long indexed = index.replaceAll(new QualityCorpus().documents(), RebuildProgress.none());
            assertTrue(indexed >= 130, "corpus too small: " + indexed);
            for (Judged judged : queries) {
                List<Long> top = index
                        .search(SearchRequest.builder(Audience.everything())
                                .query(judged.query())
                                .size(CUTOFF)
                                .build())
                        .hits()
                        .stream()
                        .map(SearchHit::id)
                        .toList();
                if (judged.category().equals(TRAP)) {
                    traps++;
                    List<Long> sprung =
                            judged.ids().stream().filter(top::contains).sorted().toList();
                    if (!sprung.isEmpty()) {
                        sprungTraps.add(String.format(
                                "  line %d  %-28s must not find %s, got %s  (%s)",
                                judged.line(), judged.query(), sprung, top, judged.note()));
                    }
                    continue;
                }
                Measured measured = Measured.of(top, judged.ids());
                byCategory.get(judged.category()).add(measured);
                overall.add(measured);
                List<Long> others =
                        top.stream().filter(id -> !judged.ids().contains(id)).toList();
                if (!others.isEmpty()) {
                    unjudged.add(String.format("  %-18s %-28s %s", judged.category(), judged.query(), others));
                }
                if (measured.recall() < 1) {
                    misses.add(String.format(
                            "  %-18s %.2f  %-28s missing %s, got %s",
                            judged.category(),
                            measured.recall(),
                            judged.query(),
                            judged.ids().stream()
                                    .filter(id -> !top.contains(id))
                                    .sorted()
                                    .toList(),
                            top));
                }
            }
        }

        System.out.printf("Search quality over %d queries (%d traps), cut-off %d:%n", queries.size(), traps, CUTOFF);
        System.out.printf("  %-20s %5s %10s %8s %9s %8s%n", "category", "n", "recall@10", "MRR", "nDCG@10", "P@10");
        byCategory.forEach((category, summary) -> {
            if (summary.queries > 0) {
                System.out.println(summary.row(category));
            }
        });
        System.out.println(overall.row("overall"));
        System.out.printf("  %-20s %5d %10s%n", "traps held", traps - sprungTraps.size(), "of " + traps);
        if (!misses.isEmpty()) {
            System.out.println("Queries that missed relevant records:");
            misses.forEach(System.out::println);
        }
        if (!unjudged.isEmpty()) {
            System.out.println("Queries whose top ten has records not judged relevant:");
            unjudged.forEach(System.out::println);
        }
        if (!sprungTraps.isEmpty()) {
            System.out.println("Traps that failed:");
            sprungTraps.forEach(System.out::println);
        }

        List<String> failures = new ArrayList<>();
        if (overall.recall() < MINIMUM_RECALL) {
            failures.add(
                    String.format("overall recall@%d %.3f is below %.2f", CUTOFF, overall.recall(), MINIMUM_RECALL));
        }
        byCategory.forEach((category, summary) -> {
            if (summary.queries > 0 && summary.recall() < MINIMUM_CATEGORY_RECALL) {
                failures.add(String.format(
                        "%s recall@%d %.3f is below %.2f",
                        category, CUTOFF, summary.recall(), MINIMUM_CATEGORY_RECALL));
            }
        });
        if (!sprungTraps.isEmpty()) {
            failures.add(sprungTraps.size() + " trap(s) failed");
        }
        assertTrue(failures.isEmpty(), String.join("; ", failures));
    }

    static List<Judged> queries() throws IOException {
        List<Judged> queries = new ArrayList<>();
        List<String> lines = QualityCorpus.lines("queries.tsv");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] columns = line.split("\t", -1);
            if (columns.length != 4) {
                throw new IllegalStateException(
                        "queries.tsv line " + number + ": expected 4 TAB-separated columns, got " + columns.length);
            }
            String category = columns[2].strip();
            if (!CATEGORIES.contains(category)) {
                throw new IllegalStateException("queries.tsv line " + number + ": unknown category '" + category + "'");
            }
            Set<Long> ids = Arrays.stream(columns[1].split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Long::valueOf)
                    .collect(Collectors.toSet());
            if (ids.isEmpty()) {
                throw new IllegalStateException("queries.tsv line " + number + ": no record ids");
            }
            queries.add(new Judged(number, columns[0], ids, category, columns[3].strip()));
        }
        return queries;
    }
}
