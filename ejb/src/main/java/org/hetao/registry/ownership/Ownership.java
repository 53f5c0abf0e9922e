package org.hetao.registry.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An asset's ownership as of {@code today}: the version in force, the scheduled ones and the whole history. */
public record Ownership(long ipAssetId, LocalDate today, OwnershipTimeline timeline) {

    /** The version in force today; none before the first takes effect. */
    public Optional<OwnershipVersion> current() {
        return timeline.inForceOn(today);
    }

    /** The versions that take effect later, soonest first. */
    public List<OwnershipVersion> scheduled() {
        return timeline.scheduled(today);
    }

    /** Every version, the latest effective date first. */
    public List<OwnershipVersion> history() {
        return timeline.newestFirst();
    }

    /** The number of the version recorded last, 0 before the first: a change is based on it, and it is the ownership's ETag. */
    public int latestVersionNo() {
        return timeline.latestVersionNo();
    }
}
