package org.hetao.registry.ownership;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.hetao.registry.account.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;

/** Reads an asset's ownership and records new versions of it. */
@Stateless
public class OwnershipService {
    public static final String KIND = "ownership";

    @Inject
    OwnershipRepository versions;
    @Inject
    IpAssetRepository assets;
    @Inject
    InstitutionRepository institutions;
    @Inject
    AccessGuard access;
    @Inject
    AssetAccess assetAccess;
    @Inject
    ChangeRecorder changes;
    @Inject
    Event<OwnershipChanged> ownershipChanged;

    public Ownership ownership(long ipAssetId) {
        assetAccess.checkRead(assets.get(ipAssetId));
        return new Ownership(ipAssetId, versions.current(ipAssetId), versions.history(ipAssetId));
    }

    /**
     * Records a new version of the asset's ownership. {@code expectedVersionNo} is the version the
     * caller read (0 before the first); of concurrent changes to the same version exactly one commits.
     * Observers of {@link OwnershipChanged} (agreements made from an older version) act in the same transaction.
     */
    public Ownership change(long ipAssetId, int expectedVersionNo, OwnershipChange change) {
        IpAsset asset = assets.get(ipAssetId);
        assetAccess.checkRead(asset);
        assetAccess.checkOwnershipWrite(asset);
        Optional<OwnershipVersion> current = versions.current(ipAssetId);
        int currentNo = current.map(OwnershipVersion::getVersionNo).orElse(0);
        if (currentNo != expectedVersionNo) {
            throw new StaleVersionException("ownership of IP asset", ipAssetId, expectedVersionNo, currentNo);
        }
        checkOwnersExist(change);
        OwnershipVersion next = current.map(c -> c.next(change, access.actorName()))
                .orElseGet(() -> OwnershipVersion.first(ipAssetId, change, access.actorName()));
        record(next);
        changes.updated(KIND, ipAssetId, current.map(OwnershipVersion::asChange).orElse(null), next.asChange());
        ownershipChanged.fire(new OwnershipChanged(ipAssetId, next.getVersionNo()));
        return new Ownership(ipAssetId, Optional.of(next), versions.history(ipAssetId));
    }

    /** Each named owner is an institution; errors name the line as the client sent it. */
    private void checkOwnersExist(OwnershipChange change) {
        if (change == null || change.shares() == null) {
            return;
        }
        for (int i = 0; i < change.shares().size(); i++) {
            ShareDetails s = change.shares().get(i);
            if (s != null && s.institutionId() != null) {
                institutions.reference("shares[" + i + "].institutionId", s.institutionId());
            }
        }
    }

    /** Adds a version; of two concurrent versions with the same number, the later loses. */
    private void record(OwnershipVersion version) {
        versions.add(version);
        try {
            versions.flush();
        } catch (PersistenceException e) {
            throw new StaleVersionException("Someone else recorded ownership version " + version.getVersionNo()
                    + " of IP asset " + version.getIpAssetId() + " at the same time; read the ownership again");
        }
    }
}
