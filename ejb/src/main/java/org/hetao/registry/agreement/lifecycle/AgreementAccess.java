package org.hetao.registry.agreement.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.NotFoundException;

/**
 * Who may read an agreement: LEGAL and ADMIN every one, a technology-transfer office those its
 * institution is a party to, investors none. To anyone else it does not exist.
 */
@ApplicationScoped
public class AgreementAccess {
    @Inject
    AccessGuard access;

    public void checkRead(Agreement agreement) {
        if (!readable(agreement)) {
            throw new NotFoundException(Agreement.KIND, agreement.getId());
        }
    }

    /** Whether the caller may read the agreement. */
    public boolean readable(Agreement agreement) {
        ReadScope scope = access.scope();
        return scope.everything()
                || !scope.investor()
                        && scope.institutionId() != null
                        && agreement.partyInstitutions().contains(scope.institutionId());
    }
}
