package org.hetao.registry.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A signed note, kept outside the database, that the audit chain reached record {@code seq} with
 * hash {@code hash} at {@code writtenAt}. The signature is an HMAC under the audit key, so that
 * whoever can write the database can neither forge a checkpoint nor recompute the records it seals.
 * One checkpoint is one line of the checkpoint file: {@code seq hash writtenAt keyId signature}.
 */
public record AuditCheckpoint(long seq, String hash, Instant writtenAt, String keyId, String signature) {
    /** The end of the chain: its last record's number and hash. */
    public record End(long seq, String hash) {}

    /** A checkpoint of record {@code seq}, signed with {@code key}. */
    static AuditCheckpoint sign(AuditKey key, long seq, String hash, Instant writtenAt) {
        return new AuditCheckpoint(seq, hash, writtenAt, key.id(), key.mac(signed(seq, hash, writtenAt)));
    }

    private static String signed(long seq, String hash, Instant writtenAt) {
        return "audit checkpoint|" + seq + "|" + hash + "|" + writtenAt;
    }

    /** Whether {@code key} signed this checkpoint as it reads now. */
    boolean signedBy(AuditKey key) {
        return key.id().equals(keyId) && key.mac(signed(seq, hash, writtenAt)).equals(signature);
    }

    /** The checkpoint as one line of the checkpoint file (without the line break). */
    String line() {
        return seq + " " + hash + " " + writtenAt + " " + keyId + " " + signature;
    }

    /** The checkpoint a line holds; empty for a blank, comment or incomplete line (a write cut short by a crash). */
    static Optional<AuditCheckpoint> parse(String line) {
        String[] f = line.strip().split(" ");
        if (f.length != 5 || line.startsWith("#")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditCheckpoint(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), f[3], f[4]));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
