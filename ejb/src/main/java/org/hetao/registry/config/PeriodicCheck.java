package org.hetao.registry.config;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A check that runs on the container's scheduled executor soon after start-up and then every so many
 * seconds, one run at a time, as background work a stop waits for: no run starts once the process is
 * stopping, {@link #stop()} cancels the schedule and waits for the running one, and a run that fails
 * is logged and left to the next (in one line when the process is ending under it).
 */
public final class PeriodicCheck {
    private final String what;
    private final Logger log;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile boolean running;
    private volatile ScheduledFuture<?> schedule;

    /** {@code what} names the check in the log, e.g. "the check of saved-search digests". */
    public PeriodicCheck(String what, Logger log) {
        this.what = what;
        this.log = log;
    }

    /** Runs {@code check} after {@code firstSeconds} (at most {@code everySeconds}), then every {@code everySeconds}. */
    public void start(ManagedScheduledExecutorService scheduler, long firstSeconds, long everySeconds, Runnable check) {
        long every = Math.max(1, everySeconds);
        running = true;
        schedule = scheduler.scheduleWithFixedDelay(
                () -> scheduled(check), Math.min(firstSeconds, every), every, TimeUnit.SECONDS);
    }

    public void stop() {
        running = false;
        ScheduledFuture<?> s = schedule;
        if (s != null) {
            s.cancel(false);
        }
        checking.lock();
        checking.unlock();
    }

    /** Whether a check may go on: started, not stopped, the process not stopping. */
    public boolean going() {
        return running && !Stopping.now();
    }

    /** Runs one check now, never beside another one. */
    public <T> T exclusively(Supplier<T> check) {
        checking.lock();
        try {
            return check.get();
        } finally {
            checking.unlock();
        }
    }

    /**
     * Works through what a run found due, one item at a time (each in its own transaction, as {@code work}
     * runs it), while the check may go on; an item that fails is logged — {@code what} names it — and
     * left to the next run. Returns the sum of what {@code work} returned (e.g. the items written).
     */
    public <T> int each(List<T> due, ToIntFunction<T> work, Function<T, String> what) {
        int done = 0;
        for (T item : due) {
            if (!going()) {
                break;
            }
            try {
                done += work.applyAsInt(item);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, what.apply(item) + " failed; it is tried again at the next check", e);
            }
        }
        return done;
    }

    private void scheduled(Runnable check) {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            if (going()) {
                check.run();
            }
        } catch (RuntimeException e) {
            if (Stopping.now()) {
                // the container goes away under the run: the next start runs it again
                log.info(() -> what + " ended with the process: " + e);
            } else {
                log.log(Level.WARNING, what + " failed; it runs again later", e);
            }
        } finally {
            BackgroundWork.exit();
        }
    }
}
