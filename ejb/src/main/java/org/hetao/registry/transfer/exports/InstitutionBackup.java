package org.hetao.registry.transfer.exports;

import java.io.IOException;
import java.util.List;
import org.hetao.registry.transfer.format.BackupHeader;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Writes an institution's backup as JSON Lines: first its {@link BackupHeader} line (the registry
 * that writes it and the institution), then each kind of record in the order they refer to each
 * other ({@link ExportService#BACKUP_ORDER}), slice by slice, each slice read in a transaction of its
 * own; the lines that belong to a record (an IP asset's ownership versions) follow its line.
 */
public final class InstitutionBackup {
    private InstitutionBackup() {}

    /** @param service the container's export service, so that each slice runs in its own transaction */
    public static void write(ExportService service, ExportQuery query, ExportWriter out) throws IOException {
        out.write(service.backupHeader(query), BackupHeader.RECORD);
        for (RecordKind kind : ExportService.BACKUP_ORDER) {
            long after = 0;
            List<ExportRow> slice;
            do {
                slice = service.backupSlice(query, kind, after);
                for (ExportRow r : slice) {
                    out.write(r.cells(), kind.singular());
                    for (ExportRow.Line line : r.following()) {
                        out.write(line.cells(), line.kind().singular());
                    }
                    after = r.id();
                }
                out.flush();
            } while (slice.size() == ExportService.SLICE);
        }
    }
}
