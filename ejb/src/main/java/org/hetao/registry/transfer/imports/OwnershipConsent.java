package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.ownership.ApprovalRule;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.proposal.OnBehalf;
import org.hetao.registry.proposal.OpenProposalExistsException;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalRepository;

/**
 * Decides how an import row's change of an asset's ownership takes effect, by the rule of every
 * ownership change ({@link ApprovalRule}): recorded at once when every required approver's approval
 * is present (the importing office's own counts implicitly; an administrator's import may carry
 * approvals on behalf of owners without an office account in {@value #COLUMN}), and otherwise
 * proposed to those that must still approve it, as an OPEN proposal (at most one per asset). An
 * administrator's restore of a backup ({@code kind=backup}) records the backup's versions as they are:
 * they are facts consented to in the registry that wrote the backup (docs/security.md).
 */
final class OwnershipConsent {
    /** The column of an administrator's approvals on behalf of institutions without an office account. */
    static final String COLUMN = "owner_approvals";

    /**
     * What one row's change does: it follows version {@code baseVersionNo} (0 before the first);
     * {@code awaiting} the institutions still to approve it (empty: it is recorded);
     * {@code documents} the approvals recorded on behalf of institutions (institution → signed document);
     * {@code proposerInstitution} the importing office's institution, whose approval counts implicitly.
     */
    record Decision(int baseVersionNo, List<Long> awaiting, Map<Long, String> documents, Long proposerInstitution) {
        boolean proposed() {
            return !awaiting.isEmpty();
        }

        /** Whether the change leaves a proposal: it awaits approvals, or records some made on behalf of others. */
        boolean keepsProposal() {
            return proposed() || !documents.isEmpty();
        }
    }

    private final EntityManager em;
    private final AccessGuard access;
    private boolean restore;

    OwnershipConsent(EntityManager em, AccessGuard access) {
        this.em = em;
        this.access = access;
    }

    /** A file of the registry's own backup format ({@code kind=backup}) imported by an administrator is a restore. */
    void restoring(boolean backup) {
        Caller caller = access.caller();
        this.restore = backup && caller != null && caller.role() == Role.ADMIN;
    }

    /**
     * The decision for {@code change} of the asset {@code assetId} (negative: created by this file),
     * following {@code base}; {@code asset} names it in errors.
     */
    Decision decide(
            long assetId,
            Optional<OwnershipVersion> base,
            OwnershipChange change,
            List<OnBehalf> onBehalf,
            String asset) {
        int baseNo = base.map(OwnershipVersion::getVersionNo).orElse(0);
        Caller caller = access.caller();
        if (caller == null || restore) {
            if (!onBehalf.isEmpty()) {
                throw new InvalidValueException(
                        COLUMN,
                        ErrorCode.ON_BEHALF_RESTORE,
                        "a restore of a backup records its versions as the backup holds them: leave it empty");
            }
            return new Decision(baseNo, List.of(), Map.of(), null);
        }
        Set<Long> required = ApprovalRule.requiredApprovers(
                base.map(OwnershipVersion::owners).orElse(Set.of()), ApprovalRule.proposedOwners(change));
        Map<Long, String> documents =
                OnBehalf.check(onBehalf, caller.role() == Role.ADMIN, required, this::hasOffice, COLUMN);
        Long own = access.ownInstitution();
        Set<Long> still = ApprovalRule.stillToApprove(required, own, documents.keySet());
        if (assetId > 0) {
            checkNoOpenProposal(assetId, asset);
        }
        return new Decision(baseNo, List.copyOf(still), Map.copyOf(documents), own);
    }

    /** An institution this file creates has no account yet. */
    private boolean hasOffice(long institutionId) {
        return institutionId > 0
                && em.createQuery(
                                        "SELECT COUNT(a) FROM Account a WHERE a.institutionId = :i AND a.role = :r AND a.enabled = TRUE",
                                        Long.class)
                                .setParameter("i", institutionId)
                                .setParameter("r", Role.TTO)
                                .getSingleResult()
                        > 0;
    }

    private void checkNoOpenProposal(long assetId, String asset) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<OwnershipProposal> open = ProposalRepository.open(em, assetId);
        if (open.isPresent() && open.get().stateAt(now) == org.hetao.registry.proposal.ProposalState.OPEN) {
            throw new OpenProposalExistsException(asset + " has an open ownership proposal already ("
                    + open.get().getId() + ", awaiting " + open.get().pending()
                    + "); it must be decided or withdrawn before this change can be proposed");
        }
    }
}
