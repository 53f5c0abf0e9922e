package org.hetao.registry.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hetao.registry.agreement.lifecycle.AgreementStep;
import org.hetao.registry.enquiry.EnquiryStep;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.project.ExpiringWhiteList;
import org.hetao.registry.proposal.OwnershipProposal;
import org.hetao.registry.proposal.ProposalStep;
import org.hetao.registry.recordal.Recordal;
import org.hetao.registry.recordal.RecordalWarning;

/**
 * Writes the inbox items that follow from a step of a proposal, an agreement or an enquiry, synchronously in the
 * step's own transaction: an item exists exactly when its step committed. Then announces the items
 * ({@link InboxItemsWritten}) for the e-mail, which is sent only after the commit.
 */
@ApplicationScoped
public class InboxWriter {
    @Inject
    InboxRepository inbox;

    @Inject
    OwnershipRepository ownership;

    @Inject
    Event<InboxItemsWritten> written;

    void proposalStep(@Observes ProposalStep step) {
        OwnershipProposal p = step.proposal();
        Map<Long, InboxKind> to = InboxRecipients.ofProposalStep(
                step.kind(), p.getProposerInstitutionId(), p.required(), p.pending(), step.actingInstitutionId());
        String note = step.kind() == ProposalStep.Kind.REJECTED ? p.getDecisionReason() : null;
        List<InboxItem> items = new ArrayList<>();
        to.forEach((institution, kind) -> items.add(new InboxItem(
                institution,
                kind,
                p.getId(),
                p.getIpAssetId(),
                step.actor(),
                step.actingInstitutionId(),
                note,
                now())));
        add(items);
    }

    void agreementStep(@Observes AgreementStep step) {
        List<Long> owners = ownership
                .current(step.ipAssetId())
                .map(OwnershipVersion::owners)
                .map(List::copyOf)
                .orElse(List.of());
        InboxKind kind =
                step.kind() == AgreementStep.Kind.ISSUED ? InboxKind.AGREEMENT_ISSUED : InboxKind.AGREEMENT_OUT_OF_DATE;
        String note = step.agreementNumber() + " r" + step.revision();
        add(owners.stream()
                .map(o -> new InboxItem(o, kind, step.agreementId(), step.ipAssetId(), step.actor(), null, note, now()))
                .toList());
    }

    void enquiryStep(@Observes EnquiryStep step) {
        var e = step.enquiry();
        Map<Long, InboxKind> to = InboxRecipients.ofEnquiryStep(step.kind(), step.owners(), step.actingInstitutionId());
        List<InboxItem> items = new ArrayList<>();
        to.forEach((institution, kind) -> items.add(new InboxItem(
                institution,
                kind,
                e.getId(),
                e.getIpAssetId(),
                step.actor(),
                step.actingInstitutionId(),
                step.note(),
                now())));
        add(items);
    }

    /** Tells the offices whose approval is still pending that the proposal expires soon, once per office. */
    public int expiring(OwnershipProposal p) {
        List<InboxItem> items = p.pending().stream()
                .filter(i -> !inbox.exists(i, InboxKind.PROPOSAL_EXPIRING, p.getId()))
                .map(i -> new InboxItem(
                        i,
                        InboxKind.PROPOSAL_EXPIRING,
                        p.getId(),
                        p.getIpAssetId(),
                        "system",
                        null,
                        p.getExpiresAt().toString(),
                        now()))
                .toList();
        add(items);
        return items.size();
    }

    /** Tells an office that a patent deadline of an asset comes up; {@code note} names the deadline and its date. */
    public void deadlineDue(long institutionId, long ipAssetId, String note) {
        add(List.of(new InboxItem(
                institutionId, InboxKind.DEADLINE_DUE, ipAssetId, ipAssetId, "system", null, note, now())));
    }

    /**
     * Tells the office of the employing institution that a staff member's white-list registration ends
     * soon; returns the item. The note names the person and the last valid day.
     */
    public InboxItem whiteListExpiring(ExpiringWhiteList e) {
        InboxItem item = InboxItem.aboutNoAsset(
                e.institutionId(),
                InboxKind.WHITE_LIST_EXPIRING,
                e.projectId(),
                e.personName() + " (" + e.projectCode() + ", valid until " + e.validUntil() + ")",
                now());
        add(List.of(item));
        return item;
    }

    /** Tells the offices of a recordal's parties of a rule's warning about it, once each; returns the items. */
    public List<InboxItem> recordalWarning(Recordal r, RecordalWarning w, Collection<Long> parties) {
        String note = r.getOffice() + " " + r.getType() + ": " + w.message() + " (" + w.source() + ")";
        List<InboxItem> items = new TreeSet<>(parties)
                .stream()
                        .map(i -> new InboxItem(
                                i,
                                InboxKind.RECORDAL_WARNING,
                                r.getId(),
                                r.getIpAssetId(),
                                "system",
                                null,
                                note,
                                now()))
                        .toList();
        add(items);
        return items;
    }

    private void add(List<InboxItem> items) {
        if (items.isEmpty()) {
            return;
        }
        items.forEach(inbox::add);
        inbox.flush();
        written.fire(new InboxItemsWritten(items.stream().map(InboxItem::getId).toList()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
