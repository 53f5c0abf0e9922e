package org.hetao.registry.ownership;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hetao.registry.account.Caller;
import org.hetao.registry.account.Role;

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
 * sole owner. Administrators and the registry itself (start-up, demo data) record ownership
 * directly; a LEGAL account is no institution's office, so its proposals need every required approval.</li>
 * </ul>
 */
public final class ApprovalRule {
    private ApprovalRule() {
    }

    /** Every owner of the replaced version and every proposed owner, in id order. */
    public static Set<Long> requiredApprovers(Set<Long> currentOwners, Set<Long> proposedOwners) {
        Set<Long> required = new TreeSet<>(currentOwners);
        required.addAll(proposedOwners);
        return required;
    }

    /** The required approvers other than the proposing office's institution ({@code null}: the proposer acts for none). */
    public static Set<Long> othersToApprove(Set<Long> required, Long proposerInstitution) {
        Set<Long> others = new TreeSet<>(required);
        if (proposerInstitution != null) {
            others.remove(proposerInstitution);
        }
        return others;
    }

    /**
     * Fails unless {@code caller} may record {@code change} directly, without anyone else's approval:
     * the registry itself (null), an administrator, or an office whose institution is the only one
     * concerned. For records written outside the proposal path (imports).
     */
    public static void checkRecordsDirectly(Caller caller, Set<Long> currentOwners, OwnershipChange change, String asset) {
        if (caller == null || caller.role() == Role.ADMIN || change == null || change.shares() == null) {
            return;
        }
        Set<Long> proposed = change.shares().stream().filter(Objects::nonNull).map(ShareDetails::institutionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Long own = caller.role() == Role.TTO ? caller.institutionId() : null;
        Set<Long> others = othersToApprove(requiredApprovers(currentOwners, proposed), own);
        if (!others.isEmpty()) {
            throw new ApprovalNeededException("This change of the ownership of " + asset + " needs the approval of institutions " + others
                    + " (every current and new owner): propose it through the API (POST /api/ip-assets/{id}/ownership/proposals)");
        }
    }
}
