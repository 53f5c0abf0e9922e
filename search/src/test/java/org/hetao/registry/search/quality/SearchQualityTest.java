package org.hetao.registry.search.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.search.Audience;
import org.hetao.registry.search.RebuildProgress;
import org.hetao.registry.search.SearchHit;
import org.hetao.registry.search.SearchIndex;
import org.hetao.registry.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recall@10 over the bilingual quality set in {@code src/test/resources/quality}. */
class SearchQualityTest {

  static final double MINIMUM_RECALL = 0.9;
  static final int CUTOFF = 10;

  record Judged(String query, Set<Long> relevant) {}

  @TempDir Path dir;

  @Test
  void recallAtTenIsAtLeastNinetyPercent() throws IOException {
    List<Judged> queries = queries();
    assertTrue(queries.size() >= 40, "the set needs at least 40 queries");
    double sum = 0;
    List<String> misses = new ArrayList<>();
    try (SearchIndex index = SearchIndex.open(dir)) {
      long indexed = index.replaceAll(new QualityCorpus().documents(), RebuildProgress.none());
      assertTrue(indexed >= 80, "corpus too small: " + indexed);
      for (Judged judged : queries) {
        List<Long> top = index.search(SearchRequest.builder(Audience.everything())
                .query(judged.query()).size(CUTOFF).build())
            .hits().stream().map(SearchHit::id).toList();
        long found = judged.relevant().stream().filter(top::contains).count();
        double recall = (double) found / judged.relevant().size();
        sum += recall;
        if (recall < 1) {
          misses.add(String.format("  %.2f  %-28s missing %s, got %s", recall, judged.query(),
              judged.relevant().stream().filter(id -> !top.contains(id)).sorted().toList(), top));
        }
      }
    }
    double recall = sum / queries.size();
    System.out.printf("Search quality: recall@%d = %.3f over %d queries%n", CUTOFF, recall, queries.size());
    misses.forEach(System.out::println);
    assertTrue(recall >= MINIMUM_RECALL, String.format("recall@%d %.3f is below %.2f", CUTOFF, recall, MINIMUM_RECALL));
  }

  private static List<Judged> queries() throws IOException {
    List<Judged> queries = new ArrayList<>();
    for (String line : QualityCorpus.lines("queries.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      Set<Long> relevant = Arrays.stream(columns[1].split(",")).map(String::strip).map(Long::valueOf)
          .collect(Collectors.toSet());
      queries.add(new Judged(columns[0], relevant));
    }
    return queries;
  }
}
