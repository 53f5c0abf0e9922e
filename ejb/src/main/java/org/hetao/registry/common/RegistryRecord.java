package org.hetao.registry.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What every stored record has: an id drawn from the one registry-wide sequence (so an id names
 * a record of exactly one kind), an optimistic-lock version, and creation and update times (UTC).
 */
@MappedSuperclass
public abstract class RegistryRecord {
    @Id
    @SequenceGenerator(name = "registry_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_id")
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Fails with {@link StaleVersionException} unless {@code expected} is this record's version. */
    public void checkVersion(String kind, long expected) {
        if (expected != version) {
            throw new StaleVersionException(kind, id, expected, version);
        }
    }

    /**
     * The identity of a new record written with a JDBC batch rather than through the persistence
     * context: its id, version 1 and its creation time, as persisting it would have given it.
     */
    protected final void stored(long newId, OffsetDateTime at) {
        if (id != null) {
            throw new IllegalStateException("record " + id + " is stored already");
        }
        id = newId;
        version = 1;
        createdAt = at;
        updatedAt = at;
    }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
