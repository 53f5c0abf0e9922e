package org.hetao.registry.project;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.institution.InstitutionRepository;

/**
 * Who crosses into the Hong Kong park on a day: the staff of mainland institutions working there.
 * An office (TTO) sees its own institution's staff only; administrators and legal see every
 * institution's, or one institution's when they name it.
 */
@Stateless
public class CrossingService {
    @Inject
    CrossingRepository crossings;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AccessGuard access;

    public List<Crossing> on(LocalDate day, Long institutionId) {
        Long own = access.ownInstitution();
        if (institutionId != null) {
            institutions.reference("institutionId", institutionId);
            access.checkActsFor("institutionId", institutionId);
        }
        return crossings.on(day, own != null ? own : institutionId);
    }
}
