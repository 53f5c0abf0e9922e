package org.hetao.registry.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Sends inbox items by e-mail (through {@link MailDelivery}) once the step that wrote them
 * committed: e-mail never fails or rolls back the step, and the inbox item stays.
 */
@ApplicationScoped
public class InboxMailer {
    @Inject
    MailDelivery delivery;

    @Inject
    MailRecipients recipients;

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxItemsWritten written) {
        delivery.later(
                () -> recipients.messages(written.itemIds()),
                "the e-mail of inbox items " + written.itemIds(),
                "; the items are in the offices' inboxes");
    }
}
