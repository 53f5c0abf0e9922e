package org.hetao.registry.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.InstitutionRepository;

/**
 * The one path by which an ownership version takes effect, whether recorded directly or as the
 * last approval of a proposal arrives: it checks that the version it follows is still current,
 * stores the version, audits it and fires {@link OwnershipChanged} in the same transaction (so that
 * agreements made from an older version are marked out of date). Whoever calls it has decided that
 * the change may take effect ({@link ApprovalRule}).
 */
@ApplicationScoped
public class OwnershipLedger {
    @Inject
    OwnershipRepository versions;
    @Inject
    InstitutionRepository institutions;
    @Inject
    ChangeRecorder changes;
    @Inject
    Event<OwnershipChanged> ownershipChanged;

    /** The new version, numbered one past {@code expectedVersionNo}, which must be the current version's (0 before the first). */
    public Ownership record(long ipAssetId, int expectedVersionNo, OwnershipChange change, String recordedBy) {
        Optional<OwnershipVersion> current = versions.current(ipAssetId);
        int currentNo = current.map(OwnershipVersion::getVersionNo).orElse(0);
        if (currentNo != expectedVersionNo) {
            throw new StaleVersionException("ownership of IP asset", ipAssetId, expectedVersionNo, currentNo);
        }
        checkOwnersExist(change);
        OwnershipVersion next = current.map(c -> c.next(change, recordedBy))
                .orElseGet(() -> OwnershipVersion.first(ipAssetId, change, recordedBy));
        store(next);
        changes.updated(OwnershipService.KIND, ipAssetId, current.map(OwnershipVersion::asChange).orElse(null), next.asChange());
        ownershipChanged.fire(new OwnershipChanged(ipAssetId, next.getVersionNo()));
        return new Ownership(ipAssetId, Optional.of(next), versions.history(ipAssetId));
    }

    /** Each named owner is an institution; errors name the line as the client sent it. */
    public void checkOwnersExist(OwnershipChange change) {
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
    private void store(OwnershipVersion version) {
        versions.add(version);
        try {
            versions.flush();
        } catch (PersistenceException e) {
            throw new StaleVersionException("Someone else recorded ownership version " + version.getVersionNo()
                    + " of IP asset " + version.getIpAssetId() + " at the same time; read the ownership again");
        }
    }
}
