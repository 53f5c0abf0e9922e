package org.hetao.registry.savedsearch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The hash of the secret of one digest's unsubscribe link, for its saved search: every digest sent has its own. */
@Entity
@Table(name = "digest_unsubscribe")
public class DigestUnsubscribe {
    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "saved_search_id", nullable = false, updatable = false)
    private long savedSearchId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected DigestUnsubscribe() {}

    public DigestUnsubscribe(String tokenHash, long savedSearchId, OffsetDateTime createdAt) {
        this.tokenHash = tokenHash;
        this.savedSearchId = savedSearchId;
        this.createdAt = createdAt;
    }

    public long getSavedSearchId() {
        return savedSearchId;
    }
}
