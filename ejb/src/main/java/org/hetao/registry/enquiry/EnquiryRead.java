package org.hetao.registry.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** When the investor last read an enquiry's thread: kept apart from the enquiry, so reading never changes its version. */
@Entity
@Table(name = "enquiry_read")
public class EnquiryRead {
    @Id
    @Column(name = "enquiry_id")
    private long enquiryId;

    @Column(name = "read_at", nullable = false)
    private OffsetDateTime readAt;

    protected EnquiryRead() {}

    public EnquiryRead(long enquiryId, OffsetDateTime readAt) {
        this.enquiryId = enquiryId;
        this.readAt = readAt;
    }

    public long getEnquiryId() {
        return enquiryId;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }

    void read(OffsetDateTime at) {
        readAt = at;
    }
}
