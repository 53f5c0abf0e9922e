package org.hetao.registry.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.hetao.registry.config.Migrations;

/**
 * One registry holding the corpus, shared by the scenarios of a run that need the running application
 * (search, freshness, api): the schema is migrated with the application's own migrations, the corpus
 * is written into the H2 database by {@link DirectLoader}, then the uber-jar is started once; it finds
 * no search index and rebuilds it from the database. Ready when that rebuild has finished.
 */
public final class LoadedRegistry {
    private static LoadedRegistry shared;

    private final RegistryProcess process;
    private final Api api;
    private final Path work;
    private final int projects;
    private final String loading;

    private LoadedRegistry(RegistryProcess process, Api api, Path work, int projects, String loading) {
        this.process = process;
        this.api = api;
        this.work = work;
        this.projects = projects;
        this.loading = loading;
    }

    /** The run's registry, started at the first call. */
    static synchronized LoadedRegistry shared(Options o) throws Exception {
        if (shared == null) {
            shared = start(o);
        }
        return shared;
    }

    /** The run's registry if one was started, else null. */
    static synchronized LoadedRegistry current() {
        return shared;
    }

    /** Stops the run's registry, if one was started. */
    static synchronized void closeShared() {
        if (shared != null) {
            try {
                shared.process.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            PgSearchBench.deleteTree(shared.work);
            shared = null;
        }
    }

    private static LoadedRegistry start(Options o) throws Exception {
        Path work = Files.createTempDirectory("bench-registry");
        Path data = work.resolve("data");
        Files.createDirectories(data.resolve("db"));
        long t0 = System.nanoTime();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(DirectLoader.h2Url(data));
        ds.setUser("registry");
        ds.setPassword("registry");
        Migrations.apply(ds);
        long t1 = System.nanoTime();
        int projects = DirectLoader.load(data, new Corpus(o.scale(), o.seed()));
        long t2 = System.nanoTime();
        String heap = o.scale() >= 100_000 ? "3g" : "1g";
        RegistryProcess p = RegistryProcess.registry(o.uberJar(), data, heap, Map.of());
        long t3 = System.nanoTime();
        Api api = new Api(p.base());
        api.signIn();
        long documents = awaitIndex(api, projects);
        long t4 = System.nanoTime();
        String loading = String.format(
                Locale.ROOT,
                "%d projects and %d institutions written into H2 with JDBC batches in %.1f s "
                        + "(schema migration %.1f s); registry start to ready %.1f s; index rebuilt from the database at start-up "
                        + "(%d documents) %.1f s after ready; heap -Xmx%s",
                projects,
                new Corpus(o.scale(), o.seed()).institutions().size(),
                (t2 - t1) / 1e9,
                (t1 - t0) / 1e9,
                (t3 - t2) / 1e9,
                documents,
                (t4 - t3) / 1e9,
                heap);
        System.err.println(loading);
        return new LoadedRegistry(p, api, work, projects, loading);
    }

    /** Waits until no rebuild runs and the index holds at least the projects; returns the document count. */
    private static long awaitIndex(Api api, int projects) throws Exception {
        Pattern docs = Pattern.compile("\"documents\"\\s*:\\s*(\\d+)");
        long end = System.nanoTime() + 3_600_000_000_000L;
        while (System.nanoTime() < end) {
            HttpResponse<String> r = api.get("api/admin/search/status");
            Matcher m = docs.matcher(r.body());
            if (r.statusCode() == 200
                    && !r.body().contains("\"rebuilding\":true")
                    && m.find()
                    && Long.parseLong(m.group(1)) >= projects) {
                return Long.parseLong(m.group(1));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the index was not rebuilt within an hour");
    }

    public RegistryProcess process() {
        return process;
    }

    public Api api() {
        return api;
    }

    public Path dataDir() {
        return work.resolve("data");
    }

    public int projects() {
        return projects;
    }

    /** Project {@code n} of the corpus (1-based) has this id. */
    public long projectId(long n) {
        return DirectLoader.PROJECT_BASE + n;
    }

    public String loading() {
        return loading;
    }
}
