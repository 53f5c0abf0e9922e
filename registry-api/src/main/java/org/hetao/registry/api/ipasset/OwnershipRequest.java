package org.hetao.registry.api.ipasset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;

/** A new version of an asset's ownership: the owners' shares in basis points, from a date, and why. */
public record OwnershipRequest(@NotNull LocalDate effectiveFrom, @NotBlank @Size(max = 1000) String reason,
                               @NotNull @Size(min = 1, max = 50) List<@Valid ShareRequest> shares) {

    /** One owner's share in basis points (1 bp = 0.01 %; all shares sum to 10000). */
    public record ShareRequest(@NotNull Long institutionId, @NotNull Integer shareBp) {
    }

    public OwnershipChange toChange() {
        return new OwnershipChange(shares.stream().map(s -> s == null ? null : new ShareDetails(s.institutionId(), s.shareBp())).toList(),
                effectiveFrom, reason);
    }
}
