package org.hetao.registry.imports;

import java.util.List;

/** What an upload holds: its rows, and for a backup that has one, its first line (else null). */
public record ParsedUpload(BackupHeader header, List<ImportRow> rows) {
}
