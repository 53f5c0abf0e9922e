package org.hetao.registry.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.common.SpreadsheetCsv;

/**
 * A list of transfers as CSV ({@link SpreadsheetCsv}: UTF-8 with a byte-order mark so that spreadsheets
 * read the Chinese descriptions, a header row, text cells guarded against formula injection): one row
 * per transfer, with its project's code and its institutions' short names beside their ids. Without
 * {@code accounts} (for an investor) the columns of the office accounts that consented are empty.
 */
public final class TransferCsv {
    public static final List<String> COLUMNS = List.of(
            "id",
            "projectId",
            "projectCode",
            "kind",
            "descriptionEn",
            "descriptionZhHant",
            "descriptionZhHans",
            "fromInstitutionId",
            "fromInstitution",
            "fromPark",
            "toInstitutionId",
            "toInstitution",
            "toPark",
            "clearanceRoute",
            "clearanceReference",
            "status",
            "requestedDate",
            "sentDate",
            "receivedDate",
            "senderApprovedBy",
            "senderApprovedAt",
            "receiverApprovedBy",
            "receiverApprovedAt",
            "closingNote");

    private TransferCsv() {}

    public static void write(
            List<BoundaryTransfer> transfers, TransferNames names, boolean accounts, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            SpreadsheetCsv csv = new SpreadsheetCsv(w, COLUMNS);
            for (BoundaryTransfer t : transfers) {
                csv.row(row(t, names, accounts));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Object> row(BoundaryTransfer t, TransferNames names, boolean accounts) {
        List<Object> cells = new ArrayList<>();
        cells.add(t.getId());
        cells.add(t.getProjectId());
        cells.add(names.project(t.getProjectId()));
        cells.add(t.getKind());
        cells.add(t.getDescription().en());
        cells.add(t.getDescription().zhHant());
        cells.add(t.getDescription().zhHans());
        cells.add(t.getFromInstitutionId());
        cells.add(names.institution(t.getFromInstitutionId()));
        cells.add(t.getFromPark());
        cells.add(t.getToInstitutionId());
        cells.add(names.institution(t.getToInstitutionId()));
        cells.add(t.getToPark());
        cells.add(t.getClearanceRoute());
        cells.add(t.getClearanceReference());
        cells.add(t.getStatus());
        cells.add(t.getRequestedDate());
        cells.add(t.getSentDate());
        cells.add(t.getReceivedDate());
        cells.add(accounts ? t.getSenderApprovedBy() : null);
        cells.add(t.getSenderApprovedAt());
        cells.add(accounts ? t.getReceiverApprovedBy() : null);
        cells.add(t.getReceiverApprovedAt());
        cells.add(t.getClosingNote());
        return cells;
    }
}
