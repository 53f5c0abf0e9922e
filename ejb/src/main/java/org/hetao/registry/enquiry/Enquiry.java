package org.hetao.registry.enquiry;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * An investor's enquiry about an IP asset: what they are interested in, the thread of messages with
 * the offices of the asset's owners (and the offices' internal notes), and its status, which moves
 * only as {@link EnquiryStatus} allows — forward by the offices, to WITHDRAWN by the investor alone —
 * with a structured reason when declined. {@code officeUpdatedAt} and the investor's read mark
 * ({@link EnquiryRead}) make the investor's "updated" marker: an office wrote or moved the enquiry
 * since the investor last read it. A public visitor's enquiry has no account but the visitor's
 * verified contact, and the hash of the secret link through which the visitor follows it; in it,
 * the visitor takes the investor's part.
 */
@Entity
@Table(name = "enquiry")
public class Enquiry {
    public static final String KIND = "enquiry";
    static final int MESSAGE_MAX = 4000;

    @Id
    @SequenceGenerator(name = "enquiry_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enquiry_id")
    private Long id;

    @Version
    private long version;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Column(name = "investor_account_id", updatable = false)
    private Long investorAccountId;

    @Column(name = "investor", nullable = false, length = 64, updatable = false)
    private String investor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Interest interest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnquiryStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 32)
    private DeclineReason declineReason;

    @Column(name = "decline_text", length = 1000)
    private String declineText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "office_updated_at")
    private OffsetDateTime officeUpdatedAt;

    @Column(name = "visitor_name", length = 64, updatable = false)
    private String visitorName;

    @Column(name = "visitor_organisation", length = 200, updatable = false)
    private String visitorOrganisation;

    @Column(name = "visitor_email", length = 254, updatable = false)
    private String visitorEmail;

    @Column(name = "visitor_language", length = 16, updatable = false)
    private String visitorLanguage;

    @Column(name = "visitor_link_hash", length = 64)
    private String visitorLinkHash;

    @OneToMany(mappedBy = "enquiry", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<EnquiryMessage> messages = new ArrayList<>();

    protected Enquiry() {}

    /** A NEW enquiry by the investor's account about the asset, opening its thread with {@code message}. */
    public static Enquiry send(
            long ipAssetId,
            long investorAccountId,
            String investor,
            Interest interest,
            String message,
            OffsetDateTime now) {
        Enquiry e = new Enquiry();
        e.ipAssetId = ipAssetId;
        e.investorAccountId = investorAccountId;
        e.investor = Checks.requireText("investor", investor, 64);
        e.interest = Checks.require("interest", interest);
        e.status = EnquiryStatus.NEW;
        e.createdAt = Checks.require("now", now);
        e.updatedAt = now;
        e.messages.add(
                new EnquiryMessage(e, investor, null, false, Checks.requireText("message", message, MESSAGE_MAX), now));
        return e;
    }

    /**
     * A NEW enquiry of a public visitor, whose e-mail address was confirmed, about the asset; the
     * visitor follows it through the link whose secret has the hash {@code linkHash}.
     */
    public static Enquiry fromVisitor(
            long ipAssetId,
            VisitorContact visitor,
            String language,
            String linkHash,
            Interest interest,
            String message,
            OffsetDateTime now) {
        Enquiry e = new Enquiry();
        e.ipAssetId = ipAssetId;
        Checks.require("visitor", visitor);
        e.visitorName = visitor.name();
        e.visitorOrganisation = visitor.organisation();
        e.visitorEmail = visitor.email();
        e.visitorLanguage = Checks.requireText("language", language, 16);
        e.visitorLinkHash = Checks.requireText("linkHash", linkHash, 64);
        e.investor = visitor.name();
        e.interest = Checks.require("interest", interest);
        e.status = EnquiryStatus.NEW;
        e.createdAt = Checks.require("now", now);
        e.updatedAt = now;
        e.messages.add(new EnquiryMessage(
                e, visitor.name(), null, false, Checks.requireText("message", message, MESSAGE_MAX), now));
        return e;
    }

    /** Whether a public visitor sent it (no account; see {@link #getVisitor()}). */
    public boolean isFromVisitor() {
        return visitorEmail != null;
    }

    /** The visitor's verified contact, or null for an investor's enquiry. */
    public VisitorContact getVisitor() {
        return isFromVisitor() ? new VisitorContact(visitorName, visitorOrganisation, visitorEmail) : null;
    }

    /** The language of the e-mails to the visitor (en, zh-Hant, zh-Hans); null for an investor's enquiry. */
    public String getVisitorLanguage() {
        return visitorLanguage;
    }

    /** The visitor's link stops working; nothing else changes. */
    public void revokeVisitorLink() {
        visitorLinkHash = null;
    }

    /** The visitor's link gets a new secret (its hash); the previous link, if any, stops working. */
    public void renewVisitorLink(String linkHash) {
        if (!isFromVisitor()) {
            throw new ConflictException(
                    "Enquiry " + id + " was sent from an investor's account: it has no visitor's link");
        }
        visitorLinkHash = Checks.requireText("linkHash", linkHash, 64);
    }

    public boolean hasVisitorLink() {
        return visitorLinkHash != null;
    }

    /**
     * A message of the investor ({@code officeInstitutionId} null) or of an owner's office. An office's
     * first message takes a NEW enquiry into discussion; nothing is added to a closed enquiry.
     */
    public EnquiryMessage reply(String author, Long officeInstitutionId, String text, OffsetDateTime now) {
        checkOpen("add a message to");
        EnquiryMessage m = new EnquiryMessage(
                this,
                Checks.requireText("author", author, 64),
                officeInstitutionId,
                false,
                Checks.requireText("message", text, MESSAGE_MAX),
                now);
        messages.add(m);
        touched(officeInstitutionId != null, now);
        if (officeInstitutionId != null && status == EnquiryStatus.NEW) {
            status = EnquiryStatus.IN_DISCUSSION;
        }
        return m;
    }

    /** An office's internal note, for the co-owners' offices only; notes may be added also after the enquiry ended. */
    public EnquiryMessage note(String author, long officeInstitutionId, String text, OffsetDateTime now) {
        EnquiryMessage m = new EnquiryMessage(
                this,
                Checks.requireText("author", author, 64),
                officeInstitutionId,
                true,
                Checks.requireText("note", text, MESSAGE_MAX),
                now);
        messages.add(m);
        updatedAt = now;
        return m;
    }

    /**
     * Moves the enquiry to {@code next}: the investor ({@code byInvestor}) only to WITHDRAWN, the
     * owners' offices anywhere else {@link EnquiryStatus#canMoveTo allowed}; DECLINED needs a reason
     * (OTHER also a text), and no other status takes one.
     */
    public void moveTo(
            EnquiryStatus next, boolean byInvestor, DeclineReason reason, String reasonText, OffsetDateTime now) {
        Checks.require("status", next);
        if (byInvestor != next.isInvestorStep()) {
            throw new NotAnEnquiryPartyException(
                    byInvestor
                            ? "An investor may only withdraw an enquiry (status WITHDRAWN); the owners' offices move it through its other stages"
                            : "Only the investor withdraws an enquiry; an office declines it (status DECLINED, with a reason)");
        }
        if (!status.canMoveTo(next)) {
            throw new EnquiryClosedException("Enquiry " + id + " is " + status
                    + (status.isFinal() ? ", which is final" : "") + "; it cannot move to " + next
                    + (status.isFinal() ? "" : " (it may move to " + status.next() + ")"));
        }
        String text = reasonText == null || reasonText.isBlank()
                ? null
                : Checks.optionalText("reasonText", reasonText.strip(), 1000);
        if (next == EnquiryStatus.DECLINED) {
            if (reason == null) {
                throw new InvalidValueException(
                        "reason",
                        ErrorCode.ENQUIRY_REASON_REQUIRED,
                        "a declined enquiry names its reason (one of " + List.of(DeclineReason.values()) + ")",
                        Map.of("allowed", List.of(DeclineReason.values())));
            }
            if (reason == DeclineReason.OTHER && text == null) {
                throw new InvalidValueException(
                        "reasonText",
                        ErrorCode.ENQUIRY_REASON_TEXT_REQUIRED,
                        "the reason OTHER needs a text that says what it is");
            }
            declineReason = reason;
            declineText = text;
        } else if (reason != null) {
            throw new InvalidValueException(
                    "reason", ErrorCode.ENQUIRY_REASON_NOT_APPLICABLE, "only a declined enquiry takes a reason");
        }
        status = next;
        touched(!byInvestor, now);
    }

    /** Whether an office wrote or moved the enquiry since the investor last read it ({@code investorReadAt}, null: never). */
    public boolean updatedSince(OffsetDateTime investorReadAt) {
        return officeUpdatedAt != null && (investorReadAt == null || officeUpdatedAt.isAfter(investorReadAt));
    }

    public OffsetDateTime getOfficeUpdatedAt() {
        return officeUpdatedAt;
    }

    /** The thread as the investor sees it: without the offices' internal notes. */
    public List<EnquiryMessage> visibleMessages(boolean investorView) {
        return investorView ? messages.stream().filter(m -> !m.isInternalNote()).toList() : List.copyOf(messages);
    }

    private void touched(boolean byOffice, OffsetDateTime now) {
        updatedAt = now;
        if (byOffice) {
            officeUpdatedAt = now;
        }
    }

    private void checkOpen(String what) {
        if (status.isFinal()) {
            throw new EnquiryClosedException(
                    "Enquiry " + id + " is " + status + "; no one can " + what + " it any more");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getIpAssetId() {
        return ipAssetId;
    }

    /** The investor's account; null for a public visitor's enquiry. */
    public Long getInvestorAccountId() {
        return investorAccountId;
    }

    public String getInvestor() {
        return investor;
    }

    public Interest getInterest() {
        return interest;
    }

    public EnquiryStatus getStatus() {
        return status;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDeclineText() {
        return declineText;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<EnquiryMessage> getMessages() {
        return List.copyOf(messages);
    }
}
