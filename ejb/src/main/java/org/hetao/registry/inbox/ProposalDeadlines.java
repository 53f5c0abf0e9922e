package org.hetao.registry.inbox;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.RegistrySetting;
import org.hetao.registry.config.Stopping;

/**
 * Proposals expire lazily when they are next read or decided; this check, run every
 * {@code registry.inbox.check.seconds} seconds (an hour by default) on the container's scheduled executor, also stores
 * the expiry of open proposals past their date (so their offices hear of it) and tells the offices
 * still to approve a proposal {@code registry.inbox.expiring.days} days before it expires. Each
 * proposal is one transaction. It stops at shutdown: no check starts once the process is stopping,
 * and the stop waits for the one running.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProposalDeadlines {
    static final int BATCH = 1000;
    static final long FIRST_CHECK_SECONDS = 15;
    private static final Logger LOG = Logger.getLogger(ProposalDeadlines.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;
    @Inject
    DeadlineCheck check;

    private final ReentrantLock checking = new ReentrantLock();
    private volatile boolean running;
    private volatile ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        long every = Math.max(1, RegistrySetting.INBOX_CHECK_SECONDS.intValue());
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

    /** One check now (also called by the schedule); returns the proposals expired and the offices warned. */
    public Result checkNow() {
        checking.lock();
        try {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int expired = 0;
            int warned = 0;
            OffsetDateTime until = now.plus(Duration.ofDays(Math.max(0, RegistrySetting.INBOX_EXPIRING_DAYS.intValue())));
            List<Long> due = check.due(now, until, BATCH);
            for (long id : due) {
                if (!going()) {
                    break;
                }
                try {
                    if (check.expire(id)) {
                        expired++;
                    } else {
                        warned += check.warn(id, now);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The deadline check of ownership proposal " + id + " failed; it is tried again at the next check", e);
                }
            }
            return new Result(expired, warned);
        } finally {
            checking.unlock();
        }
    }

    /** What one check did. */
    public record Result(int expired, int warned) {
    }

    private void run() {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            if (going()) {
                Result r = checkNow();
                if (r.expired() + r.warned() > 0) {
                    LOG.info(() -> "Proposal deadlines: " + r.expired() + " expired, " + r.warned() + " office(s) told of an expiry soon");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The check of ownership proposals' deadlines failed; it runs again later", e);
        } finally {
            BackgroundWork.exit();
        }
    }

    private boolean going() {
        return running && !Stopping.now();
    }
}
