package org.hetao.registry.transfer.imports;

import java.util.List;
import org.hetao.registry.transfer.format.BackupHeader;

/** What an upload holds: its rows, for a backup that has one its first line (else null), and whether it is a backup ({@code kind=backup}). */
public record ParsedUpload(BackupHeader header, List<ImportRow> rows, boolean backup) {}
