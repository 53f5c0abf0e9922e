package org.hetao.registry.boundary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.LocalizedTextColumns;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;
import org.hetao.registry.project.Park;

/**
 * A transfer of material or data of a project from an institution in one park of the zone to an
 * institution in the other: what, the clearance route and its reference, when it was requested, sent
 * and received, each party's consent and its status. Its project never changes; its description
 * changes only while it is a DRAFT, and a change withdraws the consents given to what it said before.
 * The status moves only along {@link TransferStatus#next()}: APPROVED once both parties consented,
 * IN_TRANSIT with the day it was sent (with its clearance reference), RECEIVED with the day it arrived.
 */
@Entity
@Table(name = "boundary_transfer")
public class BoundaryTransfer extends RegistryRecord {
    public static final String KIND = "boundary-transfer";
    static final int DESCRIPTION_MAX = 2000;
    static final int REFERENCE_MAX = 100;
    static final int NOTE_MAX = 500;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TransferKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false, length = 2000)),
        @AttributeOverride(name = "zhHant", column = @Column(name = "description_zh_hant", length = 2000)),
        @AttributeOverride(name = "zhHans", column = @Column(name = "description_zh_hans", length = 2000))
    })
    private LocalizedTextColumns description;

    @Column(name = "from_institution_id", nullable = false)
    private long fromInstitutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_park", nullable = false, length = 16)
    private Park fromPark;

    @Column(name = "to_institution_id", nullable = false)
    private long toInstitutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_park", nullable = false, length = 16)
    private Park toPark;

    @Enumerated(EnumType.STRING)
    @Column(name = "clearance_route", nullable = false, length = 32)
    private ClearanceRoute clearanceRoute;

    @Column(name = "clearance_reference", length = 100)
    private String clearanceReference;

    @Column(name = "requested_date", nullable = false)
    private LocalDate requestedDate;

    @Column(name = "sent_date")
    private LocalDate sentDate;

    @Column(name = "received_date")
    private LocalDate receivedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TransferStatus status;

    @Column(name = "sender_approved_by", length = 64)
    private String senderApprovedBy;

    @Column(name = "sender_approved_at")
    private OffsetDateTime senderApprovedAt;

    @Column(name = "receiver_approved_by", length = 64)
    private String receiverApprovedBy;

    @Column(name = "receiver_approved_at")
    private OffsetDateTime receiverApprovedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closing_note", length = 500)
    private String closingNote;

    protected BoundaryTransfer() {}

    /** A DRAFT transfer of the project's, as described; no party has consented yet. */
    public BoundaryTransfer(long projectId, TransferDetails details) {
        this.projectId = projectId;
        this.status = TransferStatus.DRAFT;
        apply(details);
    }

    /**
     * Replaces the described fields of a DRAFT; every fault is reported together before anything
     * changes. The consents given to the former description are withdrawn: each party consents again.
     */
    public void describe(TransferDetails details) {
        requireStatus(EnumSet.of(TransferStatus.DRAFT), "changed");
        apply(details);
        senderApprovedBy = null;
        senderApprovedAt = null;
        receiverApprovedBy = null;
        receiverApprovedAt = null;
    }

    private void apply(TransferDetails d) {
        Checks.require("body", d);
        Violations v = new Violations();
        TransferKind kindValue = v.check(() -> Checks.require("kind", d.kind()));
        LocalizedText text = v.check(() -> {
            LocalizedText t = Checks.require("description", d.description());
            return LocalizedText.of("description", t.en(), t.zhHant(), t.zhHans(), DESCRIPTION_MAX, true);
        });
        Long from = v.check(() -> Checks.require("fromInstitutionId", d.fromInstitutionId()));
        Park fromParkValue = v.check(() -> Checks.require("fromPark", d.fromPark()));
        Long to = v.check(() -> Checks.require("toInstitutionId", d.toInstitutionId()));
        Park toParkValue = v.check(() -> Checks.require("toPark", d.toPark()));
        ClearanceRoute route = v.check(() -> Checks.require("clearanceRoute", d.clearanceRoute()));
        String reference =
                v.check(() -> Checks.optionalText("clearanceReference", d.clearanceReference(), REFERENCE_MAX));
        LocalDate requested = v.check(() -> Checks.require("requestedDate", d.requestedDate()));
        if (fromParkValue != null && fromParkValue == toParkValue) {
            v.add(
                    "toPark",
                    ErrorCode.TRANSFER_SAME_PARK,
                    "must be the other park: a transfer crosses the boundary from one park of the zone to the other");
        }
        if (kindValue != null && fromParkValue != null && route != null) {
            Set<ClearanceRoute> allowed = ClearanceRoute.allowed(kindValue, fromParkValue);
            if (!allowed.contains(route)) {
                v.add(
                        "clearanceRoute",
                        ErrorCode.TRANSFER_ROUTE,
                        "is not a route for " + kindValue + " from the " + fromParkValue + "; one of " + allowed,
                        Map.of("allowed", allowed.stream().map(Enum::name).toList()));
            }
        }
        if (requested != null && sentDate != null && sentDate.isBefore(requested)) {
            v.add(
                    "requestedDate",
                    ErrorCode.DATE_ORDER,
                    "must not be after the day it was sent (" + sentDate + ")",
                    Map.of("after", "sentDate", "min", sentDate.toString()));
        }
        v.throwIfAny();
        this.kind = kindValue;
        this.description = LocalizedTextColumns.of(text);
        this.fromInstitutionId = from;
        this.fromPark = fromParkValue;
        this.toInstitutionId = to;
        this.toPark = toParkValue;
        this.clearanceRoute = route;
        this.clearanceReference = reference;
        this.requestedDate = requested;
    }

    /** The sides an institution may consent for: the sender's, the receiver's, or both when it is both. */
    public Set<TransferParty> sidesOf(long institutionId) {
        Set<TransferParty> sides = EnumSet.noneOf(TransferParty.class);
        if (institutionId == fromInstitutionId) {
            sides.add(TransferParty.SENDER);
        }
        if (institutionId == toInstitutionId) {
            sides.add(TransferParty.RECEIVER);
        }
        return sides;
    }

    /**
     * The consent of {@code institutionId}'s office (given by {@code account} at {@code at}) for each side
     * it is party to; once both sides consented, the transfer is APPROVED.
     */
    public void approve(long institutionId, String account, OffsetDateTime at) {
        requireStatus(EnumSet.of(TransferStatus.DRAFT), "approved");
        Set<TransferParty> sides = sidesOf(institutionId);
        if (sides.isEmpty()) {
            throw new InvalidValueException(
                    "institutionId",
                    ErrorCode.TRANSFER_NOT_A_PARTY,
                    "institution " + institutionId + " neither sends nor receives transfer " + getId(),
                    Map.of("allowed", List.of(fromInstitutionId, toInstitutionId)));
        }
        boolean consented = false;
        if (sides.contains(TransferParty.SENDER) && senderApprovedAt == null) {
            senderApprovedBy = account;
            senderApprovedAt = at;
            consented = true;
        }
        if (sides.contains(TransferParty.RECEIVER) && receiverApprovedAt == null) {
            receiverApprovedBy = account;
            receiverApprovedAt = at;
            consented = true;
        }
        if (!consented) {
            throw new TransferStatusException(
                    ErrorCode.TRANSFER_ALREADY_APPROVED,
                    "Institution " + institutionId + " has already consented to transfer " + getId());
        }
        if (senderApprovedAt != null && receiverApprovedAt != null) {
            status = TransferStatus.APPROVED;
        }
    }

    /** Sent on {@code day}: needs both consents and, on a route that has one, the clearance's reference. */
    public void send(LocalDate day) {
        requireStatus(EnumSet.of(TransferStatus.APPROVED), "sent");
        Checks.require("date", day);
        if (clearanceRoute.needsReference() && clearanceReference == null) {
            throw new InvalidValueException(
                    "clearanceReference",
                    ErrorCode.TRANSFER_CLEARANCE_REFERENCE,
                    "is required before a transfer on the route " + clearanceRoute
                            + " is sent: record the white-list, green-channel, contract or assessment reference first");
        }
        notBefore(day, requestedDate, "requestedDate");
        sentDate = day;
        status = TransferStatus.IN_TRANSIT;
    }

    /** Received on {@code day}, not before it was sent. */
    public void receive(LocalDate day) {
        requireStatus(EnumSet.of(TransferStatus.IN_TRANSIT), "received");
        Checks.require("date", day);
        notBefore(day, sentDate, "sentDate");
        receivedDate = day;
        status = TransferStatus.RECEIVED;
    }

    /** A party refuses its consent, or its clearance was refused, before the transfer is sent. */
    public void refuse(String account, String note) {
        close(TransferStatus.REFUSED, account, note);
    }

    /** A party withdraws the transfer before it is sent. */
    public void cancel(String account, String note) {
        close(TransferStatus.CANCELLED, account, note);
    }

    private void close(TransferStatus to, String account, String note) {
        requireStatus(
                EnumSet.of(TransferStatus.DRAFT, TransferStatus.APPROVED),
                to == TransferStatus.REFUSED ? "refused" : "cancelled");
        String text = Checks.optionalText("note", note, NOTE_MAX);
        closedBy = account;
        closingNote = text;
        status = to;
    }

    private void requireStatus(Set<TransferStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new TransferStatusException(
                    ErrorCode.TRANSFER_STATUS,
                    "Transfer " + getId() + " is " + status + ": only a transfer that is " + allowed + " can be " + what
                            + (status.isFinal() ? "" : " (from " + status + " it moves to " + status.next() + ")"));
        }
    }

    private static void notBefore(LocalDate day, LocalDate earlier, String earlierField) {
        if (earlier != null && day.isBefore(earlier)) {
            throw new InvalidValueException(
                    "date",
                    ErrorCode.DATE_ORDER,
                    "must not be before " + earlierField + " (" + earlier + ")",
                    Map.of("after", earlierField, "min", earlier.toString()));
        }
    }

    /** The institutions party to the transfer: the sender and the receiver. */
    public Set<Long> parties() {
        return fromInstitutionId == toInstitutionId
                ? Set.of(fromInstitutionId)
                : Set.of(fromInstitutionId, toInstitutionId);
    }

    public TransferDetails details() {
        return new TransferDetails(
                kind,
                getDescription(),
                fromInstitutionId,
                fromPark,
                toInstitutionId,
                toPark,
                clearanceRoute,
                clearanceReference,
                requestedDate);
    }

    public long getProjectId() {
        return projectId;
    }

    public TransferKind getKind() {
        return kind;
    }

    public LocalizedText getDescription() {
        return LocalizedTextColumns.text(description);
    }

    public long getFromInstitutionId() {
        return fromInstitutionId;
    }

    public Park getFromPark() {
        return fromPark;
    }

    public long getToInstitutionId() {
        return toInstitutionId;
    }

    public Park getToPark() {
        return toPark;
    }

    public ClearanceRoute getClearanceRoute() {
        return clearanceRoute;
    }

    public String getClearanceReference() {
        return clearanceReference;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public LocalDate getSentDate() {
        return sentDate;
    }

    public LocalDate getReceivedDate() {
        return receivedDate;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getSenderApprovedBy() {
        return senderApprovedBy;
    }

    public OffsetDateTime getSenderApprovedAt() {
        return senderApprovedAt;
    }

    public String getReceiverApprovedBy() {
        return receiverApprovedBy;
    }

    public OffsetDateTime getReceiverApprovedAt() {
        return receiverApprovedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public String getClosingNote() {
        return closingNote;
    }
}
