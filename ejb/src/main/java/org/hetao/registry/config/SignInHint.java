package org.hetao.registry.config;

/**
 * How a person signs in to the registry that just started, for the launcher's "ready at" line
 * (published through the {@code Requests} MBean): the first administrator's password source on the
 * first start, the demo administrator when the demo data set is there.
 */
public final class SignInHint {
    private static volatile String hint = "sign in with an account of this registry";

    private SignInHint() {}

    public static String get() {
        return hint;
    }

    public static void set(String value) {
        hint = value;
    }
}
