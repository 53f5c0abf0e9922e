package org.hetao.registry.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hetao.registry.lucene.Audience;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.SearchIndex;
import org.hetao.registry.lucene.SearchResult;

/**
 * Scenario 2: the registry's Lucene search (in-process, the application's analysis, highlighting and
 * facet counts included) against PostgreSQL full-text search (tsvector + GIN, the stock {@code english}
 * and {@code simple} configurations) on the same records and the same query log: latency, throughput,
 * and the recall of PostgreSQL on Chinese queries, taking Lucene's top 50 as the reference.
 */
public final class PgSearchBench {
    private static final String TSQUERY = "(websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?))";

    private PgSearchBench() {}

    public static Report run(Options o) throws Exception {
        Corpus corpus = new Corpus(o.scale(), o.seed());
        List<QueryLog.Query> log = QueryLog.generate(corpus, o.seed());
        QueryLog.write(log, o.results().resolve("queries.tsv"));
        Path work = Files.createTempDirectory("bench-pgsearch");
        LuceneCorpus.Built built = LuceneCorpus.build(corpus, work.resolve("index"));
        try (SearchIndex index = built.index();
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(work.resolve("pg"))
                        .setCleanDataDirectory(true)
                        .start();
                Connection c = pg.getPostgresDatabase().getConnection()) {
            long loadMs = load(corpus, c);
            int warm = o.iterations(1_000);
            int n = Math.min(log.size(), o.iterations(log.size()));
            Audience all = Audience.everything();
            Latencies.warm(warm, i -> index.search(log.get(i % log.size()).request(all)));
            Latencies lucene = Latencies.measure(n, i -> index.search(log.get(i).request(all)));
            {
                PreparedStatement[] ps = statements(c);
                Latencies.warm(warm, i -> pgTop(ps, log.get(i % log.size())));
                Latencies pgl = Latencies.measure(n, i -> pgTop(ps, log.get(i)));
                double[] chinese = recall(index, ps, log, true);
                double[] other = recall(index, ps, log, false);
                return built.describe(new Report("pgsearch", o.scale()))
                        .baseline("Lucene, in-process SearchIndex (top 20 + facets + highlights)", lucene)
                        .row("PostgreSQL FTS, tsvector + GIN (top 20 by ts_rank)", pgl)
                        .figure("queries", n + " of a log of " + log.size() + " (bench/target/results/queries.tsv)")
                        .figure("PostgreSQL load + GIN build", loadMs + " ms")
                        .figure(
                                "PostgreSQL recall of Lucene's top 50, Chinese queries (Traditional + Simplified)",
                                String.format(
                                        Locale.ROOT,
                                        "%.1f %% over %d queries (%.0f of them with no PostgreSQL hit at all)",
                                        chinese[0] * 100,
                                        (int) chinese[1],
                                        chinese[2]))
                        .figure(
                                "PostgreSQL recall of Lucene's top 50, other queries",
                                String.format(Locale.ROOT, "%.1f %% over %d queries", other[0] * 100, (int) other[1]));
            }
        } finally {
            deleteTree(work);
        }
    }

    private static long load(Corpus corpus, Connection c) throws Exception {
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute(
                    "create table doc (type text not null, id bigint not null, title_en text, title_hant text, title_hans text, "
                            + "body_en text, body_hant text, body_hans text, keywords text, sector text[], status text, year int, tsv tsvector, "
                            + "primary key (type, id))");
        }
        c.setAutoCommit(false);
        String sql = "insert into doc values (?,?,?,?,?,?,?,?,?,?,?,?,null)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int[] batch = {0};
            corpus.forEach(p -> {
                var d = p.details();
                add(
                        ps,
                        "project",
                        p.number(),
                        d.title(),
                        d.abstractText(),
                        String.join(" ; ", d.keywords()),
                        d.sectors().stream().map(Enum::name).toArray(String[]::new),
                        d.status().name(),
                        d.startDate().getYear(),
                        c);
                for (Corpus.Asset a : p.assets()) {
                    add(
                            ps,
                            "ip-asset",
                            a.number(),
                            a.details().title(),
                            a.details().abstractText(),
                            a.details().publicSummary() == null
                                    ? null
                                    : a.details().publicSummary().en(),
                            d.sectors().stream().map(Enum::name).toArray(String[]::new),
                            null,
                            d.startDate().getYear(),
                            c);
                }
                if (++batch[0] % 500 == 0) {
                    ps.executeBatch();
                }
            });
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute(
                    "update doc set tsv = setweight(to_tsvector('english', coalesce(title_en,'')), 'A')"
                            + " || setweight(to_tsvector('simple', coalesce(title_hant,'') || ' ' || coalesce(title_hans,'')), 'A')"
                            + " || to_tsvector('english', coalesce(body_en,'') || ' ' || coalesce(keywords,''))"
                            + " || to_tsvector('simple', coalesce(body_hant,'') || ' ' || coalesce(body_hans,'') || ' ' || coalesce(keywords,''))");
            s.execute("create index doc_tsv on doc using gin (tsv)");
            s.execute("analyze doc");
        }
        c.commit();
        c.setAutoCommit(true);
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static void add(
            PreparedStatement ps,
            String type,
            long id,
            org.hetao.registry.common.LocalizedText title,
            org.hetao.registry.common.LocalizedText body,
            String keywords,
            String[] sectors,
            String status,
            int year,
            Connection c)
            throws Exception {
        ps.setString(1, type);
        ps.setLong(2, id);
        ps.setString(3, title.en());
        ps.setString(4, title.zhHant());
        ps.setString(5, title.zhHans());
        ps.setString(6, body == null ? null : body.en());
        ps.setString(7, body == null ? null : body.zhHant());
        ps.setString(8, body == null ? null : body.zhHans());
        ps.setString(9, keywords);
        ps.setArray(10, c.createArrayOf("text", sectors));
        ps.setString(11, status);
        ps.setInt(12, year);
        ps.addBatch();
    }

    /** Per filter kind (none, sector, status, year): a top-20 statement and an all-ids statement. */
    private static PreparedStatement[] statements(Connection c) throws Exception {
        String[] filters = {"", " and ? = any(sector)", " and status = ?", " and year = ?"};
        PreparedStatement[] ps = new PreparedStatement[8];
        for (int i = 0; i < 4; i++) {
            ps[i] = c.prepareStatement("select type, id, title_en from doc where tsv @@ " + TSQUERY + filters[i]
                    + " order by ts_rank(tsv, " + TSQUERY + ") desc limit 20");
            ps[4 + i] = c.prepareStatement("select type, id from doc where tsv @@ " + TSQUERY + filters[i]);
        }
        return ps;
    }

    private static PreparedStatement bind(PreparedStatement[] ps, QueryLog.Query q, boolean all) throws Exception {
        int f = q.facet() == null ? 0 : q.facet() == Facet.SECTOR ? 1 : q.facet() == Facet.STATUS ? 2 : 3;
        PreparedStatement s = ps[(all ? 4 : 0) + f];
        s.setString(1, q.text());
        s.setString(2, q.text());
        int i = 3;
        if (f == 3) {
            s.setInt(i++, Integer.parseInt(q.value()));
        } else if (f > 0) {
            s.setString(i++, q.value());
        }
        if (!all) {
            s.setString(i++, q.text());
            s.setString(i, q.text());
        }
        return s;
    }

    private static int pgTop(PreparedStatement[] ps, QueryLog.Query q) throws Exception {
        int n = 0;
        try (ResultSet rs = bind(ps, q, false).executeQuery()) {
            while (rs.next()) {
                rs.getString(3);
                n++;
            }
        }
        return n;
    }

    /** {recall, queries with Lucene hits, queries where PostgreSQL found nothing}. */
    private static double[] recall(SearchIndex index, PreparedStatement[] ps, List<QueryLog.Query> log, boolean chinese)
            throws Exception {
        double sum = 0;
        int queries = 0;
        int empty = 0;
        for (QueryLog.Query q : log) {
            if (q.kind().chinese() != chinese) {
                continue;
            }
            SearchResult r = index.search(org.hetao.registry.lucene.SearchRequest.builder(Audience.everything())
                    .query(q.text())
                    .filter(
                            q.facet() == null ? Facet.TYPE : q.facet(),
                            q.facet() == null
                                    ? List.of(DocType.PROJECT.urlName(), DocType.IP_ASSET.urlName())
                                    : List.of(q.value()))
                    .size(50)
                    .build());
            if (r.hits().isEmpty()) {
                continue;
            }
            Set<String> pgIds = new HashSet<>();
            try (ResultSet rs = bind(ps, q, true).executeQuery()) {
                while (rs.next()) {
                    pgIds.add(rs.getString(1) + "/" + rs.getLong(2));
                }
            }
            int found = 0;
            for (SearchHit h : r.hits()) {
                found += pgIds.contains(h.type().urlName() + "/" + h.id()) ? 1 : 0;
            }
            sum += (double) found / r.hits().size();
            queries++;
            empty += pgIds.isEmpty() ? 1 : 0;
        }
        return new double[] {queries == 0 ? 0 : sum / queries, queries, empty};
    }

    static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // temporary files; best effort
        }
    }
}
