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

    /** Appends a checkpoint and forces it to disk. */
    void append(AuditCheckpoint checkpoint) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            byte[] line = (checkpoint.line() + "\n").getBytes(StandardCharsets.US_ASCII);
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer b = ByteBuffer.wrap(line);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint file " + path, e);
        }
    }

    /** Every checkpoint in the file, oldest first; none if the file does not exist. */
    List<AuditCheckpoint> read() {
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            return Files.readAllLines(path, StandardCharsets.ISO_8859_1).stream()
                    .map(AuditCheckpoint::parse).flatMap(Optional::stream).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + path, e);
        }
    }
}
