package org.hetao.registry.transfer.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hetao.registry.common.Formulas;
import org.hetao.registry.transfer.format.Column;
import org.hetao.registry.transfer.format.Columns;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Reads a CSV upload (RFC 4180 as spreadsheets export it: comma-separated, fields in double quotes
 * may hold commas, quotes and line breaks) with Apache Commons CSV. The first row names the columns:
 * every required column must be there, and no unknown one, so that a misspelt column is an error
 * rather than data silently dropped.
 */
final class CsvRows {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvRows() {}

    static List<ImportRow> read(String text, ImportKind kind, int maxRows) throws ImportFileException {
        if (kind == ImportKind.BACKUP) {
            throw new ImportFileException(
                    0, null, "A backup is a JSON Lines file (format=jsonl); CSV files hold one kind of record");
        }
        RecordKind recordKind = kind.recordKind();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            List<String> header = null;
            List<ImportRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record, recordKind);
                    continue;
                }
                int row = (int) record.getRecordNumber();
                if (rows.size() >= maxRows) {
                    throw new ImportFileException(
                            row, null, "The file has more than " + maxRows + " rows; split it into smaller files");
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(record.size(), header.size()); i++) {
                    cells.put(header.get(i), Formulas.restore(record.get(i)));
                }
                if (record.size() != header.size()) {
                    cells.put(
                            RowReader.SHAPE,
                            "row " + row + " has " + record.size() + " cells but the header has " + header.size());
                }
                rows.add(new ImportRow(row, recordKind, cells));
            }
            if (header == null) {
                throw new ImportFileException(
                        1, null, "The file is empty: the first row must name the columns (download the template)");
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException(
                    0,
                    null,
                    "The file is not valid CSV: " + cause(e)
                            + ". A quoted cell must end with a closing double quote, and a double quote inside it is written twice (\"\")");
        } catch (IOException e) {
            throw new ImportFileException(0, null, "The file is not valid CSV: " + e.getMessage());
        }
    }

    private static String cause(RuntimeException e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static List<String> header(CSVRecord record, RecordKind kind) throws ImportFileException {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : record) {
            String name = raw.strip();
            if (!seen.add(name)) {
                throw new ImportFileException(1, name, "The column " + name + " appears twice in the header");
            }
            if (Columns.find(kind, name).isEmpty()) {
                unknown.add(name.isEmpty() ? "(an empty name)" : name);
            }
            names.add(name);
        }
        List<String> missing = Columns.of(kind).stream()
                .filter(Column::required)
                .map(Column::name)
                .filter(n -> !seen.contains(n))
                .toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            StringBuilder m = new StringBuilder("The header does not fit a " + kind.path() + " file:");
            if (!missing.isEmpty()) {
                m.append(" missing column(s) ")
                        .append(String.join(", ", missing))
                        .append(';');
            }
            if (!unknown.isEmpty()) {
                m.append(" unknown column(s) ")
                        .append(String.join(", ", unknown))
                        .append(';');
            }
            m.append(" the columns are ")
                    .append(String.join(
                            ", ", Columns.of(kind).stream().map(Column::name).toList()));
            throw new ImportFileException(1, !missing.isEmpty() ? missing.get(0) : unknown.get(0), m.toString());
        }
        return names;
    }
}
