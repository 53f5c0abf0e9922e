package org.hetao.registry.api.ipasset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.api.ipasset.OwnershipRequest.OnBehalfRequest;
import org.hetao.registry.api.ipasset.OwnershipRequest.ShareRequest;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.proposal.OnBehalf;
import org.hetao.registry.proposal.ProposalKind;

/**
 * A proposed ownership change: the new shares from a date, why, and its kind (by default, CORRECTION
 * when dated before the current version, else CHANGE); with an administrator's approvals on behalf of
 * required approvers without an office account.
 */
public record ProposalRequest(
        ProposalKind kind,
        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull @Size(min = 1, max = 50) List<@Valid ShareRequest> shares,
        @Size(max = 50) List<@Valid OnBehalfRequest> approvals) {

    /** The kind the client named; null: the date decides. */
    public ProposalKind kindOrDefault() {
        return kind;
    }

    public List<OnBehalf> onBehalf() {
        return OnBehalfRequest.all(approvals);
    }

    public OwnershipChange toChange() {
        return new OwnershipChange(
                shares.stream()
                        .map(s -> s == null ? null : new ShareDetails(s.institutionId(), s.shareBp()))
                        .toList(),
                effectiveFrom,
                reason);
    }
}
