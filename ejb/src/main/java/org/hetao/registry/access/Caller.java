package org.hetao.registry.access;

/** The signed-in account on whose behalf a request runs. */
public record Caller(long accountId, String username, Role role, Long institutionId) {
    /**
     * Someone reading the public catalogue without signing in: no account, and an investor's read
     * scope, so that exactly what an investor may read is public and nothing more.
     */
    public static final Caller PUBLIC_VISITOR = new Caller(0, "public visitor", Role.INVESTOR, null);

    public boolean is(Role r) {
        return role == r;
    }
}
