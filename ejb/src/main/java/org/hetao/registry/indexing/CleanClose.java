package org.hetao.registry.indexing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The mark a registry leaves in its index directory when it closed the index cleanly (after the
 * outbox indexer's last batch, with no rebuild running): the state of the database it was in step
 * with, the registry instance's id and the end of its audit chain. An index so closed holds every
 * change the database committed except those still named in the outbox, so the next start, if it
 * finds the database in that same state, indexes just those instead of comparing every id with the
 * database. The mark is taken away when the index is opened, so a crash leaves none and the next
 * start compares as before; so does a database restored from a backup or another registry's.
 */
final class CleanClose {
    static final String FILE = "registry-closed-cleanly";
    private static final Logger LOG = Logger.getLogger(CleanClose.class.getName());

    private CleanClose() {}

    /** Marks the index in {@code directory} as closed cleanly, in step with the database in {@code state}. */
    static void mark(Path directory, String state) {
        if (state == null) {
            return;
        }
        try {
            Path file = directory.resolve(FILE);
            Path partial = directory.resolve(FILE + ".new");
            Files.writeString(partial, state, StandardCharsets.UTF_8);
            Files.move(
                    partial,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(
                    Level.FINE,
                    "Could not mark the search index as closed cleanly; the next start compares it with the database",
                    e);
        }
    }

    /**
     * Whether the index in {@code directory} was closed cleanly in step with a database in {@code state}; the mark is removed
     * either way, so that only a clean close after this start can leave one again.
     */
    static boolean takeMark(Path directory, String state) {
        Path file = directory.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                return false;
            }
            String marked = Files.readString(file, StandardCharsets.UTF_8).strip();
            Files.delete(file);
            return state != null && state.equals(marked);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not read or remove " + file + "; the index is compared with the database", e);
            try {
                Files.deleteIfExists(file);
            } catch (IOException again) {
                LOG.log(Level.FINE, "Could not remove " + file, again);
            }
            return false;
        }
    }
}
