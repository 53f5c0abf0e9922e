package org.hetao.registry.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** One record of the audit trail. Immutable: every column is insert-only. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
    @Id
    @Column(updatable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "actor_role", length = 16, updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AuditAction action;

    @Column(name = "entity_kind", length = 32, updatable = false)
    private String entityKind;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(length = 100000, updatable = false)
    private String changes;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String hash;

    @Column(name = "hash_scheme", nullable = false, length = 16, updatable = false)
    private String hashScheme;

    @Column(name = "hash_key_id", length = 16, updatable = false)
    private String hashKeyId;

    /** The insert of one record, every column bound by {@link #bind}. */
    static final String INSERT =
            "INSERT INTO audit_log (seq, occurred_at, actor, actor_role, action, entity_kind, entity_id,"
                    + " changes, detail, prev_hash, hash, hash_scheme, hash_key_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    protected AuditEntry() {}

    /** Binds the record's columns to {@link #INSERT}. */
    void bind(PreparedStatement ps) throws SQLException {
        ps.setLong(1, seq);
        ps.setObject(2, occurredAt);
        ps.setString(3, actor);
        ps.setString(4, actorRole);
        ps.setString(5, action.name());
        ps.setString(6, entityKind);
        if (entityId == null) {
            ps.setNull(7, Types.BIGINT);
        } else {
            ps.setLong(7, entityId);
        }
        ps.setString(8, changes);
        ps.setString(9, detail);
        ps.setString(10, prevHash);
        ps.setString(11, hash);
        ps.setString(12, hashScheme);
        ps.setString(13, hashKeyId);
    }

    /** The outcome of recomputing a record's hash. */
    enum Check {
        MATCHES,
        ALTERED,
        OTHER_KEY
    }

    /** The record that follows {@code prevHash} as number {@code seq}, its hash keyed with {@code key}. */
    static AuditEntry chained(long seq, String prevHash, AuditEvent e, AuditKey key) {
        AuditEntry a = new AuditEntry();
        a.seq = seq;
        a.occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        a.actor = truncate(e.actor() == null ? "anonymous" : e.actor(), 64);
        a.actorRole = e.actorRole();
        a.action = e.action();
        a.entityKind = e.entityKind();
        a.entityId = e.entityId();
        a.changes = e.changes();
        a.detail = truncate(e.detail(), 1000);
        a.prevHash = prevHash;
        a.hashScheme = HashScheme.HMAC_SHA256.stored();
        a.hashKeyId = key.id();
        a.hash = AuditHash.keyed(key, seq, a.occurredAt, a.event(), prevHash);
        return a;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The event as stored. */
    public AuditEvent event() {
        return new AuditEvent(actor, actorRole, action, entityKind, entityId, changes, detail);
    }

    /**
     * Whether the stored hash is the hash of the stored content, by the record's own scheme; a keyed
     * record whose key is not {@code key} cannot be checked.
     */
    Check check(AuditKey key) {
        if (!isKeyed()) {
            return !HashScheme.SHA256.stored().equals(hashScheme)
                    ? Check.ALTERED
                    : hash.equals(AuditHash.legacy(seq, occurredAt, event(), prevHash)) ? Check.MATCHES : Check.ALTERED;
        }
        if (!key.id().equals(hashKeyId)) {
            return Check.OTHER_KEY;
        }
        return hash.equals(AuditHash.keyed(key, seq, occurredAt, event(), prevHash)) ? Check.MATCHES : Check.ALTERED;
    }

    /** Whether the hash is an HMAC under an audit key (otherwise the plain SHA-256 of older records). */
    boolean isKeyed() {
        return HashScheme.HMAC_SHA256.stored().equals(hashScheme);
    }

    /** The id of the audit key a keyed record's hash was made with; null for a plain SHA-256 record. */
    public String getHashKeyId() {
        return hashKeyId;
    }

    /** How the hash was made: {@code hmac-sha256} or, for records from before the key, {@code sha256}. */
    public String getHashScheme() {
        return hashScheme;
    }

    /** The time as the hash covers it (ISO-8601 in UTC), to recompute the hash from an export. */
    public String hashedTime() {
        return AuditHash.time(occurredAt);
    }

    public long getSeq() {
        return seq;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
