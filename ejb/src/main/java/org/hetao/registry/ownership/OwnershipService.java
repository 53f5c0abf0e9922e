package org.hetao.registry.ownership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;

/**
 * Reads an asset's ownership, and records new versions directly for the registry's own work (demo
 * data) only. Every account, administrators included, proposes changes instead
 * ({@code org.hetao.registry.proposal.ProposalService}), which take effect when the co-owners approve.
 */
@Stateless
public class OwnershipService {
    public static final String KIND = "ownership";

    @Inject
    OwnershipRepository versions;

    @Inject
    AccessGuard access;

    @Inject
    ReadableAssets assets;

    @Inject
    OwnershipLedger ledger;

    public Ownership ownership(long ipAssetId) {
        assets.checkReadable(ipAssetId);
        return versions.ownership(ipAssetId);
    }

    /**
     * Records a new version of the asset's ownership at once. {@code expectedVersionNo} is the latest
     * recorded version the caller read (0 before the first); of concurrent changes to the same version exactly one commits.
     * Observers of {@link OwnershipChanged} (agreements made from an older version) act in the same transaction.
     */
    public Ownership change(long ipAssetId, int expectedVersionNo, OwnershipChange change) {
        assets.checkReadable(ipAssetId);
        Caller c = access.caller();
        if (c != null) {
            throw new AccessDeniedException(
                    "Only the registry itself records ownership directly; propose the change (POST /api/ip-assets/"
                            + ipAssetId
                            + "/ownership/proposals) and it takes effect when every co-owner has approved it");
        }
        return ledger.record(ipAssetId, expectedVersionNo, change, access.actorName());
    }
}
