package org.hetao.registry.agreement;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * Everything one version of a joint-ownership agreement says, fixed at the moment it was created:
 * the renderer turns the same document into the same bytes. Owners' shares and inventors'
 * contributions are in basis points and each sum to exactly 10,000 (100.00 %).
 */
public record AgreementDocument(
        String agreementId,
        int version,
        int frameworkVersion,
        AgreementStatus status,
        Instant createdAt,
        ProjectSummary project,
        IpAssetSummary asset,
        List<Party> parties,
        List<PartyShare> owners,
        List<Inventor> inventors,
        List<BackgroundIp> backgroundIp,
        AgreementOptions options,
        List<AgreementWarning> warnings) {

    public AgreementDocument {
        agreementId = Checks.requireText("agreementId", agreementId, 60);
        if (version < 1) {
            throw new InvalidValueException("version", ErrorCode.RANGE, "must be 1 or more", Map.of("min", 1));
        }
        if (frameworkVersion < 1) {
            throw new InvalidValueException("frameworkVersion", ErrorCode.RANGE, "must be 1 or more", Map.of("min", 1));
        }
        Checks.require("status", status);
        Checks.require("createdAt", createdAt);
        Checks.require("project", project);
        Checks.require("asset", asset);
        parties = List.copyOf(Checks.requireNotEmpty("parties", parties));
        owners = List.copyOf(Checks.requireNotEmpty("owners", owners));
        inventors = inventors == null ? List.of() : List.copyOf(inventors);
        backgroundIp = backgroundIp == null ? List.of() : List.copyOf(backgroundIp);
        Checks.require("options", options);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);

        Set<String> codes = partyCodes(parties);
        Split.checkShares("owners", owners);
        for (int i = 0; i < owners.size(); i++) {
            if (!codes.contains(owners.get(i).party())) {
                throw new InvalidValueException(
                        "owners[" + i + "].party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        owners.get(i).party() + " is not a party to the agreement",
                        Map.of("party", String.valueOf(owners.get(i).party())));
            }
        }
        checkInventors(inventors, codes);
        for (int i = 0; i < backgroundIp.size(); i++) {
            if (!codes.contains(backgroundIp.get(i).party())) {
                throw new InvalidValueException(
                        "backgroundIp[" + i + "].party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        backgroundIp.get(i).party() + " is not a party to the agreement",
                        Map.of("party", String.valueOf(backgroundIp.get(i).party())));
            }
        }
        options.checkParties("options.", codes, owners);
    }

    /** The party with this code; the document guarantees every code it uses names one. */
    public Party party(String code) {
        return parties.stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No party " + code));
    }

    private static Set<String> partyCodes(List<Party> parties) {
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            if (!codes.add(parties.get(i).code())) {
                throw new InvalidValueException(
                        "parties[" + i + "].code",
                        ErrorCode.DUPLICATE,
                        "names " + parties.get(i).code() + " twice",
                        Map.of("value", String.valueOf(parties.get(i).code())));
            }
        }
        return codes;
    }

    private static void checkInventors(List<Inventor> inventors, Set<String> codes) {
        if (inventors.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        for (int i = 0; i < inventors.size(); i++) {
            Inventor inv = inventors.get(i);
            if (!codes.contains(inv.party())) {
                throw new InvalidValueException(
                        "inventors[" + i + "].party",
                        ErrorCode.AGREEMENT_NOT_A_PARTY,
                        inv.party() + " is not a party to the agreement",
                        Map.of("party", String.valueOf(inv.party())));
            }
            if (!names.add(inv.name())) {
                throw new InvalidValueException(
                        "inventors[" + i + "].name",
                        ErrorCode.DUPLICATE,
                        "names " + inv.name() + " twice",
                        Map.of("value", String.valueOf(inv.name())));
            }
            if (inv.contributionBasisPoints() <= 0 || inv.contributionBasisPoints() > BasisPoints.WHOLE) {
                throw new InvalidValueException(
                        "inventors[" + i + "].contributionBasisPoints",
                        ErrorCode.RANGE,
                        "must be between 1 and 10000",
                        Map.of("min", 1, "max", 10000));
            }
            total += inv.contributionBasisPoints();
        }
        if (total != BasisPoints.WHOLE) {
            throw new InvalidValueException(
                    "inventors",
                    ErrorCode.SHARES_SUM,
                    "contributions must sum to 10000 basis points (100.00 %), not " + total,
                    Map.of("sum", total));
        }
    }
}
