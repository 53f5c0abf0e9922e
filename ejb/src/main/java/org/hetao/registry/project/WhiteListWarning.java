package org.hetao.registry.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * That the employing institution's office was warned, by an inbox item, of the end of a staffing
 * line's white-list registration: once per line, last valid day and lead time. A renewed registration
 * (a later last day) or another lead time warns again; a restart does not.
 */
@Entity
@Table(name = "white_list_warning")
@IdClass(WhiteListWarning.Key.class)
public class WhiteListWarning {
    @Id
    @Column(name = "staffing_id")
    private long staffingId;

    @Id
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Id
    @Column(name = "lead_days")
    private int leadDays;

    @Column(name = "inbox_item_id", nullable = false)
    private long inboxItemId;

    @Column(name = "warned_at", nullable = false)
    private OffsetDateTime warnedAt;

    protected WhiteListWarning() {}

    public WhiteListWarning(
            long staffingId, LocalDate validUntil, int leadDays, long inboxItemId, OffsetDateTime warnedAt) {
        this.staffingId = staffingId;
        this.validUntil = Objects.requireNonNull(validUntil);
        this.leadDays = leadDays;
        this.inboxItemId = inboxItemId;
        this.warnedAt = Objects.requireNonNull(warnedAt);
    }

    public long getStaffingId() {
        return staffingId;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public int getLeadDays() {
        return leadDays;
    }

    public long getInboxItemId() {
        return inboxItemId;
    }

    public OffsetDateTime getWarnedAt() {
        return warnedAt;
    }

    /** The primary key: staffing line, last valid day and lead time. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long staffingId;
        private LocalDate validUntil;
        private int leadDays;

        public Key() {}

        public Key(long staffingId, LocalDate validUntil, int leadDays) {
            this.staffingId = staffingId;
            this.validUntil = validUntil;
            this.leadDays = leadDays;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.staffingId == staffingId
                    && Objects.equals(k.validUntil, validUntil)
                    && k.leadDays == leadDays;
        }

        @Override
        public int hashCode() {
            return Objects.hash(staffingId, validUntil, leadDays);
        }
    }
}
