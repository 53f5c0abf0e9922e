package org.hetao.registry.recordal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** That the offices of a recordal's parties were told of one rule's warning about it: once, across restarts. */
@Entity
@Table(name = "recordal_warning")
@IdClass(RecordalWarningSent.Key.class)
public class RecordalWarningSent {
    @Id
    @Column(name = "recordal_id")
    private long recordalId;

    @Id
    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "warned_at", nullable = false)
    private OffsetDateTime warnedAt;

    protected RecordalWarningSent() {}

    public RecordalWarningSent(long recordalId, String code, OffsetDateTime warnedAt) {
        this.recordalId = recordalId;
        this.code = Objects.requireNonNull(code);
        this.warnedAt = Objects.requireNonNull(warnedAt);
    }

    public long getRecordalId() {
        return recordalId;
    }

    public String getCode() {
        return code;
    }

    public OffsetDateTime getWarnedAt() {
        return warnedAt;
    }

    /** The primary key: recordal and rule. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long recordalId;
        private String code;

        public Key() {}

        public Key(long recordalId, String code) {
            this.recordalId = recordalId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.recordalId == recordalId && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordalId, code);
        }
    }
}
