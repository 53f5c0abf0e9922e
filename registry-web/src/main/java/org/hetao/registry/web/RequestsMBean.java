package org.hetao.registry.web;

/**
 * What the launcher reads once the registry is deployed and while the process stops (platform MBean
 * {@code org.hetao.registry:type=Requests}).
 */
public interface RequestsMBean {
    /** Requests the application is serving now. */
    int getInFlight();

    /** Background work (outbox drains, imports) running now. */
    int getBackgroundWork();

    /** The longest the launcher waits for them on SIGTERM ({@code registry.stop.drain.seconds}). */
    int getDrainSeconds();

    /** How a person signs in, for the launcher's "ready at" line. */
    String getSignIn();
}
