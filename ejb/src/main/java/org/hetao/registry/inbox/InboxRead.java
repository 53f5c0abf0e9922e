package org.hetao.registry.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** That an account has read an inbox item: each account of an office keeps its own read marks. */
@Entity
@Table(name = "inbox_read")
@IdClass(InboxRead.Key.class)
public class InboxRead {
    @Id
    @Column(name = "item_id")
    private long itemId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "read_at", nullable = false)
    private OffsetDateTime readAt;

    protected InboxRead() {}

    public InboxRead(long itemId, long accountId, OffsetDateTime readAt) {
        this.itemId = itemId;
        this.accountId = accountId;
        this.readAt = readAt;
    }

    /** The primary key: item and account. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private long accountId;

        public Key() {}

        public Key(long itemId, long accountId) {
            this.itemId = itemId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.itemId == itemId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(itemId) * 31 + Long.hashCode(accountId);
        }
    }
}
