package org.hetao.registry.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Optional;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.institution.InstitutionRepository;

/**
 * The one path by which an ownership version is recorded, whether directly or as the last approval
 * of a proposal arrives: it checks that the version it is based on is still the latest recorded,
 * stores the version (a correction when it is dated before the current one: {@link OwnershipTimeline}),
 * audits it and, when the new version is in force today, fires {@link OwnershipChanged} in the same
 * transaction (so that agreements made from another version are marked out of date). A version
 * dated later is scheduled: it changes nothing today, and {@link OwnershipDates} fires the event on
 * its date. Whoever calls it has decided that the change may take effect ({@link ApprovalRule}).
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

    @Inject
    RegistryClock clock;

    /** The new version, numbered one past {@code expectedVersionNo}, which must be the latest recorded version's (0 before the first). */
    public Ownership record(long ipAssetId, int expectedVersionNo, OwnershipChange change, String recordedBy) {
        OwnershipTimeline timeline = versions.timeline(ipAssetId);
        int latestNo = timeline.latestVersionNo();
        if (latestNo != expectedVersionNo) {
            throw new StaleVersionException("ownership of IP asset", ipAssetId, expectedVersionNo, latestNo);
        }
        checkOwnersExist(change);
        LocalDate today = clock.today();
        OwnershipVersion next = timeline.record(ipAssetId, change, recordedBy, today, clock.now());
        Optional<OwnershipVersion> replaced = timeline.inForceOn(next.getEffectiveFrom());
        store(next);
        changes.updated(
                OwnershipService.KIND,
                ipAssetId,
                replaced.map(OwnershipVersion::asChange).orElse(null),
                next.asChange());
        OwnershipTimeline after = timeline.with(next);
        if (after.inForceOn(today).orElse(null) == next) {
            ownershipChanged.fire(new OwnershipChanged(ipAssetId, next.getVersionNo()));
        }
        return new Ownership(ipAssetId, today, after);
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
