package org.hetao.registry.config;

import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * Lets the H2 database load the application's own classes (the audit log's append-only trigger,
 * migration V11_1). Payara Micro ships H2 outside the application, so H2's own class loader cannot
 * see them, and the thread that opens the database or fires the trigger need not carry the
 * application's class loader either: this hands H2 that loader for the application's packages.
 */
final class H2Classes implements Utils.ClassFactory {
    private static final String PACKAGE = "org.hetao.registry.";
    private static H2Classes registered;

    private H2Classes() {}

    /** Registers the application's class loader with H2 (once; again after {@link #unregister}). */
    static synchronized void register() {
        if (registered == null) {
            registered = new H2Classes();
            JdbcUtils.addClassFactory(registered);
        }
    }

    /** Forgets the application's class loader, so that H2 does not keep an undeployed application alive. */
    static synchronized void unregister() {
        if (registered != null) {
            JdbcUtils.removeClassFactory(registered);
            registered = null;
        }
    }

    @Override
    public boolean match(String name) {
        return name.startsWith(PACKAGE);
    }

    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return Class.forName(name, true, H2Classes.class.getClassLoader());
    }
}
