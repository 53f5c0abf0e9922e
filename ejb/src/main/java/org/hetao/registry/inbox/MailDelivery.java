package org.hetao.registry.inbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.Stopping;

/**
 * Sends e-mail when {@code registry.mail.enabled} is true, on the container's managed executor and
 * never in the request: the messages are built there, and those the SMTP server does not take are
 * tried {@value #ATTEMPTS} times in all, a little later each time, then logged (without their text,
 * which may hold a link's secret) and given up. Callers hand it their messages after their step
 * committed; a failure to send never reaches the step.
 */
@ApplicationScoped
public class MailDelivery {
    static final int ATTEMPTS = 3;
    static final long RETRY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /**
     * Sends {@code messages} (built on the executor) later; {@code what} names them in the log, e.g.
     * "the e-mail of inbox items [3, 4]", and {@code meanwhile} says what stays when they are given up.
     */
    public void later(Supplier<List<MailMessage>> messages, String what, String meanwhile) {
        try {
            MailSettings settings = MailSettings.fromConfig();
            if (!settings.enabled()) {
                return;
            }
            executor.execute(() -> deliver(settings, messages, what, meanwhile));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " could not be started" + meanwhile, e);
        }
    }

    private void deliver(MailSettings settings, Supplier<List<MailMessage>> messages, String what, String meanwhile) {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            List<MailMessage> pending = messages.get();
            Mailer mailer = new Mailer(settings);
            Exception last = null;
            for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty() && !Stopping.now(); attempt++) {
                if (attempt > 1) {
                    TimeUnit.SECONDS.sleep(RETRY_SECONDS * (attempt - 1));
                }
                try {
                    pending = mailer.send(pending);
                } catch (Exception e) {
                    last = e;
                }
            }
            if (!pending.isEmpty()) {
                LOG.log(
                        Level.WARNING,
                        pending.size() + " message(s) of " + what + " could not be sent to " + settings.host() + ":"
                                + settings.port() + " and are given up" + meanwhile,
                        last);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed" + meanwhile, e);
        } finally {
            BackgroundWork.exit();
        }
    }
}
