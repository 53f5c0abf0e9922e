package org.hetao.registry.visitor;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.CallerContext;
import org.hetao.registry.access.Role;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.catalogue.PublicAsset;
import org.hetao.registry.catalogue.PublicCatalogue;
import org.hetao.registry.catalogue.TooManyRequestsException;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.SecretTokens;
import org.hetao.registry.common.StaleVersionException;
import org.hetao.registry.enquiry.Enquiry;
import org.hetao.registry.enquiry.EnquiryMessage;
import org.hetao.registry.enquiry.EnquiryRecord;
import org.hetao.registry.enquiry.EnquiryRepository;
import org.hetao.registry.enquiry.EnquiryStatus;
import org.hetao.registry.enquiry.EnquiryStep;
import org.hetao.registry.enquiry.Interest;
import org.hetao.registry.enquiry.NoOwnersException;
import org.hetao.registry.enquiry.NotAnEnquiryPartyException;
import org.hetao.registry.enquiry.VisitorContact;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.settings.RuntimeSettingsService;

/**
 * Public visitors' enquiries. While an administrator allows them (and the catalogue is open and
 * e-mail on), a visitor asks about an asset of the public catalogue — any other asset is "not found",
 * exactly like a missing one — and the registry mails a one-time confirmation link; only its
 * confirmation, before it expires, creates the enquiry, exactly as an investor's (same thread,
 * statuses, audit and offices' inboxes), and mails the visitor the secret link of its thread. Through
 * that link alone the visitor reads the thread (without the offices' notes), replies, withdraws, or
 * switches the link off; an unknown, malformed or revoked secret is "not found".
 */
@Stateless
public class VisitorEnquiryService {
    @Inject
    RuntimeSettingsService settings;

    @Inject
    PublicCatalogue catalogue;

    @Inject
    CallerContext callerContext;

    @Inject
    VisitorRequests requests;

    @Inject
    EnquiryRepository enquiries;

    @Inject
    InstitutionRepository institutions;

    @Inject
    OwnershipRepository ownership;

    @Inject
    ChangeRecorder changes;

    @Inject
    Event<EnquiryStep> steps;

    @Inject
    Event<VisitorMail> mails;

    @Inject
    RegistryClock clock;

    /** Whether visitors may send enquiries now (the public catalogue is open, else it does not exist). */
    public boolean open() {
        catalogue.openAsVisitor();
        return settings.visitorEnquiriesOpen();
    }

    /**
     * A visitor asks about the asset; nothing reaches the owners until the visitor opens the link
     * mailed to {@code contact.email()} ({@code linkBase}: the registry's address, ending in '/').
     */
    public AskedEnquiry ask(
            long ipAssetId,
            VisitorContact contact,
            Interest interest,
            String message,
            String language,
            String linkBase) {
        checkOpen();
        PublicAsset asset = catalogue.asset(ipAssetId);
        if (asset.owners().isEmpty()) {
            throw new NoOwnersException("IP asset " + ipAssetId
                    + " has no owners in force yet, so no office could answer an enquiry; try again later");
        }
        OffsetDateTime now = clock.now();
        int perDay = Math.max(1, RegistrySetting.VISITOR_ENQUIRIES_PER_EMAIL_PER_DAY.intValue());
        VisitorRequests.Asked asked = requests.askedSince(contact.email(), now.minusDays(1));
        if (asked.count() >= perDay) {
            long retryAfterSeconds = Math.max(
                    1, Duration.between(now, asked.oldest().plusDays(1)).toSeconds());
            throw new TooManyRequestsException(
                    "This e-mail address has asked for " + perDay + " enquiries in the last 24 hours, the most a "
                            + "visitor may; try again in " + Math.max(1, retryAfterSeconds / 3600)
                            + " hour(s), or sign in as an investor",
                    retryAfterSeconds);
        }
        String lang = language(language);
        long hours = Math.max(1, RegistrySetting.VISITOR_CONFIRMATION_HOURS.intValue());
        String token = SecretTokens.newToken();
        VisitorEnquiryRequest r = new VisitorEnquiryRequest(
                ipAssetId, contact, interest, message, lang, SecretTokens.hash(token), now, Duration.ofHours(hours));
        requests.add(r);
        mails.fire(new VisitorMail(VisitorMailText.confirmation(
                contact.email(), lang, asset.asset().getTitle(), linkBase + "#/visitor/confirm/" + token, hours)));
        return new AskedEnquiry(contact.email(), r.getExpiresAt());
    }

    /**
     * Confirms the request whose link holds {@code token}: the enquiry reaches every current owner's
     * office, and the visitor is mailed the link of its thread. Unknown: not found; used or expired: refused.
     */
    public ConfirmedEnquiry confirm(String token, String linkBase) {
        if (!SecretTokens.wellFormed(token)) {
            throw noLink();
        }
        VisitorEnquiryRequest r =
                requests.lockByTokenHash(SecretTokens.hash(token)).orElseThrow(VisitorEnquiryService::noLink);
        OffsetDateTime now = clock.now();
        r.checkConfirmable(now);
        checkOpen();
        PublicAsset asset = catalogue.asset(r.getIpAssetId());
        Set<Long> owners = asset.owners().stream().map(Institution::getId).collect(Collectors.toSet());
        if (owners.isEmpty()) {
            throw new NoOwnersException("IP asset " + r.getIpAssetId()
                    + " has no owners in force now, so no office could answer; try again later");
        }
        VisitorContact visitor = r.getVisitor();
        String threadToken = SecretTokens.newToken();
        callerContext.set(visitorCaller(visitor));
        Enquiry e = Enquiry.fromVisitor(
                r.getIpAssetId(),
                visitor,
                r.getLanguage(),
                SecretTokens.hash(threadToken),
                r.getInterest(),
                r.getMessage(),
                now);
        enquiries.add(e);
        r.confirm(e.getId(), now);
        changes.created(Enquiry.KIND, e.getId(), EnquiryRecord.of(e));
        steps.fire(new EnquiryStep(
                e,
                EnquiryStep.Kind.RECEIVED,
                owners,
                visitor.name(),
                null,
                r.getInterest().name()));
        mails.fire(new VisitorMail(VisitorMailText.threadLink(
                visitor.email(),
                r.getLanguage(),
                e.getId(),
                asset.asset().getTitle(),
                linkBase + "#/visitor/enquiry/" + threadToken)));
        return new ConfirmedEnquiry(e, threadToken);
    }

    /** The thread behind the link, as the visitor sees it. */
    public VisitorThread thread(String token) {
        return view(find(token, false));
    }

    /** The visitor's message; the owners' offices hear of it. */
    public VisitorThread reply(String token, String text) {
        Enquiry e = find(token, true);
        EnquiryRecord before = EnquiryRecord.of(e);
        e.reply(e.getVisitor().name(), null, text, clock.now());
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
        steps.fire(new EnquiryStep(
                e, EnquiryStep.Kind.MESSAGE, owners(e), e.getVisitor().name(), null, null));
        return view(e);
    }

    /** The visitor withdraws the enquiry at {@code expectedVersion}; the owners' offices hear of it. */
    public VisitorThread withdraw(String token, long expectedVersion) {
        Enquiry e = find(token, true);
        if (e.getVersion() != expectedVersion) {
            throw new StaleVersionException(Enquiry.KIND, e.getId(), expectedVersion, e.getVersion());
        }
        EnquiryRecord before = EnquiryRecord.of(e);
        e.moveTo(EnquiryStatus.WITHDRAWN, true, null, null, clock.now());
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
        steps.fire(new EnquiryStep(
                e, EnquiryStep.Kind.STATUS, owners(e), e.getVisitor().name(), null, EnquiryStatus.WITHDRAWN.name()));
        return view(e);
    }

    /** The link stops working for good; the enquiry stays with the offices, and their replies are still mailed. */
    public void revoke(String token) {
        Enquiry e = find(token, true);
        EnquiryRecord before = EnquiryRecord.of(e);
        e.revokeVisitorLink();
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
    }

    /**
     * An owner's office sends the visitor a new link to the enquiry's thread (the visitor lost it, or it
     * leaked); the previous one stops working. Anyone but the offices of the asset's current owners: not found.
     */
    public void renewLink(long enquiryId, String linkBase) {
        Caller c = callerContext.current().orElse(null);
        if (c == null || c.role() != Role.TTO) {
            throw new NotAnEnquiryPartyException("Only the offices of the asset's owners send a visitor a new link");
        }
        Enquiry e = enquiries.lock(enquiryId).orElseThrow(() -> new NotFoundException(Enquiry.KIND, enquiryId));
        if (!owners(e).contains(c.institutionId())) {
            throw new NotFoundException(Enquiry.KIND, enquiryId);
        }
        EnquiryRecord before = EnquiryRecord.of(e);
        String token = SecretTokens.newToken();
        e.renewVisitorLink(SecretTokens.hash(token));
        enquiries.flush();
        changes.updated(Enquiry.KIND, e.getId(), before, EnquiryRecord.of(e));
        LocalizedText office = institutions
                .find(c.institutionId())
                .map(Institution::getName)
                .orElse(new LocalizedText("#" + c.institutionId(), null, null));
        mails.fire(new VisitorMail(VisitorMailText.newLink(
                e.getVisitor().email(),
                e.getVisitorLanguage(),
                e.getId(),
                office,
                linkBase + "#/visitor/enquiry/" + token)));
    }

    private Enquiry find(String token, boolean lock) {
        if (!SecretTokens.wellFormed(token)) {
            throw noLink();
        }
        Enquiry e =
                requests.enquiryByLinkHash(SecretTokens.hash(token), lock).orElseThrow(VisitorEnquiryService::noLink);
        callerContext.set(visitorCaller(e.getVisitor()));
        return e;
    }

    private VisitorThread view(Enquiry e) {
        LocalizedText title = null;
        try {
            title = catalogue.asset(e.getIpAssetId()).asset().getTitle();
        } catch (NotFoundException closedOrHidden) {
            // the catalogue is closed or the asset no longer public: the thread shows no title
        }
        callerContext.set(visitorCaller(e.getVisitor()));
        Map<Long, LocalizedText> offices = new HashMap<>();
        for (EnquiryMessage m : e.visibleMessages(true)) {
            Long office = m.getAuthorInstitutionId();
            if (office != null && !offices.containsKey(office)) {
                institutions.find(office).ifPresent(i -> offices.put(office, i.getName()));
            }
        }
        return new VisitorThread(e, title, offices);
    }

    /** The institutions that own the enquiry's asset today. */
    private Set<Long> owners(Enquiry e) {
        return ownership.current(e.getIpAssetId()).map(OwnershipVersion::owners).orElse(Set.of());
    }

    private void checkOpen() {
        if (!open()) {
            throw new NotFoundException(
                    "Enquiries from visitors are not open on this registry; sign in as an investor to enquire");
        }
    }

    /** Who the audit trail names for the visitor's steps. */
    private static Caller visitorCaller(VisitorContact v) {
        String name = "visitor " + v.email();
        return new Caller(0, name.length() > 64 ? name.substring(0, 64) : name, Caller.PUBLIC_VISITOR.role(), null);
    }

    /** A supported display language's tag; anything else is English. */
    static String language(String tag) {
        if (tag != null) {
            for (Language l : Language.values()) {
                if (l.tag().equalsIgnoreCase(tag.strip())) {
                    return l.tag();
                }
            }
        }
        return Language.EN.tag();
    }

    private static NotFoundException noLink() {
        return new NotFoundException(
                "No enquiry at this link: it may have been switched off, or the link is incomplete");
    }
}
