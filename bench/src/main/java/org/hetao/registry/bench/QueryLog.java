package org.hetao.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.SearchRequest;

/**
 * A query log drawn from the corpus's own words: English, Traditional and Simplified Chinese
 * phrases, mixed English and Chinese, project codes, institution short names and English typos;
 * about a third with a facet filter. The same corpus and seed give the same log.
 */
public final class QueryLog {
    public static final int SIZE = 1_200;

    /** The kinds of query, in the log's proportions (per 100). */
    public enum Kind {
        ENGLISH(24),
        TRADITIONAL(20),
        SIMPLIFIED(20),
        MIXED(10),
        CODE(8),
        TYPO(10),
        INSTITUTION(8);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        public boolean chinese() {
            return this == TRADITIONAL || this == SIMPLIFIED;
        }
    }

    /** One query: its text and an optional facet filter. */
    public record Query(Kind kind, String text, Facet facet, String value) {
        public SearchRequest request(Audience audience) {
            SearchRequest.Builder b = SearchRequest.builder(audience).query(text);
            if (facet != null) {
                b.filter(facet, value);
            }
            return b.build();
        }

        public String line() {
            return kind + "\t" + text + "\t" + (facet == null ? "" : facet.dimension() + "=" + value);
        }
    }

    private QueryLog() {}

    /** Builds the log from the first projects of the corpus (at most 5,000 of them). */
    public static List<Query> generate(Corpus corpus, long seed) throws Exception {
        List<String[]> phrases = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> codes = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        Corpus sample = new Corpus(Math.min(corpus.scale(), 5_000), seed);
        sample.forEach(p -> {
            List<String> k = p.details().keywords();
            for (int i = 0; i + 2 < k.size(); i += 3) {
                if (seen.add(k.get(i))) {
                    phrases.add(new String[] {k.get(i), k.get(i + 1), k.get(i + 2)});
                }
            }
            codes.add(p.details().code());
            p.details().sectors().forEach(s -> sectors.add(s.name()));
            statuses.add(p.details().status().name());
        });
        List<String> institutions =
                corpus.institutions().stream().map(i -> i.shortName()).toList();
        Random r = new Random(seed);
        List<Query> log = new ArrayList<>();
        while (log.size() < SIZE) {
            Kind kind = kind(r);
            String[] p = phrases.get(r.nextInt(phrases.size()));
            String text = switch (kind) {
                case ENGLISH -> r.nextBoolean() ? p[0] : words(p[0], r);
                case TRADITIONAL -> p[1];
                case SIMPLIFIED -> p[2];
                case MIXED ->
                    firstWord(phrases.get(r.nextInt(phrases.size()))[0]) + " " + (r.nextBoolean() ? p[1] : p[2]);
                case CODE -> codes.get(r.nextInt(codes.size()));
                case TYPO -> typo(p[0], r);
                case INSTITUTION -> institutions.get(r.nextInt(institutions.size()));
            };
            Facet facet = null;
            String value = null;
            int f = r.nextInt(100);
            if (f < 15) {
                facet = Facet.SECTOR;
                value = sectors.get(r.nextInt(sectors.size()));
            } else if (f < 25) {
                facet = Facet.STATUS;
                value = statuses.get(r.nextInt(statuses.size()));
            } else if (f < 33) {
                facet = Facet.YEAR;
                value = Integer.toString(2021 + r.nextInt(6));
            }
            log.add(new Query(kind, text, facet, value));
        }
        return List.copyOf(log);
    }

    public static void write(List<Query> log, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, log.stream().map(Query::line).toList());
    }

    private static Kind kind(Random r) {
        int x = r.nextInt(100);
        for (Kind k : Kind.values()) {
            x -= k.weight;
            if (x < 0) {
                return k;
            }
        }
        return Kind.ENGLISH;
    }

    private static String words(String phrase, Random r) {
        String[] w = phrase.replaceAll("[()]", "").split(" ");
        if (w.length < 2) {
            return phrase;
        }
        int a = r.nextInt(w.length - 1);
        return w[a] + " " + w[a + 1];
    }

    private static String firstWord(String phrase) {
        String w = phrase.replaceAll("[()]", "").split(" ")[0];
        return w.length() < 3 ? phrase.split(" ")[phrase.split(" ").length - 1] : w;
    }

    /** Swaps two neighbouring letters of the longest word. */
    private static String typo(String phrase, Random r) {
        String[] w = phrase.replaceAll("[()]", "").split(" ");
        int longest = 0;
        for (int i = 1; i < w.length; i++) {
            if (w[i].length() > w[longest].length()) {
                longest = i;
            }
        }
        String word = w[longest];
        if (word.length() >= 4) {
            int i = 1 + r.nextInt(word.length() - 2);
            char[] c = word.toCharArray();
            char t = c[i];
            c[i] = c[i - 1];
            c[i - 1] = t;
            w[longest] = new String(c);
        }
        return String.join(" ", w);
    }
}
