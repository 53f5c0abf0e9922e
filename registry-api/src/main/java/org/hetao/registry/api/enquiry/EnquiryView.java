package org.hetao.registry.api.enquiry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryMessage;
import org.hetao.registry.enquiry.EnquiryStatus;

/**
 * An enquiry: its asset ({@code assetTitle} null when the reader may no longer read the asset), the
 * investor, the interest, the status with the stages it may move to next ({@code next}), a decline's
 * reason, and its thread ({@code messages}; in a list, none). {@code updated}: for the investor, an
 * office wrote or moved it since the investor last opened it. The investor never sees internal notes.
 * {@code visitor}: for a public visitor's enquiry, the visitor's contact, its e-mail address verified
 * (the visitor has no account; {@code investor} is the visitor's name); null for an investor's.
 */
@Schema(name = "EnquiryView")
public record EnquiryView(
        long id,
        long version,
        long ipAssetId,
        String assetHref,
        TextView assetTitle,
        String investor,
        VisitorView visitor,
        String interest,
        String status,
        Set<EnquiryStatus> next,
        String declineReason,
        String declineText,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        boolean updated,
        List<MessageView> messages) {

    /** A public visitor's contact; the address was confirmed by a mailed link before the enquiry was sent. */
    public record VisitorView(String name, String organisation, String email, boolean emailVerified) {}

    /** One entry of the thread; {@code internalNote}: an office's note for the co-owners' offices. */
    public record MessageView(
            long id,
            String author,
            Long authorInstitutionId,
            boolean internalNote,
            String text,
            OffsetDateTime createdAt) {
        static MessageView of(EnquiryMessage m) {
            return new MessageView(
                    m.getId(),
                    m.getAuthor(),
                    m.getAuthorInstitutionId(),
                    m.isInternalNote(),
                    m.getBody(),
                    m.getCreatedAt());
        }
    }

    public static EnquiryView of(
            Enquiry e, Map<Long, LocalizedText> titles, boolean updated, boolean investorView, boolean withThread) {
        LocalizedText title = titles.get(e.getIpAssetId());
        List<MessageView> thread = withThread
                ? e.visibleMessages(investorView).stream().map(MessageView::of).toList()
                : List.of();
        return new EnquiryView(
                e.getId(),
                e.getVersion(),
                e.getIpAssetId(),
                "/api/ip-assets/" + e.getIpAssetId(),
                title == null ? null : TextView.of(title),
                e.getInvestor(),
                e.getVisitor() == null
                        ? null
                        : new VisitorView(
                                e.getVisitor().name(),
                                e.getVisitor().organisation(),
                                e.getVisitor().email(),
                                true),
                e.getInterest().name(),
                e.getStatus().name(),
                e.getStatus().next(),
                e.getDeclineReason() == null ? null : e.getDeclineReason().name(),
                e.getDeclineText(),
                e.getCreatedAt(),
                e.getUpdatedAt(),
                updated,
                thread);
    }
}
