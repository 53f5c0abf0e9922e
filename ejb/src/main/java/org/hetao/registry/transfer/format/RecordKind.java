package org.hetao.registry.transfer.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * A kind of record that can be imported and exported; {@link #path} is its name in URLs and files.
 * Ownership versions are only lines of a backup, each after the line of its IP asset: there is no
 * list, file or template of them alone.
 */
public enum RecordKind {
    INSTITUTION("institutions", "institution", true),
    PERSON("people", "person", true),
    PROJECT("projects", "project", true),
    IP_ASSET("ip-assets", "ip-asset", true),
    OWNERSHIP("ownership", "ownership", false);

    private final String path;
    private final String singular;
    private final boolean listed;

    RecordKind(String path, String singular, boolean listed) {
        this.path = path;
        this.singular = singular;
        this.listed = listed;
    }

    public String path() {
        return path;
    }

    /** The name of one record of the kind, as a backup file's {@code record} column holds it. */
    public String singular() {
        return singular;
    }

    /** The kind named in a URL or an import's {@code kind} ({@code projects}, or {@code project}): one of the lists. */
    public static RecordKind of(String field, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.listed && (k.path.equals(v) || k.singular.equals(v)))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        field,
                        ErrorCode.ONE_OF,
                        "must be one of institutions, people, projects, ip-assets",
                        Map.of("allowed", List.of("institutions", "people", "projects", "ip-assets"))));
    }

    /** The kind a backup line names in its {@code record} column. */
    public static RecordKind ofBackupLine(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.path.equals(v) || k.singular.equals(v))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        Columns.RECORD,
                        ErrorCode.ONE_OF,
                        "must be one of institution, person, project, ip-asset, ownership",
                        Map.of("allowed", List.of("institution", "person", "project", "ip-asset", "ownership"))));
    }
}
