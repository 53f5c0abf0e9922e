package org.hetao.registry.enquiry;

/**
 * What the audit trail records of an enquiry at each step: its asset, investor (for a public visitor:
 * the name, organisation and verified e-mail address, and whether the visitor's link works), interest,
 * status, decline reason and the number of messages and notes (their text stays in the thread).
 */
public record EnquiryRecord(
        long ipAssetId,
        String investor,
        String visitorOrganisation,
        String visitorEmail,
        Boolean visitorLink,
        String interest,
        String status,
        String declineReason,
        String declineText,
        long messages,
        long notes) {
    public static EnquiryRecord of(Enquiry e) {
        long notes =
                e.getMessages().stream().filter(EnquiryMessage::isInternalNote).count();
        VisitorContact v = e.getVisitor();
        return new EnquiryRecord(
                e.getIpAssetId(),
                e.getInvestor(),
                v == null ? null : v.organisation(),
                v == null ? null : v.email(),
                v == null ? null : e.hasVisitorLink(),
                e.getInterest().name(),
                e.getStatus().name(),
                e.getDeclineReason() == null ? null : e.getDeclineReason().name(),
                e.getDeclineText(),
                e.getMessages().size() - notes,
                notes);
    }
}
