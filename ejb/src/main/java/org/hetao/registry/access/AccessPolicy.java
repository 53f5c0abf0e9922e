package org.hetao.registry.access;

/** The one place that decides whether a caller holds a permission. */
public final class AccessPolicy {
    private AccessPolicy() {}

    public static boolean allows(Caller caller, Permission permission) {
        return caller != null && permission.roles().contains(caller.role());
    }

    public static void check(Caller caller, Permission permission) {
        if (caller == null) {
            throw new AuthenticationException(
                    "Sign in first: send Authorization: Bearer <token> (POST /api/auth/token issues one)");
        }
        if (!allows(caller, permission)) {
            throw new AccessDeniedException("The role " + caller.role() + " may not do this (needs " + permission
                    + ", held by " + permission.roles() + ")");
        }
    }
}
