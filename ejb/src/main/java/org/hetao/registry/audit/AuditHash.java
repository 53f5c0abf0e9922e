package org.hetao.registry.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** The hash that links an audit record to the one before it: keyed (HMAC-SHA256) or, for old records, plain SHA-256. */
final class AuditHash {
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {}

    /** The plain SHA-256 of records written before the chain was keyed; anyone can recompute it. */
    static String legacy(long seq, OffsetDateTime occurredAt, AuditEvent e, String prevHash) {
        try {
            byte[] text = content(seq, occurredAt, e, prevHash).toString().getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * The HMAC-SHA256 under the audit key of the same content, the scheme and the key's id. The
     * previous hash is part of it, so the first keyed record also seals the last unkeyed one.
     */
    static String keyed(AuditKey key, long seq, OffsetDateTime occurredAt, AuditEvent e, String prevHash) {
        StringBuilder s = content(seq, occurredAt, e, prevHash);
        field(s, HashScheme.HMAC_SHA256.stored());
        field(s, key.id());
        return key.mac(s.toString());
    }

    /** Every stored field except the hash itself, in a fixed order and unambiguous form, then the previous hash. */
    private static StringBuilder content(long seq, OffsetDateTime occurredAt, AuditEvent e, String prevHash) {
        StringBuilder s = new StringBuilder();
        field(s, Long.toString(seq));
        field(s, time(occurredAt));
        field(s, e.actor());
        field(s, e.actorRole());
        field(s, e.action().name());
        field(s, e.entityKind());
        field(s, e.entityId() == null ? null : e.entityId().toString());
        field(s, e.changes());
        field(s, e.detail());
        field(s, prevHash);
        return s;
    }

    /** A record's time as its hash covers it: ISO-8601 in UTC. */
    static String time(OffsetDateTime occurredAt) {
        return occurredAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
