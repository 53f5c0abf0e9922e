package org.hetao.registry.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Which of the APIs that the search, freshness and import scenarios need the registry under test
 * offers: the run's shared registry if one is running, else one on an empty data directory, is asked
 * once; the answer is kept for the run.
 */
final class AppEndpoints {
    static final String SEARCH = "api/search?q=robot";
    static final String IMPORTS = "api/imports";
    private static Map<String, Integer> statuses;

    private AppEndpoints() {}

    /** The HTTP status of a GET of {@code path}, signed in as admin (404: not in this build). */
    static synchronized int status(Options o, String path) throws Exception {
        if (statuses == null) {
            statuses = new HashMap<>();
            LoadedRegistry running = LoadedRegistry.current();
            if (running != null) {
                ask(running.api());
            } else {
                // no registry in this run yet: ask one started on an empty data directory, rather than load the corpus
                // for it
                java.nio.file.Path work = java.nio.file.Files.createTempDirectory("bench-probe");
                try (RegistryProcess p =
                        RegistryProcess.registry(o.uberJar(), work.resolve("data"), "512m", Map.of())) {
                    Api api = new Api(p.base());
                    api.signIn();
                    ask(api);
                } finally {
                    PgSearchBench.deleteTree(work);
                }
            }
        }
        return statuses.get(path);
    }

    private static void ask(Api api) throws Exception {
        for (String s : new String[] {SEARCH, IMPORTS}) {
            statuses.put(s, api.get(s).statusCode());
        }
    }

    static Report notAvailable(String scenario, Options o, String endpoint, int status) {
        return new Report(scenario, o.scale())
                .figure(
                        "status",
                        "NOT RUN: " + endpoint + " answered " + status
                                + " in this build; the scenario needs it (it is being built on another branch)");
    }
}
