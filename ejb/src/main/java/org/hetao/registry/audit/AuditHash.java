package org.hetao.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** The SHA-256 that links an audit record to the one before it. */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** Every stored field except the hash itself, in a fixed order and unambiguous form, then the previous hash. */
    static String of(long seq, OffsetDateTime occurredAt, AuditEvent e, String prevHash) {
        StringBuilder s = new StringBuilder();
        field(s, Long.toString(seq));
        field(s, occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        field(s, e.actor());
        field(s, e.actorRole());
        field(s, e.action().name());
        field(s, e.entityKind());
        field(s, e.entityId() == null ? null : e.entityId().toString());
        field(s, e.changes());
        field(s, e.detail());
        field(s, prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Length-prefixed, so that no two different field lists give the same text. */
    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("-1:");
        } else {
            s.append(value.length()).append(':').append(value);
        }
        s.append('|');
    }
}
