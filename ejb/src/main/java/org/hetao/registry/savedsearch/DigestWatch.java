package org.hetao.registry.savedsearch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.RegistrySetting;
import org.hetao.registry.config.Stopping;

/**
 * Sends the saved searches' digests that are due, soon after start-up (periods that ended while the
 * registry was down) and then every {@code registry.digest.check.seconds} seconds (an hour by
 * default), each search in a transaction of its own. Sending is idempotent: a digest sent moves its
 * search past the period in the same transaction, so a check that runs again, here or on another
 * instance, finds nothing more to send. Nothing runs while e-mail is off. A stop cancels the schedule
 * and waits for the running check.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DigestWatch {
    static final long FIRST_CHECK_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(DigestWatch.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Inject
    DigestService digests;
    @Inject
    RegistryClock clock;

    private final ReentrantLock checking = new ReentrantLock();
    private volatile boolean running;
    private volatile ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long every = Math.max(1, RegistrySetting.DIGEST_CHECK_SECONDS.intValue());
        running = true;
        schedule = scheduler.scheduleWithFixedDelay(this::run, Math.min(FIRST_CHECK_SECONDS, every), every, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        running = false;
        ScheduledFuture<?> s = schedule;
        if (s != null) {
            s.cancel(false);
        }
        checking.lock();
        checking.unlock();
    }

    /** One check now (also called by the schedule); returns how many digest periods were closed. */
    public int checkNow() {
        checking.lock();
        try {
            int closed = 0;
            for (long id : digests.withDigest()) {
                if (!going()) {
                    break;
                }
                try {
                    if (digests.sendIfDue(id, clock.now())) {
                        closed++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The digest of saved search " + id + " could not be sent; it is tried again at the next check", e);
                }
            }
            return closed;
        } finally {
            checking.unlock();
        }
    }

    private void run() {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            if (going() && RegistrySetting.MAIL_ENABLED.booleanValue()) {
                int closed = checkNow();
                if (closed > 0) {
                    LOG.info(() -> "Saved-search digests: " + closed + " period(s) closed");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The check of saved-search digests failed; it runs again later", e);
        } finally {
            BackgroundWork.exit();
        }
    }

    private boolean going() {
        return running && !Stopping.now();
    }
}
