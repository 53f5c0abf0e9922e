package org.hetao.registry.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * The choices a legal team makes within the unified IP framework. Each part checks itself when
 * built; {@link #checkParties} checks that the parties it names take part in the agreement.
 *
 * @param recordingParty the party that records assignments and licences with the patent offices,
 *                       or {@code null} if the agreement names none
 * @param confidentialityExamination whether the agreement has the clause on the confidentiality
 *                       examination before filing abroad an invention completed in the Mainland
 */
public record AgreementOptions(
        OwnershipTerms ownership,
        ExploitationTerms exploitation,
        ProsecutionTerms prosecution,
        PublicationTerms publication,
        GoverningLaw governingLaw,
        DisputeResolution disputeResolution,
        String recordingParty,
        boolean confidentialityExamination,
        LanguageTerms language) {

    public AgreementOptions {
        required("ownership", ownership);
        required("exploitation", exploitation);
        required("prosecution", prosecution);
        required("publication", publication);
        required("governingLaw", governingLaw);
        required("disputeResolution", disputeResolution);
        required("language", language);
        recordingParty = recordingParty == null || recordingParty.isBlank() ? null : recordingParty.strip();
    }

    /**
     * Checks the parties named in the options against those of the agreement. Field names start
     * with {@code prefix} (e.g. {@code options.}).
     */
    public void checkParties(String prefix, Set<String> parties, List<PartyShare> owners) {
        Set<String> ownerCodes = owners.stream().map(PartyShare::party).collect(java.util.stream.Collectors.toSet());
        if (ownership.model() == OwnershipModel.LEAD_OWNS_AND_LICENSES) {
            String lead = ownership.leadParty();
            if (!ownerCodes.contains(lead)) {
                throw new InvalidValueException(
                        prefix + "ownership.leadParty",
                        ErrorCode.AGREEMENT_NOT_AN_OWNER,
                        lead + " is not an owner of the results",
                        Map.of("party", String.valueOf(lead)));
            }
            if (ownerCodes.size() != 1) {
                throw new InvalidValueException(
                        prefix + "ownership.leadParty",
                        ErrorCode.AGREEMENT_LEAD_SOLE_OWNER,
                        "must be the only owner (100.00 %) when the lead party owns and licenses; the others take licences");
            }
        }
        checkShareParties(
                prefix + "exploitation.revenueSharing.stated", exploitation.revenueSharing(), parties, "a party");
        checkShareParties(prefix + "prosecution.costSplit.stated", prosecution.costSplit(), ownerCodes, "an owner");
        List<FilingAssignment> filing = prosecution.filingParties();
        for (int i = 0; i < filing.size(); i++) {
            if (!parties.contains(filing.get(i).party())) {
                throw new InvalidValueException(
                        prefix + "prosecution.filingParties[" + i + "].party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        filing.get(i).party() + " is not a party to the agreement",
                        Map.of("party", String.valueOf(filing.get(i).party())));
            }
        }
        if (recordingParty != null && !parties.contains(recordingParty)) {
            throw new InvalidValueException(
                    prefix + "recordingParty",
                    ErrorCode.AGREEMENT_NOT_A_PARTY,
                    recordingParty + " is not a party to the agreement",
                    Map.of("party", String.valueOf(recordingParty)));
        }
    }

    private static void checkShareParties(String field, Split split, Set<String> allowed, String what) {
        List<PartyShare> stated = split.stated();
        for (int i = 0; i < stated.size(); i++) {
            if (!allowed.contains(stated.get(i).party())) {
                throw new InvalidValueException(
                        field + "[" + i + "].party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        stated.get(i).party() + " is not " + what,
                        Map.of("party", String.valueOf(stated.get(i).party())));
            }
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, ErrorCode.REQUIRED, "is required");
        }
    }
}
