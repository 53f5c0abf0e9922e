package org.hetao.registry.inbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hetao.registry.config.BackgroundWork;
import org.hetao.registry.config.Stopping;

/**
 * Sends inbox items by e-mail when {@code registry.mail.enabled} is true: only after the step's
 * transaction committed, on the container's managed executor, never in the request. A message the
 * SMTP server does not take is tried {@value #ATTEMPTS} times in all, a little later each time, and
 * then logged and given up: e-mail never fails or rolls back the step, and the inbox item stays.
 */
@ApplicationScoped
public class InboxMailer {
    static final int ATTEMPTS = 3;
    static final long RETRY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(InboxMailer.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
    @Inject
    MailRecipients recipients;

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxItemsWritten written) {
        try {
            MailSettings settings = MailSettings.fromConfig();
            if (!settings.enabled()) {
                return;
            }
            executor.execute(() -> deliver(settings, written.itemIds()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The e-mail of inbox items " + written.itemIds() + " could not be started; the items are in the inbox", e);
        }
    }

    private void deliver(MailSettings settings, List<Long> itemIds) {
        if (!BackgroundWork.enter()) {
            return;
        }
        try {
            List<MailMessage> pending = recipients.messages(itemIds);
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
                int n = pending.size();
                LOG.log(Level.WARNING, n + " e-mail(s) of inbox items " + itemIds + " could not be sent to " + settings.host() + ":" + settings.port()
                        + " and are given up; the items are in the offices' inboxes", last);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The e-mail of inbox items " + itemIds + " failed; the items are in the offices' inboxes", e);
        } finally {
            BackgroundWork.exit();
        }
    }
}
