package org.hetao.registry.docket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** That an office was reminded of a deadline (at its due date) at one lead time: each reminder goes once. */
@Entity
@Table(name = "docket_reminder")
@IdClass(ReminderSent.Key.class)
public class ReminderSent {
    @Id
    @Column(name = "deadline_key", length = 200)
    private String deadlineKey;

    @Id
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Id
    @Column(name = "lead_time", length = 16)
    private String leadTime;

    @Id
    @Column(name = "institution_id")
    private long institutionId;

    @Column(name = "ip_asset_id", nullable = false)
    private long ipAssetId;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected ReminderSent() {}

    public ReminderSent(Deadline d, String leadTime, long institutionId, OffsetDateTime at) {
        this.deadlineKey = d.key();
        this.dueDate = d.dueDate();
        this.leadTime = leadTime;
        this.institutionId = institutionId;
        this.ipAssetId = d.ipAssetId();
        this.sentAt = at;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String deadlineKey;
        public LocalDate dueDate;
        public String leadTime;
        public long institutionId;

        public Key() {}

        public Key(String deadlineKey, LocalDate dueDate, String leadTime, long institutionId) {
            this.deadlineKey = deadlineKey;
            this.dueDate = dueDate;
            this.leadTime = leadTime;
            this.institutionId = institutionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.deadlineKey.equals(deadlineKey)
                    && k.dueDate.equals(dueDate)
                    && k.leadTime.equals(leadTime)
                    && k.institutionId == institutionId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(deadlineKey, dueDate, leadTime, institutionId);
        }
    }
}
