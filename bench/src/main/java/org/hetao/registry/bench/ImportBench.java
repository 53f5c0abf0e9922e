package org.hetao.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.hetao.registry.config.Migrations;

/**
 * Scenario 4: the corpus's projects through {@code POST /api/imports}, indexing included, against a
 * raw JDBC batch insert of the same rows into the same database (H2, the registry's schema, migrated
 * by the application's own migrations). Until the registry offers the import API, only the raw
 * baseline is measured and the import reports that it could not run.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static Report run(Options o) throws Exception {
        int status = AppEndpoints.status(o, AppEndpoints.IMPORTS);
        Path work = Files.createTempDirectory("bench-import");
        try {
            Path data = work.resolve("data");
            Files.createDirectories(data.resolve("db"));
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(DirectLoader.h2Url(data));
            ds.setUser("registry");
            ds.setPassword("registry");
            Migrations.apply(ds);
            Corpus corpus = new Corpus(o.scale(), o.seed());
            // the loader generates the corpus as it inserts; the generator alone is timed too, and taken out
            long g = System.nanoTime();
            corpus.forEach(p -> { });
            double generate = (System.nanoTime() - g) / 1e9;
            long t = System.nanoTime();
            int projects = DirectLoader.load(data, corpus);
            double seconds = (System.nanoTime() - t) / 1e9;
            double insert = Math.max(0.001, seconds - generate);
            Report r = new Report("import", o.scale())
                    .figure("raw JDBC batch insert (baseline)", String.format(Locale.ROOT,
                            "%d projects with keywords, sectors, participants and funding (and 32 institutions): %.1f s including "
                                    + "generating the corpus, of which generating alone takes %.1f s; inserts %.1f s = %.0f projects/s "
                                    + "(batches of 1,000 projects, one commit each, embedded H2 file database)",
                            projects, seconds, generate, insert, projects / insert));
            if (status == 404 || status == 405) {
                return r.figure("import API", "NOT RUN: POST /api/imports answered " + status
                        + " in this build; the scenario needs it (it is being built on another branch)");
            }
            return r.figure("import API", "NOT RUN: POST /api/imports answered " + status
                    + "; the import half of this scenario is not written yet");
        } finally {
            PgSearchBench.deleteTree(work);
        }
    }
}
