package org.hetao.registry.api.ipasset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.proposal.OnBehalf;

/**
 * A new version of an asset's ownership: the owners' shares in basis points, from a date, and why;
 * with an administrator's approvals on behalf of owners without an office account ({@code approvals}).
 */
public record OwnershipRequest(
        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull @Size(min = 1, max = 50) List<@Valid ShareRequest> shares,
        @Size(max = 50) List<@Valid OnBehalfRequest> approvals) {

    /** One owner's share in basis points (1 bp = 0.01 %; all shares sum to 10000). */
    @Schema(name = "OwnershipShareRequest", description = "An owner's share in basis points (1 bp = 0.01 %)")
    public record ShareRequest(
            @NotNull Long institutionId, @NotNull Integer shareBp) {}

    /**
     * An approval an administrator records on behalf of an institution without an office account,
     * citing the signed document by which it consented.
     */
    public record OnBehalfRequest(
            @NotNull Long institutionId,
            @NotBlank @Size(max = 500) String documentRef) {
        static List<OnBehalf> all(List<OnBehalfRequest> approvals) {
            return approvals == null
                    ? List.of()
                    : approvals.stream()
                            .map(a -> a == null ? null : new OnBehalf(a.institutionId(), a.documentRef()))
                            .toList();
        }
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
