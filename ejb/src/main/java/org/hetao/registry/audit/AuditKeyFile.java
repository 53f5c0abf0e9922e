package org.hetao.registry.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * Where the audit key comes from: the configured secret if there is one, otherwise the key file,
 * which is made once with a new random secret, readable by its owner only, when it does not exist.
 */
public final class AuditKeyFile {
    private static final Logger LOG = Logger.getLogger(AuditKeyFile.class.getName());

    private AuditKeyFile() {}

    /** The configured secret, or (when {@code configured} is null) the key in {@code file}, made if missing. */
    public static AuditKey load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return AuditKey.of(configured);
        }
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return AuditKey.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.exists(dir)) {
            if (posix) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        try {
            Files.writeString(Files.createFile(file, ownerOnly), AuditKey.newSecret() + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        LOG.warning(() -> "Created a new audit key in " + file.toAbsolutePath()
                + ": back it up, and keep it apart from the database");
    }
}
