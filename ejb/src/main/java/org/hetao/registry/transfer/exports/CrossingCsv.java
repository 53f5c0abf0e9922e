package org.hetao.registry.transfer.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.common.SpreadsheetCsv;
import org.hetao.registry.project.Crossing;

/**
 * The list of who crosses into the Hong Kong park on a day as CSV (RFC 4180, UTF-8 with a byte-order
 * mark so that spreadsheets read the Chinese names): one row per staffing line, text cells guarded
 * against formula injection.
 */
public final class CrossingCsv {
    public static final List<String> COLUMNS = List.of(
            "date",
            "institution",
            "institutionId",
            "personId",
            "nameEn",
            "nameZh",
            "projectCode",
            "projectId",
            "staffingId",
            "role",
            "startDate",
            "endDate",
            "whiteListStatus",
            "whiteListFrom",
            "whiteListUntil",
            "covered");

    private CrossingCsv() {}

    public static void write(LocalDate day, List<Crossing> crossings, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SpreadsheetCsv csv = new SpreadsheetCsv(w, COLUMNS);
            for (Crossing c : crossings) {
                csv.row(row(day, c));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> row(LocalDate day, Crossing c) {
        List<String> cells = new ArrayList<>();
        cells.add(day.toString());
        cells.add(c.institution());
        cells.add(String.valueOf(c.institutionId()));
        cells.add(String.valueOf(c.personId()));
        cells.add(c.personNameEn());
        cells.add(c.personNameZh());
        cells.add(c.projectCode());
        cells.add(String.valueOf(c.projectId()));
        cells.add(String.valueOf(c.staffingId()));
        cells.add(c.role().name());
        cells.add(c.startDate().toString());
        cells.add(c.endDate() == null ? "" : c.endDate().toString());
        cells.add(c.whiteListStatus() == null ? "" : c.whiteListStatus().name());
        cells.add(c.validFrom() == null ? "" : c.validFrom().toString());
        cells.add(c.validUntil() == null ? "" : c.validUntil().toString());
        cells.add(String.valueOf(c.covered()));
        return cells;
    }
}
