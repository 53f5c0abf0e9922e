package org.hetao.registry.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The file of audit checkpoints: one line each, only ever appended, every append forced to disk
 * before it returns. It belongs with the audit key outside the database (see docs/operations.md).
 */
public final class AuditCheckpointFile {
    private final Path path;

    public AuditCheckpointFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /**
     * Appends a checkpoint and forces it to disk. A line that cannot be written whole (a full disk)
     * is cut off again, and a line left unfinished by a crash is ended first, so the next
     * checkpoint always starts a line of its own.
     */
    void append(AuditCheckpoint checkpoint) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (FileChannel ch = FileChannel.open(
                    path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long before = ch.size();
                String text = (endsUnfinished(ch, before) ? "\n" : "") + checkpoint.line() + "\n";
                ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
                try {
                    long at = before;
                    while (b.hasRemaining()) {
                        at += ch.write(b, at);
                    }
                    ch.force(true);
                } catch (IOException e) {
                    cutBack(ch, before, e);
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint file " + path, e);
        }
    }

    private static boolean endsUnfinished(FileChannel ch, long size) throws IOException {
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) != '\n';
    }

    private static void cutBack(FileChannel ch, long size, IOException failure) {
        try {
            ch.truncate(size);
            ch.force(true);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /** Every checkpoint in the file, oldest first; none if the file does not exist. */
    List<AuditCheckpoint> read() {
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            return Files.readAllLines(path, StandardCharsets.ISO_8859_1).stream()
                    .map(AuditCheckpoint::parse)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + path, e);
        }
    }
}
