package org.hetao.registry.proposal;

import java.util.List;

/**
 * What the audit trail records of a proposal at each step: its state, the change, who approved it
 * (an approval recorded on an institution's behalf names the signed document) and who still has to.
 */
public record ProposalRecord(
        long ipAssetId,
        String kind,
        int baseVersion,
        String effectiveFrom,
        String reason,
        List<String> shares,
        String state,
        List<String> approvals,
        List<Long> pending,
        String decidedBy,
        String decisionReason,
        Integer resultingVersion) {

    public static ProposalRecord of(OwnershipProposal p) {
        return new ProposalRecord(
                p.getIpAssetId(),
                p.getKind().name(),
                p.getBaseVersionNo(),
                p.getEffectiveFrom().toString(),
                p.getReason(),
                p.getShares().stream()
                        .map(s -> s.getInstitutionId() + ":" + s.getShareBp())
                        .toList(),
                p.getState().name(),
                p.getApprovals().stream()
                        .filter(ProposalApproval::isApproved)
                        .map(ProposalRecord::approval)
                        .toList(),
                p.pending(),
                p.getDecidedBy(),
                p.getDecisionReason(),
                p.getResultingVersionNo());
    }

    private static String approval(ProposalApproval a) {
        return a.getInstitutionId() + " by " + a.getApprovedBy()
                + (a.isOnBehalf() ? " on its behalf, document " + a.getDocumentRef() : "");
    }
}
