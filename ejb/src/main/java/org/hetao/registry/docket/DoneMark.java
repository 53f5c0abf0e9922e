package org.hetao.registry.docket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hetao.registry.common.Checks;

/** An office's mark that a deadline was dealt with, with the filing it produced, if any. */
@Entity
@Table(name = "docket_done")
public class DoneMark {
    @Id
    @Column(name = "deadline_key", length = 200)
    private String deadlineKey;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "produced_filing", length = 64)
    private String producedFiling;

    @Column(length = 1000)
    private String note;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private OffsetDateTime doneAt;

    protected DoneMark() {}

    public DoneMark(Deadline d, String producedFiling, String note, String doneBy, OffsetDateTime at) {
        this.deadlineKey = d.key();
        this.ipAssetId = d.ipAssetId();
        this.dueDate = d.dueDate();
        this.producedFiling = producedFiling;
        this.note = Checks.optionalText("note", note, 1000);
        this.doneBy = Checks.requireText("doneBy", doneBy, 64);
        this.doneAt = Checks.require("doneAt", at);
    }

    public DoneDetails details() {
        return new DoneDetails(deadlineKey, dueDate, producedFiling, note, doneBy, doneAt);
    }

    public String getDeadlineKey() {
        return deadlineKey;
    }

    public long getIpAssetId() {
        return ipAssetId;
    }

    /** What the audit trail records of a mark. */
    public record DoneDetails(
            String deadline,
            LocalDate dueDate,
            String producedFiling,
            String note,
            String doneBy,
            OffsetDateTime doneAt) {}
}
