package org.hetao.registry.transfer.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.hetao.registry.common.RegistrySetting;

/**
 * Keeps uploaded files under the data directory ({@code imports/<job id>.upload}) until their job
 * has run, so that a job interrupted by a crash can be run again. An upload is streamed to disk and
 * cut off as soon as it passes the size limit; it is never held in memory whole.
 */
@ApplicationScoped
public class ImportFiles {
    private static final int BUFFER = 64 * 1024;

    public long limit() {
        return Long.parseLong(RegistrySetting.IMPORT_MAX_BYTES.value().strip());
    }

    private Path directory() throws IOException {
        Path dir = Path.of(RegistrySetting.DATA_DIR.value()).resolve("imports");
        Files.createDirectories(dir);
        return dir;
    }

    /** Streams the body into a temporary file; past the limit it stops reading and fails. */
    public StoredUpload receive(InputStream body) {
        long limit = limit();
        try {
            Path temp = directory().resolve("incoming-" + UUID.randomUUID() + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = body.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (total > limit) {
                Files.deleteIfExists(temp);
                throw new UploadTooLargeException(limit);
            }
            return new StoredUpload(temp, total, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a received upload its job's name. */
    public void keep(StoredUpload upload, long jobId) {
        try {
            Files.move(upload.path(), file(jobId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(StoredUpload upload) {
        try {
            Files.deleteIfExists(upload.path());
        } catch (IOException e) {
            // a stray temporary file is harmless
        }
    }

    public byte[] read(long jobId) throws IOException {
        return Files.readAllBytes(file(jobId));
    }

    public boolean exists(long jobId) {
        try {
            return Files.isRegularFile(file(jobId));
        } catch (IOException e) {
            return false;
        }
    }

    public void delete(long jobId) {
        try {
            Files.deleteIfExists(file(jobId));
        } catch (IOException e) {
            // left for a later clean-up
        }
    }

    private Path file(long jobId) throws IOException {
        return directory().resolve(jobId + ".upload");
    }
}
