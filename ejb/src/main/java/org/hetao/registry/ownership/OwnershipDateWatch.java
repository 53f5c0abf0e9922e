package org.hetao.registry.ownership;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.config.BackgroundWork;

/**
 * Runs {@link OwnershipDates} soon after start-up (dates that arrived while the registry was down)
 * and every day one minute after midnight in the zone. A stop cancels the schedule and waits for a
 * running check; a check that fails is logged and repeated at the next run (it is idempotent).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OwnershipDateWatch {
    private static final Logger LOG = Logger.getLogger(OwnershipDateWatch.class.getName());
    static final Duration AFTER_START = Duration.ofSeconds(5);
    static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(1);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OwnershipDates dates;

    @Inject
    RegistryClock clock;

    private final ReentrantLock checking = new ReentrantLock();
    private volatile boolean running;
    private volatile ScheduledFuture<?> atStart;
    private volatile ScheduledFuture<?> daily;

    @PostConstruct
    void start() {
        running = true;
        atStart = scheduler.schedule(this::check, AFTER_START.toMillis(), TimeUnit.MILLISECONDS);
        ZonedDateTime now = ZonedDateTime.now(RegistryClock.ZONE);
        ZonedDateTime next =
                now.toLocalDate().plusDays(1).atStartOfDay(RegistryClock.ZONE).plus(AFTER_MIDNIGHT);
        daily = scheduler.scheduleAtFixedRate(
                this::check,
                Duration.between(now, next).toMillis(),
                Duration.ofDays(1).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        running = false;
        for (ScheduledFuture<?> f : new ScheduledFuture<?>[] {atStart, daily}) {
            if (f != null) {
                f.cancel(false);
            }
        }
        checking.lock();
        checking.unlock();
    }

    private void check() {
        if (!running || !BackgroundWork.enter()) {
            return;
        }
        checking.lock();
        try {
            if (running) {
                List<Long> changed = dates.actOnDatesReached(clock.today());
                if (!changed.isEmpty()) {
                    LOG.info(() -> "Scheduled ownership versions came into force for IP assets " + changed);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Acting on ownership versions whose date arrived failed; the next check tries again",
                    e);
        } finally {
            checking.unlock();
            BackgroundWork.exit();
        }
    }
}
