package org.hetao.registry.bench;

/** Scenario import: needs POST /api/imports; until the registry offers it, reports that it could not run. */
public final class ImportBench {
    private ImportBench() {
    }

    public static Report run(Options o) throws Exception {
        int status = AppEndpoints.status(o, AppEndpoints.IMPORTS);
        if (status == 404 || status == 405) {
            return AppEndpoints.notAvailable("import", o, "POST /api/imports", status);
        }
        return new Report("import", o.scale()).figure("status", "NOT RUN: POST /api/imports answered " + status
                + "; the endpoint is there but this scenario is not written yet");
    }
}
