package org.hetao.registry.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A record that changed and must be (re)indexed: written with the change, removed once indexed. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {
    @Id
    @SequenceGenerator(name = "outbox_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_id")
    private Long id;

    @Column(name = "entity_kind", nullable = false, length = 32)
    private String entityKind;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false)
    private int attempts;

    protected OutboxEntry() {}

    public OutboxEntry(String entityKind, long entityId) {
        this.entityKind = entityKind;
        this.entityId = entityId;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getEntityKind() {
        return entityKind;
    }

    public long getEntityId() {
        return entityId;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public void failedOnce() {
        attempts++;
    }
}
