package org.hetao.registry.api.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.ipasset.OwnershipView.ShareView;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalApproval;

/**
 * A proposed ownership change: what it proposes, on which version it is based, who must approve it,
 * who has (and who still has to), and how it ended. {@code state} is as of now (an undecided proposal
 * past {@code expiresAt} reads EXPIRED); {@code pendingWithoutOffice}: the institutions still to approve
 * that have no office account, for which an administrator records the decision on their behalf;
 * {@code version} is its ETag, which every decision must name.
 */
@Schema(name = "ProposalView")
public record ProposalView(
        long id,
        long ipAssetId,
        String kind,
        String state,
        int baseVersion,
        LocalDate effectiveFrom,
        String reason,
        List<ShareView> shares,
        String proposedBy,
        Long proposerInstitutionId,
        OffsetDateTime proposedAt,
        OffsetDateTime expiresAt,
        List<Long> required,
        List<Long> pending,
        List<Long> pendingWithoutOffice,
        List<ApprovalView> approvals,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionReason,
        Integer resultingVersion,
        long version) {

    /** One institution's approval: by its office, or recorded on its behalf by an administrator citing the signed document. */
    public record ApprovalView(
            long institutionId, String approvedBy, OffsetDateTime approvedAt, boolean onBehalf, String documentRef) {
        static ApprovalView of(ProposalApproval a) {
            return new ApprovalView(
                    a.getInstitutionId(), a.getApprovedBy(), a.getApprovedAt(), a.isOnBehalf(), a.getDocumentRef());
        }
    }

    /** @param withoutOffice institutions without an office account (at least those among {@code p}'s pending ones) */
    public static ProposalView of(OwnershipProposal p, Set<Long> withoutOffice) {
        return new ProposalView(
                p.getId(),
                p.getIpAssetId(),
                p.getKind().name(),
                p.stateAt(OffsetDateTime.now(ZoneOffset.UTC)).name(),
                p.getBaseVersionNo(),
                p.getEffectiveFrom(),
                p.getReason(),
                p.getShares().stream()
                        .map(s -> new ShareView(
                                s.getInstitutionId(), s.getShareBp(), BasisPoints.percent(s.getShareBp())))
                        .toList(),
                p.getProposedBy(),
                p.getProposerInstitutionId(),
                p.getProposedAt(),
                p.getExpiresAt(),
                p.required(),
                p.pending(),
                p.pending().stream().filter(withoutOffice::contains).toList(),
                p.getApprovals().stream()
                        .filter(ProposalApproval::isApproved)
                        .map(ApprovalView::of)
                        .toList(),
                p.getDecidedBy(),
                p.getDecidedAt(),
                p.getDecisionReason(),
                p.getResultingVersionNo(),
                p.getVersion());
    }
}
