package org.hetao.registry.imports;

import java.util.Arrays;
import java.util.Locale;
import org.hetao.registry.common.InvalidValueException;

/** A kind of record that can be imported and exported; {@link #path} is its name in URLs and files. */
public enum RecordKind {
    INSTITUTION("institutions", "institution"),
    PERSON("people", "person"),
    PROJECT("projects", "project"),
    IP_ASSET("ip-assets", "ip-asset");

    private final String path;
    private final String singular;

    RecordKind(String path, String singular) {
        this.path = path;
        this.singular = singular;
    }

    public String path() {
        return path;
    }

    /** The name of one record of the kind, as a backup file's {@code record} column holds it. */
    public String singular() {
        return singular;
    }

    /** The kind named in a URL ({@code projects}) or a backup line ({@code project}). */
    public static RecordKind of(String field, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.path.equals(v) || k.singular.equals(v)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of institutions, people, projects, ip-assets"));
    }
}
