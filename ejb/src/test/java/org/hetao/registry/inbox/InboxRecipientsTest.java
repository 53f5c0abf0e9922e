package org.hetao.registry.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hetao.registry.enquiry.EnquiryStep;
import org.hetao.registry.proposal.ProposalStep;
import org.junit.jupiter.api.Test;

class InboxRecipientsTest {
    private static final long HKU = 1;
    private static final long SZBL = 2;
    private static final long SUSTECH = 3;

    @Test
    void aProposalAsksEveryOfficeWhoseApprovalIsPendingButNotTheProposers() {
        Map<Long, InboxKind> to = InboxRecipients.ofProposalStep(
                ProposalStep.Kind.PROPOSED, HKU, List.of(HKU, SZBL, SUSTECH), List.of(SZBL, SUSTECH), HKU);
        assertEquals(Map.of(SZBL, InboxKind.APPROVAL_REQUESTED, SUSTECH, InboxKind.APPROVAL_REQUESTED), to);
    }

    @Test
    void aProposalByLegalAsksEveryRequiredOffice() {
        Map<Long, InboxKind> to = InboxRecipients.ofProposalStep(
                ProposalStep.Kind.PROPOSED, null, List.of(HKU, SZBL), List.of(HKU, SZBL), null);
        assertEquals(List.of(HKU, SZBL), List.copyOf(to.keySet()));
    }

    @Test
    void aDecisionTellsTheProposerAndTheOtherApproversButNotTheDecider() {
        assertEquals(
                Map.of(HKU, InboxKind.PROPOSAL_APPROVED, SUSTECH, InboxKind.PROPOSAL_APPROVED),
                InboxRecipients.ofProposalStep(
                        ProposalStep.Kind.APPROVED, HKU, List.of(HKU, SZBL, SUSTECH), List.of(SUSTECH), SZBL));
        assertEquals(
                Map.of(HKU, InboxKind.PROPOSAL_REJECTED),
                InboxRecipients.ofProposalStep(
                        ProposalStep.Kind.REJECTED, HKU, List.of(HKU, SZBL), List.of(SZBL), SZBL));
        assertEquals(
                Map.of(HKU, InboxKind.PROPOSAL_TOOK_EFFECT, SZBL, InboxKind.PROPOSAL_TOOK_EFFECT),
                InboxRecipients.ofProposalStep(
                        ProposalStep.Kind.TOOK_EFFECT, HKU, List.of(HKU, SZBL, SUSTECH), List.of(), SUSTECH));
        assertEquals(
                Map.of(SZBL, InboxKind.PROPOSAL_WITHDRAWN),
                InboxRecipients.ofProposalStep(
                        ProposalStep.Kind.WITHDRAWN, HKU, List.of(HKU, SZBL), List.of(SZBL), HKU));
    }

    @Test
    void anExpiryTellsEveryOfficeConcerned() {
        assertEquals(
                Map.of(
                        HKU,
                        InboxKind.PROPOSAL_EXPIRED,
                        SZBL,
                        InboxKind.PROPOSAL_EXPIRED,
                        SUSTECH,
                        InboxKind.PROPOSAL_EXPIRED),
                InboxRecipients.ofProposalStep(
                        ProposalStep.Kind.EXPIRED, SUSTECH, List.of(HKU, SZBL), List.of(SZBL), null));
    }

    @Test
    void itemsLinkToTheirKindOfRecord() {
        assertEquals("agreement", InboxKind.AGREEMENT_OUT_OF_DATE.subjectKind());
        assertEquals("ownership-proposal", InboxKind.PROPOSAL_EXPIRING.subjectKind());
        assertEquals("enquiry", InboxKind.ENQUIRY_STATUS.subjectKind());
    }

    @Test
    void anEnquiryReachesEveryOwnersOfficeAndAnOfficesStepTheOtherOwnersOnly() {
        assertEquals(
                Map.of(HKU, InboxKind.ENQUIRY_RECEIVED, SZBL, InboxKind.ENQUIRY_RECEIVED),
                InboxRecipients.ofEnquiryStep(EnquiryStep.Kind.RECEIVED, List.of(SZBL, HKU), null));
        assertEquals(
                Map.of(HKU, InboxKind.ENQUIRY_MESSAGE, SZBL, InboxKind.ENQUIRY_MESSAGE),
                InboxRecipients.ofEnquiryStep(EnquiryStep.Kind.MESSAGE, List.of(HKU, SZBL), null),
                "the investor's message: every owner");
        assertEquals(
                Map.of(SZBL, InboxKind.ENQUIRY_NOTE),
                InboxRecipients.ofEnquiryStep(EnquiryStep.Kind.NOTE, List.of(HKU, SZBL), HKU));
        assertEquals(
                Map.of(),
                InboxRecipients.ofEnquiryStep(EnquiryStep.Kind.STATUS, List.of(HKU), HKU),
                "a sole owner's own step tells no one");
    }
}
