package org.hetao.registry.api.visitor;

import java.time.OffsetDateTime;
import java.util.List;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryMessage;
import org.hetao.registry.enquiry.EnquiryStatus;
import org.hetao.registry.visitor.VisitorThread;

/**
 * A visitor's enquiry as the visitor sees it: the asset (its title while it is public), the interest,
 * status (with a decline's reason), whether the visitor may still withdraw it or write, and the thread —
 * the visitor's own messages and the offices' answers, each office named by its institution. Never the
 * offices' internal notes or their accounts. {@code version}: also the ETag.
 */
public record VisitorThreadView(
        long id,
        long version,
        long ipAssetId,
        TextView assetTitle,
        String name,
        String organisation,
        String email,
        String interest,
        String status,
        String declineReason,
        String declineText,
        boolean open,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Message> messages) {

    /** One message: the visitor's ({@code office} null) or an office's. */
    public record Message(long id, boolean fromVisitor, TextView office, String text, OffsetDateTime createdAt) {}

    static VisitorThreadView of(VisitorThread t) {
        Enquiry e = t.enquiry();
        List<Message> messages =
                e.visibleMessages(true).stream().map(m -> message(m, t)).toList();
        var v = e.getVisitor();
        return new VisitorThreadView(
                e.getId(),
                e.getVersion(),
                e.getIpAssetId(),
                t.assetTitle() == null ? null : TextView.of(t.assetTitle()),
                v.name(),
                v.organisation(),
                v.email(),
                e.getInterest().name(),
                e.getStatus().name(),
                e.getDeclineReason() == null ? null : e.getDeclineReason().name(),
                e.getDeclineText(),
                e.getStatus().canMoveTo(EnquiryStatus.WITHDRAWN),
                e.getCreatedAt(),
                e.getUpdatedAt(),
                messages);
    }

    private static Message message(EnquiryMessage m, VisitorThread t) {
        Long office = m.getAuthorInstitutionId();
        LocalizedText name = office == null ? null : t.offices().get(office);
        return new Message(
                m.getId(),
                office == null,
                office == null ? null : name == null ? null : TextView.of(name),
                m.getBody(),
                m.getCreatedAt());
    }
}
