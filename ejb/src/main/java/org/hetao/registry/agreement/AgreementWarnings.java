package org.hetao.registry.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;

/**
 * Finds the points an agreement leaves silent, or settles unusually, where the default rules of
 * Hong Kong and the Mainland differ. A pure function of the parties' jurisdictions, the inventors'
 * places (where given), the asset's filings and the options; the texts come from the framework.
 */
public final class AgreementWarnings {
    public static final String EXPLOITATION_CONSENT_NOT_STATED = "EXPLOITATION_CONSENT_NOT_STATED";
    public static final String RECORDING_PARTY_NOT_NAMED = "RECORDING_PARTY_NOT_NAMED";
    public static final String CONFIDENTIALITY_EXAMINATION_MISSING = "CONFIDENTIALITY_EXAMINATION_MISSING";
    public static final String LAW_AND_SEAT_DIFFER = "LAW_AND_SEAT_DIFFER";
    public static final String HONG_KONG_CHOICE_WITHOUT_HONG_KONG_PARTY = "HONG_KONG_CHOICE_WITHOUT_HONG_KONG_PARTY";
    public static final String FILING_PARTY_NOT_NAMED = "FILING_PARTY_NOT_NAMED";

    private AgreementWarnings() {}

    public static List<AgreementWarning> of(
            Framework fw,
            List<Party> parties,
            List<Inventor> inventors,
            IpAssetSummary asset,
            AgreementOptions options) {
        Set<Jurisdiction> places = new LinkedHashSet<>();
        parties.forEach(p -> places.add(p.jurisdiction()));
        Set<FilingJurisdiction> filings = new LinkedHashSet<>();
        asset.filings().forEach(f -> filings.add(f.jurisdiction()));
        Set<FilingJurisdiction> plannedOrFiled = new LinkedHashSet<>(filings);
        options.prosecution().filingParties().forEach(a -> plannedOrFiled.add(a.jurisdiction()));
        boolean hkAndMainland = places.contains(Jurisdiction.HK) && places.contains(Jurisdiction.MAINLAND)
                || plannedOrFiled.contains(FilingJurisdiction.CN) && plannedOrFiled.contains(FilingJurisdiction.HK);

        List<AgreementWarning> warnings = new ArrayList<>();
        ExploitationTerms e = options.exploitation();
        if (options.ownership().model() != OwnershipModel.LEAD_OWNS_AND_LICENSES
                && hkAndMainland
                && e.leavesConsentUnstated()) {
            List<String> dealings = new ArrayList<>();
            addIfUnstated(dealings, e.use(), "dealing.use");
            addIfUnstated(dealings, e.nonExclusiveLicence(), "dealing.nonExclusiveLicence");
            addIfUnstated(dealings, e.exclusiveLicence(), "dealing.exclusiveLicence");
            addIfUnstated(dealings, e.assignment(), "dealing.assignment");
            warnings.add(warning(
                    fw,
                    EXPLOITATION_CONSENT_NOT_STATED,
                    Map.of("dealings", ClauseValues.joined(fw, dealings, fw::warning, "enumSeparator"))));
        }
        boolean hkOrMainland = places.contains(Jurisdiction.HK)
                || places.contains(Jurisdiction.MAINLAND)
                || plannedOrFiled.contains(FilingJurisdiction.HK)
                || plannedOrFiled.contains(FilingJurisdiction.CN);
        if (options.recordingParty() == null && hkOrMainland) {
            warnings.add(warning(fw, RECORDING_PARTY_NOT_NAMED, Map.of()));
        }
        examination(fw, places, inventors, plannedOrFiled, options).ifPresent(warnings::add);
        SeatCity seat = options.disputeResolution().seat();
        GoverningLaw law = options.governingLaw();
        if (law == GoverningLaw.HONG_KONG != seat.isInHongKong()) {
            warnings.add(warning(
                    fw, LAW_AND_SEAT_DIFFER, Map.of("law", fw.label("law." + law), "seat", fw.label("seat." + seat))));
        }
        if ((law == GoverningLaw.HONG_KONG || seat.isInHongKong()) && places.equals(Set.of(Jurisdiction.MAINLAND))) {
            warnings.add(warning(fw, HONG_KONG_CHOICE_WITHOUT_HONG_KONG_PARTY, Map.of()));
        }
        List<FilingJurisdiction> unassigned = filings.stream()
                .filter(j -> options.prosecution().filingParty(j).isEmpty())
                .toList();
        if (!unassigned.isEmpty()) {
            warnings.add(warning(
                    fw,
                    FILING_PARTY_NOT_NAMED,
                    Map.of(
                            "jurisdictions",
                            ClauseValues.joined(
                                    fw, unassigned, j -> fw.label("filingJurisdiction." + j), "enumSeparator"))));
        }
        return List.copyOf(warnings);
    }

    private static Optional<AgreementWarning> examination(
            Framework fw,
            Set<Jurisdiction> places,
            List<Inventor> inventors,
            Set<FilingJurisdiction> plannedOrFiled,
            AgreementOptions options) {
        List<FilingJurisdiction> abroad = plannedOrFiled.stream()
                .filter(FilingJurisdiction::isOutsideMainland)
                .toList();
        if (options.confidentialityExamination() || abroad.isEmpty()) {
            return Optional.empty();
        }
        String basis;
        if (inventors.stream().anyMatch(i -> i.place() == ContributionPlace.MAINLAND)) {
            basis = "basis.mainlandInventors";
        } else if (places.contains(Jurisdiction.MAINLAND)
                && (inventors.isEmpty() || inventors.stream().anyMatch(i -> i.place() == null))) {
            basis = "basis.placesUnknown";
        } else {
            return Optional.empty();
        }
        return Optional.of(warning(
                fw,
                CONFIDENTIALITY_EXAMINATION_MISSING,
                Map.of(
                        "basis",
                        fw.warning(basis),
                        "jurisdictions",
                        ClauseValues.joined(fw, abroad, j -> fw.label("filingJurisdiction." + j), "enumSeparator"))));
    }

    private static void addIfUnstated(List<String> dealings, Consent consent, String key) {
        if (consent == Consent.NOT_STATED) {
            dealings.add(key);
        }
    }

    private static AgreementWarning warning(Framework fw, String code, Map<String, LocalizedText> values) {
        return AgreementWarning.of(fw, code, Placeholders.fill(fw.warning(code), values));
    }
}
