package org.hetao.registry.web;

/** What the launcher reads while the process stops (platform MBean {@code org.hetao.registry:type=Requests}). */
public interface RequestsMBean {
    /** Requests the application is serving now. */
    int getInFlight();

    /** Background work (outbox drains, imports) running now. */
    int getBackgroundWork();

    /** The longest the launcher waits for them on SIGTERM ({@code registry.stop.drain.seconds}). */
    int getDrainSeconds();
}
