package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.ownership.OwnershipChanged;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * When a version of an asset's ownership comes into force, flags the agreements made from any other
 * version as out of date, in the same transaction: an agreement states the owners in force on its
 * date, so once they are no longer the current owners it is out of date. This covers corrections
 * too: an agreement whose date falls in a period a correction changes was made from a version that
 * is not the one in force now (or the correction is in force now and it fires this event itself).
 */
@ApplicationScoped
public class OutOfDateAgreements {
    @Inject
    AgreementRepository agreements;

    @Inject
    ChangeRecorder changes;

    @Inject
    OwnershipRepository ownership;

    @Inject
    Event<AgreementStep> steps;

    void ownershipChanged(@Observes OwnershipChanged change) {
        // the version in force is read, not taken from the event: an import continues a history in the order of
        // recording
        Optional<OwnershipVersion> current = ownership.current(change.ipAssetId());
        if (current.isEmpty()) {
            return;
        }
        for (Agreement a : agreements.madeFromOtherOwnership(
                change.ipAssetId(), current.get().getVersionNo())) {
            AgreementRecord before = a.record();
            if (a.flagOutOfDate()) {
                changes.updated(Agreement.KIND, a.getId(), before, a.record());
                steps.fire(AgreementStep.of(a, AgreementStep.Kind.OUT_OF_DATE, "system"));
            }
        }
        agreements.flush();
    }
}
