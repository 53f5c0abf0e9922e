package org.hetao.registry.visitor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.hetao.registry.common.Checks;
import org.hetao.registry.enquiry.Interest;
import org.hetao.registry.enquiry.VisitorContact;

/**
 * A public visitor's enquiry waiting for the visitor to prove the e-mail address: nothing reaches
 * the owners until then. It is confirmed at most once, and only before it expires; the secret of the
 * confirmation link is stored only as its hash.
 */
@Entity
@Table(name = "visitor_enquiry_request")
public class VisitorEnquiryRequest {
    public static final int MESSAGE_MAX = 4000;

    @Id
    @SequenceGenerator(name = "visitor_enquiry_request_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visitor_enquiry_request_id")
    private Long id;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Column(nullable = false, length = 64, updatable = false)
    private String name;

    @Column(nullable = false, length = 200, updatable = false)
    private String organisation;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Interest interest;

    @Column(nullable = false, length = MESSAGE_MAX, updatable = false)
    private String message;

    @Column(nullable = false, length = 16, updatable = false)
    private String language;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "enquiry_id")
    private Long enquiryId;

    protected VisitorEnquiryRequest() {}

    /** The visitor's enquiry, confirmable until {@code now + validity} with the secret whose hash is {@code tokenHash}. */
    public VisitorEnquiryRequest(
            long ipAssetId,
            VisitorContact visitor,
            Interest interest,
            String message,
            String language,
            String tokenHash,
            OffsetDateTime now,
            Duration validity) {
        Checks.require("visitor", visitor);
        this.ipAssetId = ipAssetId;
        this.name = visitor.name();
        this.organisation = visitor.organisation();
        this.email = visitor.email();
        this.interest = Checks.require("interest", interest);
        this.message = Checks.requireText("message", message, MESSAGE_MAX);
        this.language = Checks.requireText("language", language, 16);
        this.tokenHash = Checks.requireText("tokenHash", tokenHash, 64);
        this.createdAt = Checks.require("now", now);
        this.expiresAt = now.plus(Checks.require("validity", validity));
    }

    /**
     * Confirms the request at {@code now} as having become the enquiry {@code enquiryId}; fails if it was
     * confirmed before or has expired.
     */
    public void confirm(long enquiryId, OffsetDateTime now) {
        checkConfirmable(now);
        this.confirmedAt = now;
        this.enquiryId = enquiryId;
    }

    /** Fails unless the request may still be confirmed at {@code now}: never confirmed, and not expired. */
    public void checkConfirmable(OffsetDateTime now) {
        if (confirmedAt != null) {
            throw new ConfirmationLinkUsedException(
                    "This confirmation link was already used; the enquiry was sent to the owners' offices. "
                            + "Follow it through the link in the second e-mail");
        }
        if (!now.isBefore(expiresAt)) {
            throw new ConfirmationLinkUsedException(
                    "This confirmation link expired; send the enquiry again from the asset's public page");
        }
    }

    public Long getId() {
        return id;
    }

    public long getIpAssetId() {
        return ipAssetId;
    }

    public VisitorContact getVisitor() {
        return new VisitorContact(name, organisation, email);
    }

    public Interest getInterest() {
        return interest;
    }

    public String getMessage() {
        return message;
    }

    public String getLanguage() {
        return language;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public Long getEnquiryId() {
        return enquiryId;
    }
}
