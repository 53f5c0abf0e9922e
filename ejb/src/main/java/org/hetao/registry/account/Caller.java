package org.hetao.registry.account;

/** The signed-in account on whose behalf a request runs. */
public record Caller(long accountId, String username, Role role, Long institutionId) {
    public boolean is(Role r) {
        return role == r;
    }
}
