package org.hetao.registry.visitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryMessage;
import org.hetao.registry.enquiry.EnquiryStep;
import org.hetao.registry.institution.InstitutionRepository;

/**
 * Tells a public visitor by e-mail of what an owner's office did in the visitor's enquiry: a message
 * (with its text) or a status change. Runs in the step's transaction; the mail goes only if it commits.
 * Internal notes are never mailed, nor the visitor's own steps.
 */
@ApplicationScoped
public class VisitorNotifier {
    @Inject
    InstitutionRepository institutions;

    @Inject
    Event<VisitorMail> mails;

    void step(@Observes EnquiryStep step) {
        Enquiry e = step.enquiry();
        if (!e.isFromVisitor() || step.actingInstitutionId() == null) {
            return;
        }
        String lang = e.getVisitorLanguage();
        String number = "#" + step.actingInstitutionId();
        LocalizedText office = institutions
                .find(step.actingInstitutionId())
                .map(i -> i.getName())
                .orElse(new LocalizedText(number, null, null));
        String to = e.getVisitor().email();
        switch (step.kind()) {
            case MESSAGE -> {
                List<EnquiryMessage> thread = e.visibleMessages(true);
                EnquiryMessage last = thread.get(thread.size() - 1);
                mails.fire(new VisitorMail(VisitorMailText.reply(to, lang, e.getId(), office, last.getBody())));
            }
            case STATUS ->
                mails.fire(new VisitorMail(VisitorMailText.status(to, lang, e.getId(), office, step.note())));
            default -> {
                // notes stay with the offices; RECEIVED is the visitor's own step
            }
        }
    }
}
