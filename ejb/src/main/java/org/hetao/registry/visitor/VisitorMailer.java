package org.hetao.registry.visitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import org.hetao.registry.inbox.MailDelivery;

/** Sends the e-mails to public visitors (through {@link MailDelivery}) once their step committed. */
@ApplicationScoped
public class VisitorMailer {
    @Inject
    MailDelivery delivery;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorMail mail) {
        delivery.later(() -> List.of(mail.message()), "an e-mail to a public visitor", "");
    }
}
