package org.hetao.registry.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One entry of an enquiry's thread: a message between the investor and the owners' offices, or an
 * office's internal note, which the co-owners' offices read and the investor never does. Never
 * changed once written. {@code authorInstitutionId}: the office's institution, null for the investor.
 */
@Entity
@Table(name = "enquiry_message")
public class EnquiryMessage {
    @Id
    @SequenceGenerator(name = "enquiry_message_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enquiry_message_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enquiry_id", nullable = false, updatable = false)
    private Enquiry enquiry;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "author_institution_id", updatable = false)
    private Long authorInstitutionId;

    @Column(name = "internal_note", nullable = false, updatable = false)
    private boolean internalNote;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected EnquiryMessage() {}

    EnquiryMessage(
            Enquiry enquiry,
            String author,
            Long authorInstitutionId,
            boolean internalNote,
            String body,
            OffsetDateTime at) {
        this.enquiry = enquiry;
        this.author = author;
        this.authorInstitutionId = authorInstitutionId;
        this.internalNote = internalNote;
        this.body = body;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Long getAuthorInstitutionId() {
        return authorInstitutionId;
    }

    /** An office's note for the co-owners' offices, hidden from the investor. */
    public boolean isInternalNote() {
        return internalNote;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
