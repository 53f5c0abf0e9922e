package org.hetao.registry.ownership;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Whose approval a change of an asset's ownership needs before it takes effect.
 *
 * <ul>
 * <li><b>Required approvers</b>: the office of every institution whose share changes, which is every
 * owner of the version the change replaces from its date and every owner it proposes
 * ({@link #requiredApprovers}). The replaced version is the one in force on the change's date
 * ({@link OwnershipTimeline#ownersReplacedFrom}): for a change from today or later, the current (or
 * scheduled) owners; for a correction of history, the owners in force on its date. A correction is
 * dated before the current version, so it never changes what is in force today; a change that does
 * (dated between the current version's date and today) replaces the current owners.</li>
 * <li>The proposing office's own approval counts implicitly: a TTO's proposal is approved by its
 * institution when it is made.</li>
 * <li><b>No other approval is needed</b> exactly when the proposer's institution is the only
 * required approver ({@link #othersToApprove} is empty): a single owner stays the single owner (a new
 * date or reason), or the first version of an asset names the proposing office's institution as its
 * sole owner. Administrators and LEGAL accounts are no institution's office: their changes need every
 * required approval, like anyone's.</li>
 * <li><b>On behalf</b>: an institution without an office account cannot approve for itself; an
 * administrator records its approval, citing the signed document
 * ({@code org.hetao.registry.proposal.OnBehalf}). An institution with an office decides for itself.</li>
 * <li>Only the registry itself (start-up, demo data) records a version directly, without a proposal.</li>
 * </ul>
 */
public final class ApprovalRule {
    private ApprovalRule() {}

    /** Every owner of the replaced version and every proposed owner, in id order. */
    public static Set<Long> requiredApprovers(Set<Long> currentOwners, Set<Long> proposedOwners) {
        Set<Long> required = new TreeSet<>(currentOwners);
        required.addAll(proposedOwners);
        return required;
    }

    /** The owners a change proposes (its shares' institutions). */
    public static Set<Long> proposedOwners(OwnershipChange change) {
        if (change == null || change.shares() == null) {
            return Set.of();
        }
        return change.shares().stream()
                .filter(Objects::nonNull)
                .map(ShareDetails::institutionId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The required approvers other than the proposing office's institution ({@code null}: the proposer acts for none). */
    public static Set<Long> othersToApprove(Set<Long> required, Long proposerInstitution) {
        Set<Long> others = new TreeSet<>(required);
        if (proposerInstitution != null) {
            others.remove(proposerInstitution);
        }
        return others;
    }

    /** The required approvers still to approve once the proposer's own approval and those recorded on behalf of others count. */
    public static Set<Long> stillToApprove(Set<Long> required, Long proposerInstitution, Set<Long> approvedOnBehalf) {
        Set<Long> still = othersToApprove(required, proposerInstitution);
        still.removeAll(approvedOnBehalf);
        return still;
    }
}
