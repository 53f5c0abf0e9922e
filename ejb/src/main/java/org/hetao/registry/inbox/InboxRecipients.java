package org.hetao.registry.inbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hetao.registry.enquiry.EnquiryStep;
import org.hetao.registry.proposal.ProposalStep;

/**
 * Who hears of which step, and as what:
 * <ul>
 * <li>a proposal is made: every required institution whose approval is still pending (the
 * proposer's own institution approved it by proposing) — APPROVAL_REQUESTED;</li>
 * <li>an approval, a rejection, a withdrawal, the expiry, taking effect: the proposer's institution
 * and every required institution, except the one that took the step;</li>
 * <li>a proposal about to expire: the institutions whose approval is still pending;</li>
 * <li>an agreement issued or marked out of date: every current owner of its asset;</li>
 * <li>an enquiry's step (received, a message, a note, a status change): the offices of the asset's
 * current owners, except the one that took the step. The investor has no inbox: its enquiry list
 * marks the enquiries an office wrote or moved since it last read them.</li>
 * </ul>
 */
public final class InboxRecipients {
    private InboxRecipients() {}

    /** The offices to tell of an enquiry's step, in id order: the owners but the acting office. */
    public static Map<Long, InboxKind> ofEnquiryStep(
            EnquiryStep.Kind step, Collection<Long> owners, Long actingInstitutionId) {
        InboxKind kind = switch (step) {
            case RECEIVED -> InboxKind.ENQUIRY_RECEIVED;
            case MESSAGE -> InboxKind.ENQUIRY_MESSAGE;
            case NOTE -> InboxKind.ENQUIRY_NOTE;
            case STATUS -> InboxKind.ENQUIRY_STATUS;
        };
        Set<Long> to = new TreeSet<>(owners);
        if (actingInstitutionId != null) {
            to.remove(actingInstitutionId);
        }
        Map<Long, InboxKind> out = new LinkedHashMap<>();
        to.forEach(i -> out.put(i, kind));
        return out;
    }

    /** The offices to tell of a proposal's step, in id order, each with the kind of item. */
    public static Map<Long, InboxKind> ofProposalStep(
            ProposalStep.Kind step,
            Long proposerInstitutionId,
            Collection<Long> required,
            Collection<Long> pending,
            Long actingInstitutionId) {
        Set<Long> to = new TreeSet<>();
        InboxKind kind;
        if (step == ProposalStep.Kind.PROPOSED) {
            to.addAll(pending);
            kind = InboxKind.APPROVAL_REQUESTED;
        } else {
            if (proposerInstitutionId != null) {
                to.add(proposerInstitutionId);
            }
            to.addAll(required);
            kind = switch (step) {
                case APPROVED -> InboxKind.PROPOSAL_APPROVED;
                case REJECTED -> InboxKind.PROPOSAL_REJECTED;
                case WITHDRAWN -> InboxKind.PROPOSAL_WITHDRAWN;
                case EXPIRED -> InboxKind.PROPOSAL_EXPIRED;
                case TOOK_EFFECT -> InboxKind.PROPOSAL_TOOK_EFFECT;
                case PROPOSED -> throw new IllegalStateException();
            };
        }
        if (actingInstitutionId != null) {
            to.remove(actingInstitutionId);
        }
        Map<Long, InboxKind> out = new LinkedHashMap<>();
        to.forEach(i -> out.put(i, kind));
        return out;
    }
}
