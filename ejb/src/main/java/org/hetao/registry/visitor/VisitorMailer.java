package org.hetao.registry.visitor;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.Stopping;
import org.hetao.registry.inbox.MailMessage;
import org.hetao.registry.inbox.MailSettings;
import org.hetao.registry.inbox.Mailer;

/**
 * Sends the e-mails to public visitors after their step committed, on the container's managed
 * executor, never in the request: {@value #ATTEMPTS} attempts, a little later each time, then logged
 * (without the message, which may hold a link's secret) and given up.
 */
@ApplicationScoped
public class VisitorMailer {
    static final int ATTEMPTS = 3;
    static final long RETRY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(VisitorMailer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorMail mail) {
        try {
            MailSettings settings = MailSettings.fromConfig();
            if (!settings.enabled()) {
                return;
            }
            executor.execute(() -> deliver(settings, mail.message()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An e-mail to a public visitor could not be started", e);
        }
    }

    private void deliver(MailSettings settings, MailMessage message) {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            List<MailMessage> pending = List.of(message);
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
                LOG.log(Level.WARNING, "An e-mail to a public visitor could not be sent to " + settings.host() + ":" + settings.port()
                        + " and is given up", last);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An e-mail to a public visitor failed", e);
        } finally {
            BackgroundWork.exit();
        }
    }
}
