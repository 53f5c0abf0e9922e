package org.hetao.registry.enquiry;

/**
 * What the audit trail records of an enquiry at each step: its asset, investor, interest, status,
 * decline reason and the number of messages and notes (their text stays in the thread).
 */
public record EnquiryRecord(long ipAssetId, String investor, String interest, String status, String declineReason, String declineText,
                            long messages, long notes) {
    public static EnquiryRecord of(Enquiry e) {
        long notes = e.getMessages().stream().filter(EnquiryMessage::isInternalNote).count();
        return new EnquiryRecord(e.getIpAssetId(), e.getInvestor(), e.getInterest().name(), e.getStatus().name(),
                e.getDeclineReason() == null ? null : e.getDeclineReason().name(), e.getDeclineText(), e.getMessages().size() - notes, notes);
    }
}
