package org.hetao.registry.bench;

/** Scenario freshness: needs GET /api/search; until the registry offers it, reports that it could not run. */
public final class FreshnessBench {
    private FreshnessBench() {
    }

    public static Report run(Options o) throws Exception {
        int status = AppEndpoints.status(o, AppEndpoints.SEARCH);
        if (status == 404 || status == 405) {
            return AppEndpoints.notAvailable("freshness", o, "GET /api/search", status);
        }
        return new Report("freshness", o.scale()).figure("status", "NOT RUN: GET /api/search answered " + status
                + "; the endpoint is there but this scenario is not written yet");
    }
}
