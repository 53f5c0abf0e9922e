package org.hetao.registry.config;

/**
 * Whether the process is stopping: the launcher sets the JVM-wide property {@value #PROPERTY} on
 * SIGTERM (the registry runs in another class loader, so a system property is what both see), and a
 * {@link RefusedSetting} ends the process as soon as it is refused. From then on new requests are
 * answered 503, readiness is down and background work starts nothing new.
 */
public final class Stopping {
    public static final String PROPERTY = "registry.stopping";

    private Stopping() {}

    public static boolean now() {
        return Boolean.getBoolean(PROPERTY) || System.getProperty(RefusedSetting.PROPERTY) != null;
    }
}
