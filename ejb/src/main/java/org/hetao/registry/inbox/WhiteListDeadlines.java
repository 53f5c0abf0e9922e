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
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.PeriodicCheck;

/**
 * Tells the office of the employing institution, {@code registry.white.list.expiring.days} days (30 by
 * default) before a staff member's cross-boundary white-list registration ends, that it ends while
 * the person goes on working in the Hong Kong park: one inbox item (and e-mail) per staffing line,
 * last valid day and lead time, kept in the database so that a restart does not repeat it. Runs every
 * {@code registry.inbox.check.seconds} seconds, one line per transaction, and stops at shutdown.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WhiteListDeadlines {
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(WhiteListDeadlines.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    WhiteListExpiryCheck check;

    private final RegistryClock clock = new RegistryClock();
    private final PeriodicCheck periodic = new PeriodicCheck("The check of white-list registrations' ends", LOG);

    @PostConstruct
    void start() {
        periodic.start(
                scheduler,
                ProposalDeadlines.FIRST_CHECK_SECONDS,
                RegistrySetting.INBOX_CHECK_SECONDS.intValue(),
                () -> {
                    int warned = checkNow();
                    if (warned > 0) {
                        LOG.info(() -> "White-list registrations: " + warned + " office(s) told of an end soon");
                    }
                });
    }

    @PreDestroy
    void stop() {
        periodic.stop();
    }

    /** One check now (also called by the schedule); returns how many warnings it wrote. */
    public int checkNow() {
        return periodic.exclusively(() -> {
            int lead = RegistrySetting.WHITE_LIST_EXPIRING_DAYS.intValue();
            if (lead <= 0) {
                return 0;
            }
            OffsetDateTime now = clock.now();
            return periodic.each(
                    check.due(clock.today(), lead, BATCH),
                    e -> check.warn(e, lead, now) ? 1 : 0,
                    e -> "The warning of the end of staffing line " + e.staffingId() + "'s white-list registration");
        });
    }
}
