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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.PeriodicCheck;

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

    private final PeriodicCheck periodic = new PeriodicCheck("The check of ownership proposals' deadlines", LOG);

    @PostConstruct
    void start() {
        periodic.start(scheduler, FIRST_CHECK_SECONDS, RegistrySetting.INBOX_CHECK_SECONDS.intValue(), () -> {
            Result r = checkNow();
            if (r.expired() + r.warned() > 0) {
                LOG.info(() -> "Proposal deadlines: " + r.expired() + " expired, " + r.warned()
                        + " office(s) told of an expiry soon");
            }
        });
    }

    @PreDestroy
    void stop() {
        periodic.stop();
    }

    /** One check now (also called by the schedule); returns the proposals expired and the offices warned. */
    public Result checkNow() {
        return periodic.exclusively(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int expired = 0;
            int warned = 0;
            OffsetDateTime until =
                    now.plus(Duration.ofDays(Math.max(0, RegistrySetting.INBOX_EXPIRING_DAYS.intValue())));
            List<Long> due = check.due(now, until, BATCH);
            for (long id : due) {
                if (!periodic.going()) {
                    break;
                }
                try {
                    if (check.expire(id)) {
                        expired++;
                    } else {
                        warned += check.warn(id, now);
                    }
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "The deadline check of ownership proposal " + id
                                    + " failed; it is tried again at the next check",
                            e);
                }
            }
            return new Result(expired, warned);
        });
    }

    /** What one check did. */
    public record Result(int expired, int warned) {}
}
