package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.ownership.OwnershipChanged;

/**
 * When an asset's ownership changes, flags the agreements made from an earlier ownership version as
 * out of date, in the same transaction as the change.
 */
@ApplicationScoped
public class OutOfDateAgreements {
    @Inject
    AgreementRepository agreements;
    @Inject
    ChangeRecorder changes;
    @Inject
    Event<AgreementStep> steps;

    void ownershipChanged(@Observes OwnershipChanged change) {
        for (Agreement a : agreements.madeFromOwnershipBefore(change.ipAssetId(), change.versionNo())) {
            AgreementRecord before = a.record();
            if (a.flagOutOfDate()) {
                changes.updated(Agreement.KIND, a.getId(), before, a.record());
                steps.fire(AgreementStep.of(a, AgreementStep.Kind.OUT_OF_DATE, "system"));
            }
        }
        agreements.flush();
    }
}
