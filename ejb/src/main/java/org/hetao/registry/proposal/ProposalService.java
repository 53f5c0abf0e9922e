package org.hetao.registry.proposal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.AccountRepository;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ownership.ApprovalRule;
import org.hetao.registry.ownership.Ownership;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipLedger;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * Proposes changes of an asset's ownership and decides them. A change that needs no other approval
 * ({@link ApprovalRule}), or whose other approvals an administrator records with it on behalf of
 * institutions without an office account, takes effect at once; any other waits as an OPEN
 * proposal until the office of every required institution has approved it, and then takes effect
 * through {@link OwnershipLedger}, the same path as a direct change. Deciders lock the proposal's
 * row, so of concurrent decisions exactly one outcome stands. Every step is audited.
 */
@Stateless
public class ProposalService {
    @Inject
    ProposalRepository proposals;

    @Inject
    OwnershipRepository versions;

    @Inject
    OwnershipLedger ledger;

    @Inject
    IpAssetRepository assets;

    @Inject
    AssetAccess assetAccess;

    @Inject
    AccessGuard access;

    @Inject
    AccountRepository accounts;

    @Inject
    InstitutionRepository institutions;

    @Inject
    ChangeRecorder changes;

    @Inject
    RegistryClock clock;

    @Inject
    Event<ProposalStep> steps;

    /**
     * Proposes {@code change} to the ownership whose latest recorded version is {@code expectedVersionNo}
     * (0 before the first). {@code kind} null: a CORRECTION when the change is dated before the current
     * version, else a CHANGE. {@code keepRecord}: store the proposal also when it takes effect at once (as APPROVED).
     */
    public Submission submit(
            long ipAssetId, int expectedVersionNo, ProposalKind kind, OwnershipChange change, boolean keepRecord) {
        return submit(ipAssetId, expectedVersionNo, kind, change, keepRecord, List.of());
    }

    /**
     * Proposes {@code change}, as {@link #submit(long, int, ProposalKind, OwnershipChange, boolean)}, with
     * the approvals an administrator records at once on behalf of required approvers that have no office
     * account ({@code onBehalf}, each citing the signed document). When they are all the approvals still
     * needed, the change takes effect at once and the proposal is kept (APPROVED) as the record of them.
     * Only the registry itself (no caller: start-up, demo data) records a change without a proposal.
     */
    public Submission submit(
            long ipAssetId,
            int expectedVersionNo,
            ProposalKind kind,
            OwnershipChange change,
            boolean keepRecord,
            List<OnBehalf> onBehalf) {
        IpAsset asset = assets.get(ipAssetId);
        assetAccess.checkRead(asset);
        assetAccess.checkOwnershipWrite(asset);
        OwnershipTimeline timeline = versions.timeline(ipAssetId);
        int latestNo = timeline.latestVersionNo();
        if (latestNo != expectedVersionNo) {
            throw new StaleVersionException("ownership of IP asset", ipAssetId, expectedVersionNo, latestNo);
        }
        LocalDate today = clock.today();
        if (kind != null && change != null && change.effectiveFrom() != null) {
            kind.checkDate(timeline, today, change.effectiveFrom());
        }
        ledger.checkOwnersExist(change);
        Caller caller = access.caller();
        if (caller == null) {
            return new Submission(
                    ledger.record(ipAssetId, expectedVersionNo, change, access.actorName()), Optional.empty());
        }
        OffsetDateTime now = now();
        proposals.open(ipAssetId).ifPresent(open -> {
            ProposalRecord before = ProposalRecord.of(open);
            if (open.expireIfDue(now)) {
                changes.updated(OwnershipProposal.KIND, open.getId(), before, ProposalRecord.of(open));
                proposals.flush();
                steps.fire(new ProposalStep(open, ProposalStep.Kind.EXPIRED, "system", null));
            } else {
                throw new OpenProposalExistsException(
                        "IP asset " + ipAssetId + " has an open ownership proposal already (" + open.getId()
                                + ", awaiting " + open.pending() + "); decide or withdraw it first");
            }
        });
        OwnershipProposal p = OwnershipProposal.propose(
                ipAssetId,
                timeline,
                today,
                kind,
                change,
                new Proposer(caller.username(), access.ownInstitution()),
                now,
                Duration.ofDays(Math.max(1, RegistrySetting.OWNERSHIP_PROPOSAL_EXPIRY_DAYS.intValue())));
        Map<Long, String> documents =
                OnBehalf.check(onBehalf, caller.role() == Role.ADMIN, p.required(), accounts::hasOffice, "approvals");
        if (p.pending().isEmpty() && !keepRecord) {
            return new Submission(
                    ledger.record(ipAssetId, expectedVersionNo, change, caller.username()), Optional.empty());
        }
        // approvals recorded on behalf are part of the proposal's first audit record, each naming its document
        documents.forEach((institution, document) -> p.approve(institution, caller.username(), document, now));
        if (p.pending().isEmpty()) {
            // the version first: of concurrent changes of one version the losers are told it is stale, and the
            // proposal is stored as APPROVED, never holding the asset's one open place
            Ownership o = ledger.record(ipAssetId, expectedVersionNo, p.asChange(), caller.username());
            p.tookEffect(o.latestVersionNo(), now);
            proposals.add(p);
            changes.created(OwnershipProposal.KIND, p.getId(), ProposalRecord.of(p));
            return new Submission(o, Optional.of(p));
        }
        proposals.add(p);
        changes.created(OwnershipProposal.KIND, p.getId(), ProposalRecord.of(p));
        steps.fire(new ProposalStep(p, ProposalStep.Kind.PROPOSED, caller.username(), p.getProposerInstitutionId()));
        return new Submission(ownershipOf(ipAssetId), Optional.of(p));
    }

    /**
     * The caller's institution approves the proposal (an administrator names the institution and the
     * signed document it approves on its behalf). The last approval makes the version take effect.
     */
    public OwnershipProposal approve(long proposalId, long expectedVersion, Long onBehalfOf, String documentRef) {
        OwnershipProposal p = lockReadable(proposalId);
        Acting acting = acting(p, onBehalfOf, documentRef);
        checkVersion(p, expectedVersion);
        ProposalRecord before = ProposalRecord.of(p);
        OffsetDateTime now = now();
        boolean complete = p.approve(acting.institution(), access.actorName(), acting.documentRef(), now);
        // after the state checks (decided, expired), so that those answer first; the transaction rolls the approval
        // back
        p.checkBase(versions.latest(p.getIpAssetId())
                .map(OwnershipVersion::getVersionNo)
                .orElse(0));
        changes.updated(OwnershipProposal.KIND, p.getId(), before, ProposalRecord.of(p));
        if (complete) {
            takeEffect(p, now);
        }
        steps.fire(new ProposalStep(
                p,
                complete ? ProposalStep.Kind.TOOK_EFFECT : ProposalStep.Kind.APPROVED,
                access.actorName(),
                acting.institution()));
        return p;
    }

    /** The caller's institution (or an administrator on behalf of one without an office) rejects the proposal, with a reason. */
    public OwnershipProposal reject(
            long proposalId, long expectedVersion, Long onBehalfOf, String documentRef, String reason) {
        OwnershipProposal p = lockReadable(proposalId);
        Acting acting = acting(p, onBehalfOf, documentRef);
        checkVersion(p, expectedVersion);
        ProposalRecord before = ProposalRecord.of(p);
        String why = acting.documentRef() == null || reason == null
                ? reason
                : reason + " (document " + acting.documentRef() + ")";
        p.reject(acting.institution(), access.actorName(), why, now());
        changes.updated(OwnershipProposal.KIND, p.getId(), before, ProposalRecord.of(p));
        steps.fire(new ProposalStep(p, ProposalStep.Kind.REJECTED, access.actorName(), acting.institution()));
        return p;
    }

    /** The proposer (its account, another account of its office, or an administrator) withdraws the proposal. */
    public OwnershipProposal withdraw(long proposalId, long expectedVersion) {
        OwnershipProposal p = lockReadable(proposalId);
        Caller c = access.caller();
        boolean proposer = c == null
                || c.role() == Role.ADMIN
                || c.username().equals(p.getProposedBy())
                || (c.role() == Role.TTO && c.institutionId().equals(p.getProposerInstitutionId()));
        if (!proposer) {
            throw new NotAProposalPartyException("Only the proposer of ownership proposal " + p.getId() + " ("
                    + p.getProposedBy() + ", or its office) may withdraw it");
        }
        checkVersion(p, expectedVersion);
        ProposalRecord before = ProposalRecord.of(p);
        p.withdraw(access.actorName(), now());
        changes.updated(OwnershipProposal.KIND, p.getId(), before, ProposalRecord.of(p));
        steps.fire(new ProposalStep(
                p,
                ProposalStep.Kind.WITHDRAWN,
                access.actorName(),
                c != null && c.role() == Role.TTO ? c.institutionId() : null));
        return p;
    }

    public OwnershipProposal get(long proposalId) {
        OwnershipProposal p = proposals.find(proposalId).orElseThrow(() -> notFound(proposalId));
        checkReadable(p);
        return p;
    }

    /** Every proposal about the asset, newest first. */
    public List<OwnershipProposal> ofAsset(long ipAssetId) {
        assetAccess.checkRead(assets.get(ipAssetId));
        return proposals.ofAsset(ipAssetId);
    }

    /**
     * Open proposals awaiting an institution's approval: a TTO's own institution's (the office's
     * pending approvals); for an administrator, the named institution's or, with none named, everyone's.
     */
    public List<OwnershipProposal> awaiting(Long institutionId) {
        Long own = access.ownInstitution();
        if (own != null && institutionId != null && !own.equals(institutionId)) {
            access.checkActsFor("institutionId", institutionId);
        }
        return proposals.awaiting(own != null ? own : institutionId, now());
    }

    /**
     * Of the institutions the proposals still await, those without an office account: an administrator
     * may record their decisions on their behalf.
     */
    public Set<Long> pendingWithoutOffice(List<OwnershipProposal> ps) {
        Set<Long> pending = new java.util.TreeSet<>();
        ps.forEach(p -> pending.addAll(p.pending()));
        pending.removeAll(accounts.withOffice(pending));
        return pending;
    }

    /**
     * Stores the expiry of an open proposal past its expiry date (the scheduled check of
     * {@code org.hetao.registry.inbox.ProposalDeadlines}); returns whether it expired now.
     */
    public boolean expireIfDue(long proposalId) {
        OwnershipProposal p = proposals.lock(proposalId).orElse(null);
        if (p == null) {
            return false;
        }
        ProposalRecord before = ProposalRecord.of(p);
        if (!p.expireIfDue(now())) {
            return false;
        }
        changes.updated(OwnershipProposal.KIND, p.getId(), before, ProposalRecord.of(p));
        steps.fire(new ProposalStep(p, ProposalStep.Kind.EXPIRED, "system", null));
        return true;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private Ownership takeEffect(OwnershipProposal p, OffsetDateTime now) {
        ProposalRecord before = ProposalRecord.of(p);
        p.checkBase(versions.latest(p.getIpAssetId())
                .map(OwnershipVersion::getVersionNo)
                .orElse(0));
        Ownership o = ledger.record(p.getIpAssetId(), p.getBaseVersionNo(), p.asChange(), p.getProposedBy());
        p.tookEffect(o.latestVersionNo(), now);
        changes.updated(OwnershipProposal.KIND, p.getId(), before, ProposalRecord.of(p));
        return o;
    }

    /** The institution a decision is made for, and the signed document when an administrator records it on the institution's behalf. */
    private record Acting(long institution, String documentRef) {}

    /** The institution the caller acts for on this proposal; an administrator names one without an office account, and the document. */
    private Acting acting(OwnershipProposal p, Long onBehalfOf, String documentRef) {
        Caller c = access.caller();
        if (c != null && c.role() == Role.TTO) {
            if (onBehalfOf != null && !onBehalfOf.equals(c.institutionId())) {
                access.checkActsFor("institutionId", onBehalfOf);
            }
            if (!p.requires(c.institutionId())) {
                throw new NotAProposalPartyException("Your institution (" + c.institutionId()
                        + ") is not among those whose approval ownership proposal " + p.getId() + " needs ("
                        + p.required() + ")");
            }
            return new Acting(c.institutionId(), null);
        }
        if (c != null && c.role() != Role.ADMIN) {
            throw new NotAProposalPartyException(
                    "Only the offices of the institutions concerned decide ownership proposals");
        }
        if (onBehalfOf == null) {
            throw new InvalidValueException(
                    "institutionId",
                    ErrorCode.REQUIRED,
                    "an administrator names the institution on whose behalf it records the decision");
        }
        if (documentRef == null || documentRef.isBlank()) {
            throw new InvalidValueException(
                    "documentRef",
                    ErrorCode.REQUIRED,
                    "an administrator cites the signed document of the institution's decision");
        }
        institutions.reference("institutionId", onBehalfOf);
        if (accounts.hasOffice(onBehalfOf)) {
            throw new OnBehalfRefusedException(
                    "Institution " + onBehalfOf + " has an office account of its own; its office decides");
        }
        if (!p.requires(onBehalfOf)) {
            throw new NotAProposalPartyException(
                    "Institution " + onBehalfOf + " is not among those whose approval ownership proposal " + p.getId()
                            + " needs (" + p.required() + ")");
        }
        return new Acting(onBehalfOf, documentRef.strip());
    }

    private OwnershipProposal lockReadable(long proposalId) {
        OwnershipProposal p = proposals.lock(proposalId).orElseThrow(() -> notFound(proposalId));
        checkReadable(p);
        return p;
    }

    /**
     * A proposal about an asset the caller may not read is, to it, not there; except to the office of
     * an institution whose approval it needs (a proposed new owner that is no party of the asset yet).
     */
    private void checkReadable(OwnershipProposal p) {
        Long own = access.ownInstitution();
        if (own != null && p.requires(own)) {
            return;
        }
        try {
            assetAccess.checkRead(assets.get(p.getIpAssetId()));
        } catch (NotFoundException e) {
            throw notFound(p.getId());
        }
    }

    private static void checkVersion(OwnershipProposal p, long expected) {
        if (p.getVersion() != expected) {
            throw new StaleVersionException("ownership proposal", p.getId(), expected, p.getVersion());
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("ownership proposal", id);
    }

    private Ownership ownershipOf(long ipAssetId) {
        return versions.ownership(ipAssetId);
    }
}
