package org.hetao.registry.api.agreement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.Inventor;
import org.hetao.registry.agreement.Party;
import org.hetao.registry.agreement.PartyShare;
import org.hetao.registry.agreement.lifecycle.Agreement;
import org.hetao.registry.agreement.lifecycle.AgreementDetails;
import org.hetao.registry.agreement.lifecycle.AgreementParty;
import org.hetao.registry.agreement.lifecycle.AgreementSignature;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.common.BasisPoints;

/**
 * An agreement revision in a response: its state, what it says (parties, owners, inventors,
 * options) and the warnings its options give; its parties' signatures and signed copy; and the other
 * live revisions about the same asset. {@code version} is the ETag; {@code pdfSha256} is the SHA-256
 * of the issued PDF.
 */
@Schema(name = "AgreementView")
public record AgreementView(
        long id,
        long version,
        String agreementId,
        int revision,
        String status,
        long ipAssetId,
        int ownershipVersion,
        int frameworkVersion,
        String language,
        boolean outOfDate,
        List<WarningView> warnings,
        boolean warningsAcknowledged,
        String projectCode,
        TextView assetTitle,
        List<PartyView> parties,
        List<OwnerView> owners,
        List<InventorView> inventors,
        List<BackgroundIpView> backgroundIp,
        AgreementOptions options,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime issuedAt,
        String issuedBy,
        String pdfSha256,
        OffsetDateTime signedAt,
        Long supersedes,
        Long supersededBy,
        List<SignatureView> signatures,
        List<String> unsignedParties,
        SignedCopyView signedCopy,
        List<OtherAgreementView> otherAgreements) {

    /** A point the options leave to default rules that differ between Hong Kong and the Mainland: its code, title and text. */
    public record WarningView(String code, TextView title, TextView text) {}

    /** An item of a party's Background IP and the access the others get to it. */
    @Schema(name = "AgreementBackgroundIpView")
    public record BackgroundIpView(String party, TextView description, String access) {}

    /** One party's signature: who signed for which institution, when, and who recorded it. */
    @Schema(name = "AgreementSignatureView")
    public record SignatureView(
            String party,
            long institutionId,
            String signatoryName,
            String signatoryTitle,
            OffsetDateTime signedAt,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    /** The signed copy kept with a signed agreement: its SHA-256, size, and who uploaded it when. */
    @Schema(name = "AgreementSignedCopyView")
    public record SignedCopyView(String sha256, long size, OffsetDateTime uploadedAt, String uploadedBy) {}

    /** Another revision about the same asset that is a draft, issued or signed (and that the caller may read). */
    @Schema(name = "OtherAgreementView")
    public record OtherAgreementView(
            long id, String agreementId, int revision, String status, boolean outOfDate, OffsetDateTime createdAt) {}

    /** A party: its code in the options, its institution, legal names, jurisdiction and signatory. */
    public record PartyView(
            String code,
            long institutionId,
            TextView legalName,
            String jurisdiction,
            String signatoryName,
            String signatoryTitle) {}

    /** An owner's share, in basis points and as an exact percentage. */
    @Schema(name = "AgreementOwnerView")
    public record OwnerView(String party, int shareBp, String percent) {}

    /** An inventor, the party they work for, their contribution and where it was made (if known). */
    @Schema(name = "AgreementInventorView")
    public record InventorView(String name, String party, int contributionBp, String percent, String place) {}

    public static AgreementView of(AgreementDetails d) {
        Agreement a = d.agreement();
        Map<String, Long> institutions = a.getParties().stream()
                .collect(Collectors.toMap(AgreementParty::getCode, AgreementParty::getInstitutionId));
        return new AgreementView(
                a.getId(),
                a.getVersion(),
                a.agreementId(),
                a.getRevision(),
                a.getStatus().name(),
                a.getIpAssetId(),
                a.getOwnershipVersionNo(),
                a.getFrameworkVersion(),
                a.getLanguage().name(),
                a.isOutOfDate(),
                d.warnings().stream()
                        .map(w -> new WarningView(w.code(), TextView.of(w.title()), TextView.of(w.text())))
                        .toList(),
                a.isWarningsAcknowledged(),
                d.content().project().code(),
                TextView.of(d.content().asset().title()),
                d.content().parties().stream()
                        .map(p -> party(p, institutions.get(p.code())))
                        .toList(),
                d.content().owners().stream().map(AgreementView::owner).toList(),
                d.content().inventors().stream().map(AgreementView::inventor).toList(),
                d.content().backgroundIp().stream()
                        .map(b -> new BackgroundIpView(
                                b.party(),
                                TextView.of(b.description()),
                                b.access().name()))
                        .toList(),
                d.options(),
                a.getCreatedAt(),
                a.getCreatedBy(),
                a.getIssuedAt(),
                a.getIssuedBy(),
                a.getPdfSha256(),
                a.getSignedAt(),
                a.getSupersedes(),
                a.getSupersededBy(),
                a.getSignatures().stream().map(AgreementView::signature).toList(),
                a.isDraft() ? List.of() : a.unsignedParties(),
                a.getSignedCopySha256() == null
                        ? null
                        : new SignedCopyView(
                                a.getSignedCopySha256(),
                                a.getSignedCopySize(),
                                a.getSignedCopyAt(),
                                a.getSignedCopyBy()),
                d.others().stream()
                        .map(o -> new OtherAgreementView(
                                o.getId(),
                                o.agreementId(),
                                o.getRevision(),
                                o.getStatus().name(),
                                o.isOutOfDate(),
                                o.getCreatedAt()))
                        .toList());
    }

    private static SignatureView signature(AgreementSignature s) {
        return new SignatureView(
                s.getPartyCode(),
                s.getInstitutionId(),
                s.getSignatoryName(),
                s.getSignatoryTitle(),
                s.getSignedAt(),
                s.getRecordedBy(),
                s.getRecordedAt());
    }

    private static PartyView party(Party p, Long institutionId) {
        return new PartyView(
                p.code(),
                institutionId,
                TextView.of(p.legalName()),
                p.jurisdiction().name(),
                p.signatoryName(),
                p.signatoryTitle());
    }

    private static OwnerView owner(PartyShare s) {
        return new OwnerView(s.party(), s.basisPoints(), BasisPoints.percent(s.basisPoints()));
    }

    private static InventorView inventor(Inventor i) {
        return new InventorView(
                i.name(),
                i.party(),
                i.contributionBasisPoints(),
                BasisPoints.percent(i.contributionBasisPoints()),
                i.place() == null ? null : i.place().name());
    }
}
