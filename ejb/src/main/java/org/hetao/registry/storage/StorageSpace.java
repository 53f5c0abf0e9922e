package org.hetao.registry.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistrySetting;

/**
 * The registry's view of its free space: the directories it writes to (from the configuration)
 * and the threshold {@link RegistrySetting#STORAGE_MIN_FREE_MB} below which writes are refused
 * up front, before a database or the search index runs into a full disk.
 */
@ApplicationScoped
public class StorageSpace {
    private static final Logger LOG = Logger.getLogger(StorageSpace.class.getName());
    private static final long MB = 1024L * 1024L;

    private final FreeSpace freeSpace;

    public StorageSpace() {
        this.freeSpace = new FreeSpace(directories(), thresholdBytes(), FreeSpace::usableBytes, Clock.systemUTC());
    }

    /** A reading at most a second old. */
    public FreeSpace.Reading reading() {
        return freeSpace.reading();
    }

    /** Whether a disk the registry writes to has less free space than the threshold. */
    public boolean low() {
        return freeSpace.reading().low();
    }

    /**
     * Whether a disk is below the threshold by a reading made now: a write that failed because the
     * database closed itself may have filled the disk less than a second ago.
     */
    public boolean lowNow() {
        return freeSpace.freshReading().low();
    }

    /**
     * Refuses a write while a disk is below the threshold.
     *
     * @throws StorageFullException if one is
     */
    public void requireRoomToWrite() {
        if (low()) {
            throw new StorageFullException();
        }
    }

    /** The threshold in bytes; an unusable setting is logged and its default used. */
    static long thresholdBytes() {
        RegistrySetting setting = RegistrySetting.STORAGE_MIN_FREE_MB;
        try {
            long mb = Long.parseLong(setting.value().strip());
            if (mb >= 0) {
                return mb * MB;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(() ->
                setting.key() + " must be a whole number of megabytes (0 or more); using " + setting.defaultValue());
        return Long.parseLong(setting.defaultValue()) * MB;
    }

    /** The data directory, the search index, the audit checkpoints and, for an embedded H2 database, its directory. */
    static Map<String, Path> directories() {
        Path data = Path.of(RegistrySetting.DATA_DIR.value()).toAbsolutePath().normalize();
        Map<String, Path> dirs = new LinkedHashMap<>();
        dirs.put("data", data);
        dirs.put("index", data.resolve("index"));
        Path checkpoints = Path.of(RegistrySetting.AUDIT_CHECKPOINT_FILE.value())
                .toAbsolutePath()
                .normalize()
                .getParent();
        if (checkpoints != null) {
            dirs.put("audit", checkpoints);
        }
        h2Directory(RegistrySetting.DB_URL.value()).ifPresent(db -> dirs.put("database", db.normalize()));
        return dirs;
    }

    /** The directory of an embedded H2 database's files, from its URL ({@code jdbc:h2:file:<path>} or {@code jdbc:h2:<path>}). */
    static java.util.Optional<Path> h2Directory(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")
                || lower.startsWith("jdbc:h2:mem:")
                || lower.startsWith("jdbc:h2:tcp:")
                || lower.startsWith("jdbc:h2:ssl:")
                || lower.startsWith("jdbc:h2:zip:")) {
            return java.util.Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int settings = rest.indexOf(';');
        String file = settings < 0 ? rest : rest.substring(0, settings);
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        return java.util.Optional.ofNullable(parent);
    }
}
