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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.config.PeriodicCheck;

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

    private final PeriodicCheck check = new PeriodicCheck("The check of saved-search digests", LOG);

    @PostConstruct
    void start() {
        check.start(scheduler, FIRST_CHECK_SECONDS, RegistrySetting.DIGEST_CHECK_SECONDS.intValue(), () -> {
            if (RegistrySetting.MAIL_ENABLED.booleanValue()) {
                int closed = checkNow();
                if (closed > 0) {
                    LOG.info(() -> "Saved-search digests: " + closed + " period(s) closed");
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        check.stop();
    }

    /** One check now (also called by the schedule); returns how many digest periods were closed. */
    public int checkNow() {
        return check.exclusively(() -> {
            int closed = 0;
            for (long id : digests.withDigest()) {
                if (!check.going()) {
                    break;
                }
                try {
                    if (digests.sendIfDue(id, clock.now())) {
                        closed++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "The digest of saved search " + id
                                    + " could not be sent; it is tried again at the next check",
                            e);
                }
            }
            return closed;
        });
    }
}
