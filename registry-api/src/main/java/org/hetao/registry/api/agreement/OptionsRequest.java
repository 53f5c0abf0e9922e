package org.hetao.registry.api.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.agreement.AgreementLanguage;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.ArbitrationInstitution;
import org.hetao.registry.agreement.ArbitrationLanguage;
import org.hetao.registry.agreement.BilingualLayout;
import org.hetao.registry.agreement.Consent;
import org.hetao.registry.agreement.DisputeResolution;
import org.hetao.registry.agreement.ExploitationTerms;
import org.hetao.registry.agreement.FilingAssignment;
import org.hetao.registry.agreement.FilingJurisdiction;
import org.hetao.registry.agreement.GoverningLaw;
import org.hetao.registry.agreement.LanguageTerms;
import org.hetao.registry.agreement.OwnershipModel;
import org.hetao.registry.agreement.OwnershipTerms;
import org.hetao.registry.agreement.PartyShare;
import org.hetao.registry.agreement.ProsecutionTerms;
import org.hetao.registry.agreement.PublicationTerms;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.agreement.SeatCity;
import org.hetao.registry.agreement.Split;
import org.hetao.registry.common.InvalidValueException;

/**
 * The options an agreement chooses within the IP framework, in the shape agreements show them.
 * Parties are named by their codes: the short names of their institutions. Errors name the field
 * from {@code options.} on.
 */
public record OptionsRequest(
        @Valid OwnershipTermsRequest ownership,
        @Valid ExploitationRequest exploitation,
        @Valid ProsecutionRequest prosecution,
        @Valid PublicationRequest publication,
        GoverningLaw governingLaw,
        @Valid DisputeRequest disputeResolution,
        @Size(max = 40) String recordingParty,
        Boolean confidentialityExamination,
        @Valid LanguageRequest language) {

    /** The ownership model; the lead party only for LEAD_OWNS_AND_LICENSES. */
    public record OwnershipTermsRequest(
            OwnershipModel model, @Size(max = 40) String leadParty) {}

    /** Which dealings need all owners' consent, and how revenue is shared (BY_SHARES when left out). */
    public record ExploitationRequest(
            Consent use,
            Consent nonExclusiveLicence,
            Consent exclusiveLicence,
            Consent assignment,
            @Valid SplitRequest revenueSharing) {}

    /** Who files where, how costs are split (BY_SHARES when left out), step-in, notice before abandonment. */
    public record ProsecutionRequest(
            @Size(max = 10) List<@Valid FilingPartyRequest> filingParties,
            @Valid SplitRequest costSplit,
            Boolean stepIn,
            @NotNull Integer abandonmentNoticeDays) {}

    /** The party that files and prosecutes in one jurisdiction. */
    public record FilingPartyRequest(
            FilingJurisdiction jurisdiction, @Size(max = 40) String party) {}

    /** A split of money: BY_SHARES, or STATED shares in basis points. */
    public record SplitRequest(
            Split.Basis basis, @Size(max = 50) List<@Valid ShareRequest> stated) {
        Split toSplit() {
            return new Split(
                    basis,
                    stated == null
                            ? null
                            : stated.stream()
                                    .map(s -> s == null
                                            ? new PartyShare(null, 0)
                                            : new PartyShare(s.party(), s.basisPoints() == null ? 0 : s.basisPoints()))
                                    .toList());
        }
    }

    /** One party's share in basis points (10000 = 100.00 %). */
    @Schema(
            name = "AgreementShareRequest",
            description = "A party's share of the agreement's revenue or costs in basis points")
    public record ShareRequest(@Size(max = 40) String party, Integer basisPoints) {}

    /** Notice before publication (30, 60 or 90 days) and the right to delay it for a filing. */
    public record PublicationRequest(@NotNull Integer noticeDays, Boolean mayDelayForFiling, Integer maxDelayDays) {}

    /** Arbitration: institution, the seat's city (HONG_KONG or SHENZHEN), 1 or 3 arbitrators, language. */
    public record DisputeRequest(
            ArbitrationInstitution institution,
            @Size(max = 40) String seat,
            @NotNull Integer arbitrators,
            ArbitrationLanguage language) {}

    /** The agreement's language(s), a bilingual agreement's layout, and the version that prevails. */
    public record LanguageRequest(AgreementLanguage language, BilingualLayout layout, Script prevailing) {}

    public AgreementOptions toOptions() {
        try {
            return new AgreementOptions(
                    ownership == null ? null : new OwnershipTerms(ownership.model(), ownership.leadParty()),
                    exploitation == null
                            ? null
                            : new ExploitationTerms(
                                    exploitation.use(),
                                    exploitation.nonExclusiveLicence(),
                                    exploitation.exclusiveLicence(),
                                    exploitation.assignment(),
                                    exploitation.revenueSharing() == null
                                            ? null
                                            : exploitation.revenueSharing().toSplit()),
                    prosecutionTerms(),
                    publication == null
                            ? null
                            : new PublicationTerms(
                                    publication.noticeDays(),
                                    Boolean.TRUE.equals(publication.mayDelayForFiling()),
                                    publication.maxDelayDays() == null ? 0 : publication.maxDelayDays()),
                    governingLaw,
                    disputeResolution == null
                            ? null
                            : new DisputeResolution(
                                    disputeResolution.institution(),
                                    SeatCity.parse("disputeResolution.seat", disputeResolution.seat()),
                                    disputeResolution.arbitrators(),
                                    disputeResolution.language()),
                    recordingParty,
                    Boolean.TRUE.equals(confidentialityExamination),
                    language == null
                            ? null
                            : new LanguageTerms(language.language(), language.layout(), language.prevailing()));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(
                    e.errors().stream().map(f -> f.under("options.")).toList());
        }
    }

    private ProsecutionTerms prosecutionTerms() {
        if (prosecution == null) {
            return null;
        }
        List<FilingAssignment> filing = prosecution.filingParties() == null
                ? null
                : prosecution.filingParties().stream()
                        .map(f -> f == null
                                ? new FilingAssignment(null, null)
                                : new FilingAssignment(f.jurisdiction(), f.party()))
                        .toList();
        return new ProsecutionTerms(
                filing,
                prosecution.costSplit() == null ? null : prosecution.costSplit().toSplit(),
                Boolean.TRUE.equals(prosecution.stepIn()),
                prosecution.abandonmentNoticeDays());
    }
}
