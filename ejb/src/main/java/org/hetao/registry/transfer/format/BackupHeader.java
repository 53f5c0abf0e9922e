package org.hetao.registry.transfer.format;

/**
 * The first line of a backup, {@code {"record":"backup","registry":"…","institution":"HKU"}}: the
 * registry that wrote it (its instance id, see {@link RegistryRef}) and the short name of the
 * institution whose backup it is. {@code line} is its line in the file.
 */
public record BackupHeader(int line, String registry, String institution) {
    /** The {@code record} of the line. */
    public static final String RECORD = "backup";

    public static final String REGISTRY = "registry";
    public static final String INSTITUTION = "institution";
}
