package org.hetao.registry.transfer.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.transfer.format.RecordKind;

/** What a file holds: records of one kind, or a backup with records of every kind in the order they depend on each other. */
public enum ImportKind {
    INSTITUTIONS(RecordKind.INSTITUTION),
    PEOPLE(RecordKind.PERSON),
    PROJECTS(RecordKind.PROJECT),
    IP_ASSETS(RecordKind.IP_ASSET),
    BACKUP(null);

    private final RecordKind recordKind;

    ImportKind(RecordKind recordKind) {
        this.recordKind = recordKind;
    }

    /** The kind of every row, or null for a backup, whose rows name their kind in the column {@code record}. */
    public RecordKind recordKind() {
        return recordKind;
    }

    public static ImportKind of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(
                    "kind",
                    ErrorCode.PARAM_ENUM,
                    "is required: institutions, people, projects, ip-assets or backup",
                    Map.of("allowed", List.of("institutions", "people", "projects", "ip-assets", "backup")));
        }
        if (value.strip().equalsIgnoreCase("backup")) {
            return BACKUP;
        }
        RecordKind k = RecordKind.of("kind", value);
        return valueOf(k.path().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
