package org.hetao.registry.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.AuthenticationException;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Permission;
import org.hetao.registry.access.Role;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class AccountTest {
    @Test
    void aTtoActsForExactlyOneInstitution() {
        assertEquals(
                "institutionId",
                assertThrows(InvalidValueException.class, () -> new Account("tto-hku", "h", Role.TTO, null))
                        .errors()
                        .get(0)
                        .field());
        assertThrows(InvalidValueException.class, () -> new Account("investor", "h", Role.INVESTOR, 5L));
        assertEquals(7L, new Account("tto-hku", "h", Role.TTO, 7L).getInstitutionId());
    }

    @Test
    void usernamesAreSimpleLowerCaseNames() {
        assertThrows(InvalidValueException.class, () -> new Account("Bad Name", "h", Role.LEGAL, null));
        assertThrows(InvalidValueException.class, () -> new Account("ab", "h", Role.LEGAL, null));
    }

    @Test
    void permissionsFollowTheRole() {
        Caller investor = new Caller(1, "i", Role.INVESTOR, null);
        Caller tto = new Caller(2, "t", Role.TTO, 9L);
        assertThrows(AccessDeniedException.class, () -> AccessPolicy.check(investor, Permission.REGISTRY_WRITE));
        AccessPolicy.check(tto, Permission.REGISTRY_WRITE);
        assertThrows(AccessDeniedException.class, () -> AccessPolicy.check(tto, Permission.ACCOUNT_MANAGE));
        assertThrows(AuthenticationException.class, () -> AccessPolicy.check(null, Permission.REGISTRY_READ));
    }
}
