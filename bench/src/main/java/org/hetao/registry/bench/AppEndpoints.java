package org.hetao.registry.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Which of the APIs that the search, freshness and import scenarios need the registry under test
 * offers: the run's shared registry is asked once; the answer is kept for the run.
 */
final class AppEndpoints {
    static final String SEARCH = "api/search?q=robot";
    static final String IMPORTS = "api/imports";
    private static Map<String, Integer> statuses;

    private AppEndpoints() {
    }

    /** The HTTP status of a GET of {@code path}, signed in as admin (404: not in this build). */
    static synchronized int status(Options o, String path) throws Exception {
        if (statuses == null) {
            statuses = new HashMap<>();
            Api api = LoadedRegistry.shared(o).api();
            for (String s : new String[] {SEARCH, IMPORTS}) {
                statuses.put(s, api.get(s).statusCode());
            }
        }
        return statuses.get(path);
    }

    static Report notAvailable(String scenario, Options o, String endpoint, int status) {
        return new Report(scenario, o.scale()).figure("status", "NOT RUN: " + endpoint + " answered " + status
                + " in this build; the scenario needs it (it is being built on another branch)");
    }
}
