package org.hetao.registry.statistics;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hetao.registry.common.SpreadsheetCsv;

/** The tables of the statistics page as CSV files for a spreadsheet ({@link SpreadsheetCsv}). */
public final class StatisticsCsv {
    public static final List<String> HEAD_COUNT_COLUMNS =
            List.of("from", "to", "park", "institutionId", "institution", "role", "people", "fte");
    public static final List<String> SERIES_COLUMNS = List.of("from", "to", "people", "fte");
    public static final List<String> TECHNOLOGY_TRANSFER_COLUMNS =
            List.of("institutionId", "institution", "year", "assetsRegistered", "filings", "grants");
    public static final List<String> ENQUIRY_COLUMNS = List.of("enquiries", "licences");

    private StatisticsCsv() {}

    /** One row per park, institution and role. */
    public static String headCounts(HeadCountReport r) {
        return write(
                HEAD_COUNT_COLUMNS,
                r.counts().stream()
                        .map(c -> Arrays.<Object>asList(
                                r.period().from(),
                                r.period().to(),
                                c.park(),
                                c.institutionId(),
                                r.institutions().get(c.institutionId()),
                                c.role(),
                                c.people(),
                                c.fte().toPlainString()))
                        .toList());
    }

    /** One row per month or quarter. */
    public static String series(HeadCountSeries s) {
        return write(
                SERIES_COLUMNS,
                s.points().stream()
                        .map(p -> Arrays.<Object>asList(
                                p.from(), p.to(), p.people(), p.fte().toPlainString()))
                        .toList());
    }

    /** One row per institution and year; the enquiry columns only when the report has them. */
    public static String technologyTransfer(AutmReport r) {
        List<String> columns = new ArrayList<>(TECHNOLOGY_TRANSFER_COLUMNS);
        if (r.enquiries()) {
            columns.addAll(ENQUIRY_COLUMNS);
        }
        return write(
                columns,
                r.rows().stream()
                        .map(y -> {
                            List<Object> row = new ArrayList<>(Arrays.asList(
                                    y.institutionId(),
                                    r.institutions().get(y.institutionId()),
                                    y.year(),
                                    y.assetsRegistered(),
                                    y.filings(),
                                    y.grants()));
                            if (r.enquiries()) {
                                row.add(y.enquiries());
                                row.add(y.licences());
                            }
                            return row;
                        })
                        .toList());
    }

    /** One of the overview's tables ({@link OverviewTable}). */
    public static String overview(RegistryStatistics s, OverviewTable table) {
        return switch (table) {
            case PROJECTS_BY_YEAR ->
                write(
                        List.of("year", "projects"),
                        s.projectsByYear().stream()
                                .map(y -> List.<Object>of(y.year(), y.count()))
                                .toList());
            case PROJECTS_BY_SECTOR ->
                write(
                        List.of("sector", "year", "projects"),
                        s.projects().stream()
                                .map(y -> List.<Object>of(y.sector(), y.year(), y.count()))
                                .toList());
            case STAFF ->
                write(
                        List.of("date", "park", "role", "people"),
                        s.staff().stream()
                                .map(y -> List.<Object>of(s.staffOn(), y.park(), y.role(), y.count()))
                                .toList());
            case IP_ASSETS ->
                write(
                        List.of("jurisdiction", "licensing", "ipAssets"),
                        s.ipAssets().stream()
                                .map(y -> List.<Object>of(y.jurisdiction(), y.licensing(), y.count()))
                                .toList());
        };
    }

    private static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try {
            SpreadsheetCsv csv = new SpreadsheetCsv(out, header);
            for (List<?> row : rows) {
                csv.row(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
