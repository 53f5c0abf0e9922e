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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.PeriodicCheck;

/**
 * Tells the offices of the parties to an ownership version or agreement when one of its recordals
 * needs them (the recordal rules: a CNIPA assignment not yet registered, a CNIPA licence not filed
 * within three months, a Hong Kong transaction not registered): one inbox item (and e-mail) per
 * office, recordal and rule, kept in the database so that a restart does not repeat it. Runs every
 * {@code registry.inbox.check.seconds} seconds, one warning per transaction, and stops at shutdown.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RecordalDeadlines {
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(RecordalDeadlines.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    RecordalWarningCheck check;

    private final RegistryClock clock = new RegistryClock();
    private final PeriodicCheck periodic = new PeriodicCheck("The check of recordals", LOG);

    @PostConstruct
    void start() {
        periodic.start(
                scheduler,
                ProposalDeadlines.FIRST_CHECK_SECONDS,
                RegistrySetting.INBOX_CHECK_SECONDS.intValue(),
                () -> {
                    int warned = checkNow();
                    if (warned > 0) {
                        LOG.info(() -> "Recordals: " + warned + " warning(s) sent to the parties' offices");
                    }
                });
    }

    @PreDestroy
    void stop() {
        periodic.stop();
    }

    /** One check now (also called by the schedule); returns how many warnings it sent. */
    public int checkNow() {
        return periodic.exclusively(() -> {
            LocalDate today = clock.today();
            OffsetDateTime now = clock.now();
            return periodic.each(
                    check.due(today, BATCH),
                    d -> check.warn(d, today, now) ? 1 : 0,
                    d -> "The warning " + d.code() + " about recordal " + d.recordalId());
        });
    }
}
