package org.hetao.registry.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.Checks;
import org.hetao.registry.ownership.ApprovalRule;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipShare;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ShareDetails;

/**
 * A proposed change of an IP asset's ownership: the proposed shares from a date, why, and the
 * version it is based on. It takes effect only when every required institution (see
 * {@link ApprovalRule}) has approved it; any of them may reject it, the proposer may withdraw it,
 * and it expires when not decided in time. OPEN leads to APPROVED, REJECTED, WITHDRAWN or EXPIRED,
 * which are final. The proposal itself is never changed in content.
 */
@Entity
@Table(name = "ownership_proposal")
public class OwnershipProposal {
    public static final String KIND = "ownership-proposal";

    @Id
    @SequenceGenerator(name = "proposal_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_id")
    private Long id;

    @Version
    private long version;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ProposalKind kind;

    @Column(name = "base_version_no", nullable = false, updatable = false)
    private int baseVersionNo;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "total_bp", nullable = false, updatable = false)
    private int totalBp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalState state;

    @Column(name = "open_marker")
    private Integer openMarker;

    @Column(name = "proposed_by", nullable = false, length = 64, updatable = false)
    private String proposedBy;

    @Column(name = "proposer_institution_id", updatable = false)
    private Long proposerInstitutionId;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private OffsetDateTime proposedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "resulting_version_no")
    private Integer resultingVersionNo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ownership_proposal_share", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<OwnershipShare> shares = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ownership_proposal_approval", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<ProposalApproval> approvals = new ArrayList<>();

    protected OwnershipProposal() {}

    /**
     * A proposal to change the asset's ownership, based on the latest recorded version of
     * {@code timeline} (none before the first). A CHANGE takes effect no earlier than the current
     * version did; a CORRECTION inserts a version before it ({@code kind} null: whichever the date
     * makes it). The approvals it needs are {@link ApprovalRule}'s; the proposer's institution (a
     * TTO's; null for other roles) approves it implicitly.
     */
    public static OwnershipProposal propose(
            long ipAssetId,
            OwnershipTimeline timeline,
            LocalDate today,
            ProposalKind kind,
            OwnershipChange change,
            Proposer proposer,
            OffsetDateTime now,
            Duration expiry) {
        OwnershipProposal p = new OwnershipProposal();
        Checks.require("ownership", change);
        BasisPoints.checkShares(
                "shares", "institutionId", change.shares(), ShareDetails::institutionId, ShareDetails::shareBp);
        p.effectiveFrom = Checks.require("effectiveFrom", change.effectiveFrom());
        p.reason = Checks.requireText("reason", change.reason(), 1000);
        p.kind = kind == null ? ProposalKind.of(timeline, today, p.effectiveFrom) : kind;
        p.kind.checkDate(timeline, today, p.effectiveFrom);
        Optional<OwnershipVersion> base = timeline.latest();
        p.ipAssetId = ipAssetId;
        p.baseVersionNo = base.map(OwnershipVersion::getVersionNo).orElse(0);
        change.shares().stream()
                .map(s -> new OwnershipShare(s.institutionId(), s.shareBp()))
                .sorted(OwnershipShare.LARGEST_FIRST)
                .forEach(p.shares::add);
        p.totalBp = p.shares.stream().mapToInt(OwnershipShare::getShareBp).sum();
        p.proposedBy = Checks.requireText("proposedBy", proposer.username(), 64);
        p.proposerInstitutionId = proposer.institutionId();
        p.proposedAt = now;
        p.updatedAt = now;
        p.expiresAt = now.plus(expiry);
        p.state = ProposalState.OPEN;
        p.openMarker = 1;
        Set<Long> replaced = timeline.ownersReplacedFrom(p.effectiveFrom);
        for (long institution : ApprovalRule.requiredApprovers(replaced, p.proposedOwners())) {
            ProposalApproval a = new ProposalApproval(institution);
            if (proposer.institutionId() != null && proposer.institutionId() == institution) {
                a.approve(proposer.username(), null, now);
            }
            p.approvals.add(a);
        }
        return p;
    }

    /** The state as of {@code now}: an OPEN proposal past its expiry is EXPIRED, stored or not. */
    public ProposalState stateAt(OffsetDateTime now) {
        return state == ProposalState.OPEN && !now.isBefore(expiresAt) ? ProposalState.EXPIRED : state;
    }

    /**
     * Records the approval of {@code institutionId} by {@code by} ({@code documentRef}: recorded on
     * its behalf, citing the signed document). Returns whether every required approval is now present.
     */
    public boolean approve(long institutionId, String by, String documentRef, OffsetDateTime now) {
        checkOpen(now);
        ProposalApproval a = approvalOf(institutionId);
        if (a.isApproved()) {
            throw new AlreadyApprovedException("Institution " + institutionId + " approved ownership proposal " + id
                    + " already, on " + a.getApprovedAt().toLocalDate());
        }
        a.approve(
                Checks.requireText("approvedBy", by, 64),
                documentRef == null ? null : Checks.requireText("documentRef", documentRef, 500),
                now);
        this.updatedAt = now; // a change of the proposal's own row: its version (the ETag) moves with every approval
        return pending().isEmpty();
    }

    /** The last approval arrived and the proposed version took effect as {@code versionNo}. */
    public void tookEffect(int versionNo, OffsetDateTime now) {
        if (!pending().isEmpty()) {
            throw new IllegalStateException("proposal " + id + " still awaits " + pending());
        }
        close(ProposalState.APPROVED, proposedBy, null, now);
        this.resultingVersionNo = versionNo;
    }

    /** A required institution's office rejects the proposal, with a reason; it never takes effect. */
    public void reject(long institutionId, String by, String why, OffsetDateTime now) {
        checkOpen(now);
        approvalOf(institutionId);
        close(ProposalState.REJECTED, by, Checks.requireText("reason", why, 1000), now);
    }

    /** The proposer withdraws the proposal. */
    public void withdraw(String by, OffsetDateTime now) {
        checkOpen(now);
        close(ProposalState.WITHDRAWN, by, null, now);
    }

    /** Stores the EXPIRED state of a proposal past its expiry; returns whether it was open until now. */
    public boolean expireIfDue(OffsetDateTime now) {
        if (state != ProposalState.OPEN || stateAt(now) != ProposalState.EXPIRED) {
            return false;
        }
        close(ProposalState.EXPIRED, "system", null, now);
        return true;
    }

    /** Fails unless the proposal's base version is the asset's latest recorded version ({@code latestNo}, 0 before the first). */
    public void checkBase(int latestNo) {
        if (baseVersionNo != latestNo) {
            throw new StaleBaseVersionException("Ownership proposal " + id + " is based on version " + baseVersionNo
                    + " of IP asset " + ipAssetId + ", but the latest recorded version is " + latestNo
                    + "; it cannot be approved. Withdraw it and propose the change again");
        }
    }

    private void checkOpen(OffsetDateTime now) {
        ProposalState s = stateAt(now);
        if (s == ProposalState.EXPIRED) {
            throw new ProposalExpiredException("Ownership proposal " + id + " expired on " + expiresAt.toLocalDate()
                    + " without being decided; propose the change again");
        }
        if (s != ProposalState.OPEN) {
            throw new ProposalDecidedException(
                    "Ownership proposal " + id + " was " + s.name().toLowerCase(java.util.Locale.ROOT) + " by "
                            + decidedBy + " on " + decidedAt.toLocalDate() + "; it can no longer change");
        }
    }

    private ProposalApproval approvalOf(long institutionId) {
        return approvals.stream()
                .filter(a -> a.getInstitutionId() == institutionId)
                .findFirst()
                .orElseThrow(() -> new NotAProposalPartyException(
                        "Institution " + institutionId + " is not among those whose approval ownership proposal " + id
                                + " needs (" + required() + ")"));
    }

    private void close(ProposalState to, String by, String why, OffsetDateTime now) {
        this.state = to;
        this.openMarker = null;
        this.decidedBy = by;
        this.decidedAt = now;
        this.decisionReason = why;
        this.updatedAt = now;
    }

    /** The change the proposal makes, as a client would state it. */
    public OwnershipChange asChange() {
        return new OwnershipChange(
                getShares().stream()
                        .map(s -> new ShareDetails(s.getInstitutionId(), s.getShareBp()))
                        .toList(),
                effectiveFrom,
                reason);
    }

    public Set<Long> proposedOwners() {
        return shares.stream()
                .map(OwnershipShare::getInstitutionId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Every institution whose approval the proposal needs, in id order. */
    public List<Long> required() {
        return getApprovals().stream().map(ProposalApproval::getInstitutionId).toList();
    }

    /** The required institutions that have not approved yet, in id order. */
    public List<Long> pending() {
        return getApprovals().stream()
                .filter(a -> !a.isApproved())
                .map(ProposalApproval::getInstitutionId)
                .toList();
    }

    public boolean requires(long institutionId) {
        return approvals.stream().anyMatch(a -> a.getInstitutionId() == institutionId);
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

    public ProposalKind getKind() {
        return kind;
    }

    public int getBaseVersionNo() {
        return baseVersionNo;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    /** The stored state; see {@link #stateAt} for the state that counts. */
    public ProposalState getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Long getProposerInstitutionId() {
        return proposerInstitutionId;
    }

    public OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Integer getResultingVersionNo() {
        return resultingVersionNo;
    }

    public List<OwnershipShare> getShares() {
        return shares.stream().sorted(OwnershipShare.LARGEST_FIRST).toList();
    }

    /** In institution id order. */
    public List<ProposalApproval> getApprovals() {
        return approvals.stream()
                .sorted(Comparator.comparingLong(ProposalApproval::getInstitutionId))
                .toList();
    }
}
