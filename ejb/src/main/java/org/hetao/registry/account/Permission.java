package org.hetao.registry.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an operation needs. Every API operation declares one of these; {@link AccessPolicy}
 * is the one place that decides which roles hold it.
 */
public enum Permission {
    /** Read institutions, people, projects, IP assets and ownership (visibility rules apply). */
    REGISTRY_READ(EnumSet.allOf(Role.class)),
    /** Create and change people, projects, staffing, IP assets and ownership. */
    REGISTRY_WRITE(EnumSet.of(Role.ADMIN, Role.TTO)),
    /** Create, change and delete institutions. */
    INSTITUTION_MANAGE(EnumSet.of(Role.ADMIN)),
    /** Create, change, disable and list accounts. */
    ACCOUNT_MANAGE(EnumSet.of(Role.ADMIN)),
    /** Any signed-in account: its own profile and token. */
    AUTHENTICATED(EnumSet.allOf(Role.class));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<Role> roles() {
        return roles;
    }
}
