package org.hetao.registry.ownership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.hetao.registry.account.CallerContext;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAssetRepository;

/** Reads an asset's ownership and records new versions of it. */
@Stateless
public class OwnershipService {
    @Inject
    OwnershipRepository versions;
    @Inject
    IpAssetRepository assets;
    @Inject
    InstitutionRepository institutions;
    @Inject
    CallerContext caller;

    public Ownership ownership(long ipAssetId) {
        assets.get(ipAssetId);
        return new Ownership(ipAssetId, versions.current(ipAssetId), versions.history(ipAssetId));
    }

    /**
     * Records a new version of the asset's ownership. {@code expectedVersionNo} is the version the
     * caller read (0 before the first); of concurrent changes to the same version exactly one commits.
     */
    public Ownership change(long ipAssetId, int expectedVersionNo, OwnershipChange change) {
        assets.get(ipAssetId);
        Optional<OwnershipVersion> current = versions.current(ipAssetId);
        int currentNo = current.map(OwnershipVersion::getVersionNo).orElse(0);
        if (currentNo != expectedVersionNo) {
            throw new StaleVersionException("ownership of IP asset", ipAssetId, expectedVersionNo, currentNo);
        }
        OwnershipVersion next = current.map(c -> c.next(change, caller.actorName()))
                .orElseGet(() -> OwnershipVersion.first(ipAssetId, change, caller.actorName()));
        record(next);
        return ownership(ipAssetId);
    }

    /** Adds a version after checking that its owners exist; a concurrent version with the same number loses. */
    void record(OwnershipVersion version) {
        for (int i = 0; i < version.getShares().size(); i++) {
            institutions.reference("shares[" + i + "].institutionId", version.getShares().get(i).getInstitutionId());
        }
        versions.add(version);
        try {
            versions.flush();
        } catch (PersistenceException e) {
            throw new StaleVersionException("Someone else recorded ownership version " + version.getVersionNo()
                    + " of IP asset " + version.getIpAssetId() + " at the same time; read the ownership again");
        }
    }
}
