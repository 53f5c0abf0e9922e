package org.hetao.registry.enquiry;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.Role;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * Investors' enquiries and the owners' offices' answers. An investor enquires only about an asset it
 * may read (the investor rule of {@link AssetAccess}: public and offered for licensing), else the
 * asset is "not found". An enquiry is readable by its investor, by the offices of the institutions
 * that own its asset today and by administrators; to anyone else it is "not found". Every step is
 * audited and fired as an {@link EnquiryStep} for the offices' inboxes.
 */
@Stateless
public class EnquiryService {
    @Inject
    EnquiryRepository enquiries;

    @Inject
    IpAssetRepository assets;

    @Inject
    AssetAccess assetAccess;

    @Inject
    OwnershipRepository ownership;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    @Inject
    Event<EnquiryStep> steps;

    /** The signed-in investor enquires about the asset; the enquiry reaches every current owner's office. */
    public Enquiry send(long ipAssetId, Interest interest, String message) {
        Caller c = access.caller();
        if (c == null || c.role() != Role.INVESTOR) {
            throw new AccessDeniedException("Only an investor's account sends enquiries");
        }
        IpAsset asset = assets.get(ipAssetId);
        assetAccess.checkRead(asset);
        Set<Long> owners = owners(ipAssetId);
        if (owners.isEmpty()) {
            throw new NoOwnersException("IP asset " + ipAssetId
                    + " has no owners in force yet, so no office could answer an enquiry; try again later");
        }
        Enquiry e = Enquiry.send(ipAssetId, c.accountId(), c.username(), interest, message, now());
        enquiries.add(e);
        changes.created(Enquiry.KIND, e.getId(), EnquiryRecord.of(e));
        steps.fire(new EnquiryStep(e, EnquiryStep.Kind.RECEIVED, owners, c.username(), null, interest.name()));
        return e;
    }

    /** The enquiry; the investor reading its own thread marks it read. */
    public Enquiry get(long id) {
        Enquiry e = enquiries.find(id).orElseThrow(() -> notFound(id));
        Caller c = checkReadable(e);
        if (c != null && c.role() == Role.INVESTOR) {
            enquiries.markRead(e.getId(), now());
        }
        return e;
    }

    /**
     * The enquiries the caller may read, last updated first: an investor's own; an office's on the
     * assets its institution owns today; an administrator's, all.
     */
    public List<Enquiry> list() {
        Caller c = access.caller();
        if (c == null || c.role() == Role.ADMIN) {
            return enquiries.all(EnquiryRepository.LIST_LIMIT);
        }
        if (c.role() == Role.INVESTOR) {
            return enquiries.ofInvestor(c.accountId());
        }
        if (c.role() == Role.TTO) {
            List<Long> owned = enquiries.enquiredAssets().stream()
                    .filter(a -> owners(a).contains(c.institutionId()))
                    .toList();
            return enquiries.ofAssets(owned, EnquiryRepository.LIST_LIMIT);
        }
        return List.of();
    }

    /** Counts per month, asset and status of the enquiries an office (or an administrator) reads. */
    public List<EnquiryCount> report() {
        Caller c = access.caller();
        if (c != null && c.role() == Role.TTO) {
            List<Long> owned = enquiries.enquiredAssets().stream()
                    .filter(a -> owners(a).contains(c.institutionId()))
                    .toList();
            return EnquiryReport.of(enquiries.ofAssets(owned, Integer.MAX_VALUE));
        }
        if (c != null && c.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only the offices and administrators read the enquiry report");
        }
        return EnquiryReport.of(enquiries.all(Integer.MAX_VALUE));
    }

    /** A message of the investor or of an owner's office; the other side hears of it. */
    public Enquiry reply(long id, String text) {
        Enquiry e = enquiries.lock(id).orElseThrow(() -> notFound(id));
        Caller c = checkReadable(e);
        Long office = actingOffice(c, e);
        EnquiryRecord before = EnquiryRecord.of(e);
        e.reply(access.actorName(), office, text, now());
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
        steps.fire(new EnquiryStep(
                e, EnquiryStep.Kind.MESSAGE, owners(e.getIpAssetId()), access.actorName(), office, null));
        return e;
    }

    /** An owner's office notes something for the co-owners' offices, never shown to the investor. */
    public Enquiry note(long id, String text) {
        Enquiry e = enquiries.lock(id).orElseThrow(() -> notFound(id));
        Caller c = checkReadable(e);
        Long office = actingOffice(c, e);
        if (office == null) {
            throw new NotAnEnquiryPartyException("Only the owners' offices add internal notes to an enquiry");
        }
        EnquiryRecord before = EnquiryRecord.of(e);
        e.note(access.actorName(), office, text, now());
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
        steps.fire(
                new EnquiryStep(e, EnquiryStep.Kind.NOTE, owners(e.getIpAssetId()), access.actorName(), office, null));
        return e;
    }

    /** Moves the enquiry whose version is {@code expectedVersion} to {@code next} (see {@link Enquiry#moveTo}). */
    public Enquiry move(long id, long expectedVersion, EnquiryStatus next, DeclineReason reason, String reasonText) {
        Enquiry e = enquiries.lock(id).orElseThrow(() -> notFound(id));
        Caller c = checkReadable(e);
        if (e.getVersion() != expectedVersion) {
            throw new StaleVersionException(Enquiry.KIND, id, expectedVersion, e.getVersion());
        }
        Long office = actingOffice(c, e);
        EnquiryRecord before = EnquiryRecord.of(e);
        e.moveTo(next, office == null, reason, reasonText, now());
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
        String note = next == EnquiryStatus.DECLINED
                ? next + ": " + reason + (e.getDeclineText() == null ? "" : " — " + e.getDeclineText())
                : next.name();
        steps.fire(new EnquiryStep(
                e, EnquiryStep.Kind.STATUS, owners(e.getIpAssetId()), access.actorName(), office, note));
        return e;
    }

    /**
     * Of these enquiries, those an office wrote or moved since their investor last read them: for
     * the investor, its "updated" marker; for everyone else, none.
     */
    public Set<Long> updatedForInvestor(List<Enquiry> es) {
        if (!investorView()) {
            return Set.of();
        }
        var read = enquiries.readAt(es.stream().map(Enquiry::getId).toList());
        return es.stream()
                .filter(e -> e.updatedSince(read.get(e.getId())))
                .map(Enquiry::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The titles of the enquiries' assets that the caller may read now (an asset made confidential since is left out). */
    public java.util.Map<Long, org.hetao.registry.common.LocalizedText> assetTitles(List<Enquiry> es) {
        java.util.Map<Long, org.hetao.registry.common.LocalizedText> titles = new java.util.HashMap<>();
        es.stream()
                .map(Enquiry::getIpAssetId)
                .distinct()
                .forEach(a -> assets.find(a).ifPresent(asset -> {
                    try {
                        assetAccess.checkRead(asset);
                        titles.put(a, asset.getTitle());
                    } catch (NotFoundException hidden) {
                        // not readable to the caller: no title
                    }
                }));
        return titles;
    }

    /** Whether the caller reads the enquiry as its investor (without the offices' notes). */
    public boolean investorView() {
        Caller c = access.caller();
        return c != null && c.role() == Role.INVESTOR;
    }

    /** The institutions that own the asset today. */
    public Set<Long> owners(long ipAssetId) {
        return ownership.current(ipAssetId).map(OwnershipVersion::owners).orElse(Set.of());
    }

    /** The office's institution that acts (null: the investor); an administrator only reads enquiries. */
    private Long actingOffice(Caller c, Enquiry e) {
        if (c != null && c.role() == Role.TTO) {
            return c.institutionId();
        }
        if (c != null && c.role() == Role.INVESTOR) {
            return null;
        }
        throw new NotAnEnquiryPartyException(
                "Only the investor and the offices of the asset's owners take part in enquiry " + e.getId());
    }

    /** The caller, if it may read the enquiry; else the enquiry is "not found". */
    private Caller checkReadable(Enquiry e) {
        Caller c = access.caller();
        boolean readable = c == null
                || c.role() == Role.ADMIN
                || (c.role() == Role.INVESTOR
                        && e.getInvestorAccountId() != null
                        && c.accountId() == e.getInvestorAccountId())
                || (c.role() == Role.TTO && owners(e.getIpAssetId()).contains(c.institutionId()));
        if (!readable) {
            throw notFound(e.getId());
        }
        return c;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Enquiry.KIND, id);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
