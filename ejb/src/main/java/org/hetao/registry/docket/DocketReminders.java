package org.hetao.registry.docket;

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
import java.time.Period;
import java.util.List;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.PeriodicCheck;

/**
 * Every {@code registry.docket.check.seconds} seconds (an hour by default), tells the owning offices
 * of the patent deadlines whose lead times ({@code registry.docket.reminder.leads}: 3 months, 1 month
 * and 1 week by default) were reached: an inbox item, and e-mail when mail is on. What was sent is
 * stored with the item, so a restart sends nothing twice. One asset is one transaction; it stops at shutdown.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DocketReminders {
    static final long FIRST_CHECK_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(DocketReminders.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReminderCheck check;

    @Inject
    RegistryClock clock;

    private final PeriodicCheck periodic = new PeriodicCheck("The check of patent deadlines' reminders", LOG);

    @PostConstruct
    void start() {
        periodic.start(scheduler, FIRST_CHECK_SECONDS, RegistrySetting.DOCKET_CHECK_SECONDS.intValue(), () -> {
            int sent = checkNow();
            if (sent > 0) {
                LOG.info(() -> "Patent deadlines: " + sent + " reminder(s) sent to offices");
            }
        });
    }

    @PreDestroy
    void stop() {
        periodic.stop();
    }

    /** One check now (also called by the schedule); returns the inbox items written. */
    public int checkNow() {
        return periodic.exclusively(() -> {
            List<Period> leads = ReminderCheck.leads(RegistrySetting.DOCKET_REMINDER_LEADS.value());
            if (leads.isEmpty()) {
                return 0;
            }
            DeadlineCalculator calculator = DocketService.calculator();
            LocalDate today = clock.today();
            OffsetDateTime now = clock.now();
            return periodic.each(
                    check.assets(),
                    id -> check.remind(id, today, leads, calculator, now),
                    id -> "The deadline reminders of IP asset " + id);
        });
    }
}
