package org.hetao.registry.agreement.lifecycle;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.AgreementWarning;
import org.hetao.registry.agreement.BackgroundIp;
import org.hetao.registry.agreement.Framework;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.common.RequestTooLargeException;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * Drafts agreements from the registry's records, renders, issues, signs and supersedes them.
 * A draft is made from the asset's current ownership version under the newest framework version;
 * issuing renders it once more, without the draft marks, and stores those bytes with their SHA-256.
 */
@Stateless
public class AgreementService {
    @Inject
    AgreementRepository agreements;

    @Inject
    AgreementAccess agreementAccess;

    @Inject
    AgreementDrafter drafter;

    @Inject
    AgreementRendering rendering;

    @Inject
    FrameworkStore frameworks;

    @Inject
    IpAssetRepository assets;

    @Inject
    OwnershipRepository ownership;

    @Inject
    RegistryClock clock;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    @Inject
    Event<AgreementStep> steps;

    public AgreementDetails create(AgreementDraft draft) {
        IpAsset asset = assets.reference("ipAssetId", draft.ipAssetId());
        Agreement agreement =
                Agreement.draft(drafted(asset, draft.options(), draft.signatories(), draft.backgroundIp()));
        agreements.add(agreement);
        agreements.flush();
        changes.created(Agreement.KIND, agreement.getId(), agreement.record());
        return details(agreement);
    }

    /** The agreement, if the caller may read it; otherwise "not found". */
    public AgreementDetails get(long id) {
        return details(read(id));
    }

    public Page<AgreementDetails> list(AgreementFilter filter, PageRequest page) {
        return agreements.list(filter, page, access.scope()).map(this::details);
    }

    /** A draft rendered now, with its warnings and marks; an issued revision's stored bytes. */
    public AgreementFile pdf(long id) {
        Agreement a = read(id);
        String name = a.agreementId() + "-r" + a.getRevision() + (a.isDraft() ? "-draft" : "") + ".pdf";
        byte[] bytes = a.isDraft()
                ? rendering.render(document(details(a), AgreementStatus.DRAFT))
                : agreements
                        .pdf(id)
                        .orElseThrow(() -> new IllegalStateException("Issued agreement " + id + " has no stored PDF"))
                        .bytes();
        return new AgreementFile(name, bytes, StoredPdf.sha256(bytes), a.isDraft());
    }

    /** Issues a draft: its warnings must be acknowledged; the PDF is stored and never changes. */
    public AgreementDetails issue(long id, long expectedVersion, boolean acknowledgedWarnings) {
        Agreement a = read(id);
        a.checkVersion(expectedVersion);
        AgreementDetails d = details(a);
        a.checkIssuable(d.warningCodes(), acknowledgedWarnings);
        byte[] pdf = rendering.render(document(d, AgreementStatus.ISSUED));
        AgreementRecord before = a.record();
        a.issue(StoredPdf.sha256(pdf), d.warningCodes(), acknowledgedWarnings, access.actorName(), Instant.now());
        agreements.addPdf(new IssuedPdf(a.getId(), pdf));
        agreements.flush();
        changes.updated(Agreement.KIND, id, before, a.record());
        steps.fire(AgreementStep.of(a, AgreementStep.Kind.ISSUED, access.actorName()));
        return details(a);
    }

    /**
     * Records that every party that has not signed yet signed at {@code signedAt} (null: now), each
     * by the signatory the agreement names for it.
     */
    public AgreementDetails sign(long id, long expectedVersion, OffsetDateTime signedAt) {
        Agreement a = read(id);
        a.checkVersion(expectedVersion);
        AgreementRecord before = a.record();
        OffsetDateTime when = signedAt == null ? OffsetDateTime.now(ZoneOffset.UTC) : signedAt;
        AgreementContent content = AgreementJson.content(a.getContentJson());
        a.checkSignable();
        for (String code : a.unsignedParties()) {
            Party p = content.parties().stream()
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow();
            a.recordSignature(code, p.signatoryName(), p.signatoryTitle(), when, access.actorName(), Instant.now());
        }
        agreements.flush();
        changes.updated(Agreement.KIND, id, before, a.record());
        return details(a);
    }

    /**
     * Records one party's signature of an issued agreement: who signed for it (by default the
     * signatory the agreement names), with what title, and when (null: now). The last party's
     * signature makes the agreement signed.
     */
    public AgreementDetails recordSignature(
            long id,
            long expectedVersion,
            String party,
            String signatoryName,
            String signatoryTitle,
            OffsetDateTime signedAt) {
        Agreement a = read(id);
        a.checkVersion(expectedVersion);
        AgreementRecord before = a.record();
        Party named = AgreementJson.content(a.getContentJson()).parties().stream()
                .filter(x -> x.code().equals(party))
                .findFirst()
                .orElse(null);
        String name = signatoryName != null ? signatoryName : named == null ? null : named.signatoryName();
        String title = signatoryName != null ? signatoryTitle : named == null ? null : named.signatoryTitle();
        a.recordSignature(
                party,
                name,
                title,
                signedAt == null ? OffsetDateTime.now(ZoneOffset.UTC) : signedAt,
                access.actorName(),
                Instant.now());
        agreements.flush();
        changes.updated(Agreement.KIND, id, before, a.record());
        return details(a);
    }

    /**
     * Keeps the signed copy of a signed agreement: a PDF of at most
     * {@code registry.signed.copy.max.bytes}, stored once with its SHA-256 beside the issued PDF.
     */
    public AgreementDetails attachSignedCopy(long id, long expectedVersion, byte[] pdf) {
        Agreement a = read(id);
        a.checkVersion(expectedVersion);
        long limit =
                Long.parseLong(RegistrySetting.SIGNED_COPY_MAX_BYTES.value().strip());
        if (pdf.length > limit) {
            throw new RequestTooLargeException(limit);
        }
        SignedCopyCheck.check(pdf);
        AgreementRecord before = a.record();
        a.attachSignedCopy(StoredPdf.sha256(pdf), pdf.length, access.actorName(), Instant.now());
        agreements.addSignedCopy(new SignedCopy(a.getId(), pdf));
        agreements.flush();
        changes.updated(Agreement.KIND, id, before, a.record());
        return details(a);
    }

    /** The signed copy of a signed agreement, as uploaded; "not found" while it has none. */
    public AgreementFile signedCopy(long id) {
        Agreement a = read(id);
        SignedCopy copy = a.getSignedCopySha256() == null
                ? null
                : agreements.signedCopy(id).orElse(null);
        if (copy == null) {
            throw new NotFoundException("No signed copy of agreement " + a.agreementId() + " revision "
                    + a.getRevision() + " has been uploaded");
        }
        byte[] bytes = copy.bytes();
        return new AgreementFile(
                a.agreementId() + "-r" + a.getRevision() + "-signed.pdf", bytes, StoredPdf.sha256(bytes), false);
    }

    /**
     * Changes a draft: other options, signatories or Background IP (what is left out stays as it
     * is). The draft is made again from the same ownership version, which must still be current.
     */
    public AgreementDetails edit(long id, long expectedVersion, AgreementRevision revision) {
        Agreement a = read(id);
        a.checkVersion(expectedVersion);
        a.checkEditable();
        IpAsset asset = assets.get(a.getIpAssetId());
        AgreementDetails current = details(a);
        AgreementOptions options = revision.options() != null ? revision.options() : current.options();
        List<Signatory> signatories = revision.signatories() != null
                ? revision.signatories()
                : current.content().parties().stream()
                        .map(p -> new Signatory(p.code(), p.signatoryName(), p.signatoryTitle()))
                        .toList();
        List<BackgroundIp> backgroundIp = revision.backgroundIp() != null
                ? revision.backgroundIp()
                : current.content().backgroundIp();
        AgreementRecord before = a.record();
        a.redraft(drafted(asset, options, signatories, backgroundIp));
        agreements.flush();
        changes.updated(Agreement.KIND, id, before, a.record());
        return details(a);
    }

    /**
     * Discards a draft. A draft that was to supersede an issued revision gives it back its place:
     * that revision is again issued (or signed).
     */
    public void discard(long id, long expectedVersion) {
        Agreement a = read(id);
        a.checkVersion(expectedVersion);
        a.checkDiscardable();
        AgreementRecord before = a.record();
        if (a.getSupersedes() != null) {
            Agreement previous = agreements.get(a.getSupersedes());
            AgreementRecord previousBefore = previous.record();
            previous.reinstate(a.getId());
            agreements.flush();
            changes.updated(Agreement.KIND, previous.getId(), previousBefore, previous.record());
        }
        agreements.remove(a);
        agreements.flush();
        changes.deleted(Agreement.KIND, id, before);
    }

    /**
     * Replaces an issued revision with a new draft made from the asset's current ownership under
     * the newest framework; options, signatories and Background IP not given are taken over (those
     * of institutions that are no longer parties are left out).
     */
    public AgreementDetails supersede(long id, long expectedVersion, AgreementRevision revision) {
        Agreement old = read(id);
        old.checkVersion(expectedVersion);
        old.checkSupersedable();
        IpAsset asset = assets.get(old.getIpAssetId());
        AgreementDetails previous = details(old);
        List<String> codes = drafter.partyCodes(asset, currentOwnership(asset));
        AgreementOptions options = revision.options() != null ? revision.options() : previous.options();
        List<Signatory> signatories = revision.signatories() != null
                ? revision.signatories()
                : previous.content().parties().stream()
                        .filter(p -> codes.contains(p.code()))
                        .map(p -> new Signatory(p.code(), p.signatoryName(), p.signatoryTitle()))
                        .toList();
        List<BackgroundIp> backgroundIp = revision.backgroundIp() != null
                ? revision.backgroundIp()
                : previous.content().backgroundIp().stream()
                        .filter(b -> codes.contains(b.party()))
                        .toList();

        Agreement next = old.successor(drafted(asset, options, signatories, backgroundIp));
        agreements.add(next);
        agreements.flush();
        AgreementRecord before = old.record();
        old.supersede(next.getId());
        agreements.flush();
        changes.created(Agreement.KIND, next.getId(), next.record());
        changes.updated(Agreement.KIND, id, before, old.record());
        return details(next);
    }

    /** Renders an issued revision again from its record and compares it with the stored PDF and recorded hash. */
    public AgreementVerification verify(long id) {
        Agreement a = read(id);
        if (a.isDraft()) {
            throw new ConflictException("Agreement " + a.agreementId() + " revision " + a.getRevision()
                    + " is a draft: only an issued revision has a stored PDF and a recorded SHA-256 to verify");
        }
        IssuedPdf stored = agreements
                .pdf(id)
                .orElseThrow(() -> new IllegalStateException("Issued agreement " + id + " has no stored PDF"));
        byte[] rendered = rendering.render(document(details(a), AgreementStatus.ISSUED));
        return new AgreementVerification(
                a.agreementId(), a.getRevision(), a.getPdfSha256(), stored.sha256(), StoredPdf.sha256(rendered));
    }

    /**
     * The other revisions about the same asset that are still in force or in preparation (drafts,
     * issued and signed ones) and that the caller may read.
     */
    private List<Agreement> others(Agreement a) {
        return agreements.liveAbout(a.getIpAssetId()).stream()
                .filter(o -> !o.getId().equals(a.getId()))
                .filter(agreementAccess::readable)
                .toList();
    }

    private Agreement read(long id) {
        Agreement a = agreements.get(id);
        agreementAccess.checkRead(a);
        return a;
    }

    private OwnershipVersion currentOwnership(IpAsset asset) {
        return ownership
                .current(asset.getId())
                .orElseThrow(() -> new ConflictException(
                        "IP asset " + asset.getId() + " has no owners yet: record its ownership (PUT /api/ip-assets/"
                                + asset.getId() + "/ownership) before drafting an agreement"));
    }

    /** A new revision's record: checked in full (options against the parties and owners) before anything is stored. */
    private DraftedRevision drafted(
            IpAsset asset, AgreementOptions options, List<Signatory> signatories, List<BackgroundIp> backgroundIp) {
        Checks.require("options", options);
        OwnershipVersion current = currentOwnership(asset);
        Framework fw = frameworks.latest();
        rendering.checkFont();
        AgreementDrafter.Drafting drafting = drafter.draft(asset, current, signatories, backgroundIp);
        Instant now = Instant.now();
        drafting.content().document("AG-new", 1, fw, AgreementStatus.DRAFT, now, options);
        return new DraftedRevision(
                asset.getId(),
                current.getVersionNo(),
                fw.version(),
                options.language().language(),
                AgreementJson.write(options),
                AgreementJson.write(drafting.content()),
                drafting.parties(),
                access.actorName(),
                now);
    }

    private AgreementDetails details(Agreement a) {
        AgreementContent content = AgreementJson.content(a.getContentJson());
        AgreementOptions options = AgreementJson.options(a.getOptionsJson());
        List<AgreementWarning> warnings =
                new ArrayList<>(content.warnings(frameworks.framework(a.getFrameworkVersion()), options));
        if (a.isDraft()) {
            ownership.timeline(a.getIpAssetId()).scheduled(clock.today()).stream()
                    .findFirst()
                    .map(v -> ScheduledOwnershipWarning.of(
                            frameworks.framework(a.getFrameworkVersion()), v, a.getOwnershipVersionNo()))
                    .ifPresent(warnings::add);
        }
        return new AgreementDetails(a, content, options, warnings, others(a));
    }

    private org.hetao.registry.agreement.AgreementDocument document(AgreementDetails d, AgreementStatus status) {
        Agreement a = d.agreement();
        return d.content()
                .document(
                        a.agreementId(),
                        a.getRevision(),
                        frameworks.framework(a.getFrameworkVersion()),
                        status,
                        a.getCreatedAt().toInstant(),
                        d.options());
    }
}
