package org.hetao.registry.docket;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.hetao.registry.common.SpreadsheetCsv;

/** The docket as CSV for spreadsheets ({@link SpreadsheetCsv}): one row per deadline, with the title in the reader's language. */
public final class DocketCsv {
    public static final List<String> COLUMNS = List.of(
            "dueDate",
            "status",
            "ipAssetId",
            "assetTitle",
            "rule",
            "title",
            "office",
            "occurrence",
            "applicationNumber",
            "triggerDate",
            "rolledOver",
            "metBy",
            "producedFiling",
            "doneBy",
            "doneAt",
            "key",
            "source");

    private DocketCsv() {}

    public static String write(List<DocketEntry> entries, String language) {
        StringWriter out = new StringWriter();
        try {
            SpreadsheetCsv csv = new SpreadsheetCsv(out, COLUMNS);
            for (DocketEntry e : entries) {
                Deadline d = e.deadline();
                var done = e.done();
                csv.row(Arrays.asList(
                        d.dueDate(),
                        e.status(),
                        d.ipAssetId(),
                        e.assetTitle() == null ? "" : e.assetTitle().forReader(language),
                        d.ruleId(),
                        d.title().in(language),
                        d.office(),
                        d.occurrence() == null ? "" : d.occurrence(),
                        d.applicationNumber(),
                        d.triggerDate(),
                        d.rolledOver(),
                        d.metBy() == null ? "" : d.metBy(),
                        done == null || done.producedFiling() == null ? "" : done.producedFiling(),
                        done == null ? "" : done.doneBy(),
                        done == null ? "" : done.doneAt(),
                        d.key(),
                        d.source()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
