package org.hetao.registry.ownership;

import java.util.List;
import java.util.Optional;

/** An asset's ownership: the current version (if any) and every version, newest first. */
public record Ownership(long ipAssetId, Optional<OwnershipVersion> current, List<OwnershipVersion> history) {
    /** The number of the current version, 0 before the first; it is the ownership's ETag. */
    public int currentVersionNo() {
        return current.map(OwnershipVersion::getVersionNo).orElse(0);
    }
}
