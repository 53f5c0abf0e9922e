package org.hetao.registry.config;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background work running now (outbox drains, imports), counted so that a stop waits for it: each
 * piece enters before it reads {@link Stopping#now()}, so once the process is stopping and the count
 * is zero no piece is running or will start.
 */
public final class BackgroundWork {
    private static final AtomicInteger RUNNING = new AtomicInteger();

    private BackgroundWork() {}

    /** Counts the caller in; false, and nothing counted, if the process is stopping. */
    public static boolean enter() {
        RUNNING.incrementAndGet();
        if (Stopping.now()) {
            RUNNING.decrementAndGet();
            return false;
        }
        return true;
    }

    public static void exit() {
        RUNNING.decrementAndGet();
    }

    public static int running() {
        return RUNNING.get();
    }
}
