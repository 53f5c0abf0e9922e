package org.hetao.registry.api.statistics;

import jakarta.ws.rs.core.Response;

/** A statistics table's CSV as a file to save. */
final class Csv {
    private Csv() {}

    static Response attachment(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }
}
