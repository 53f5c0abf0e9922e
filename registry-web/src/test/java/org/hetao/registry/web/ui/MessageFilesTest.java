package org.hetao.registry.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hetao.registry.access.Role;
import org.hetao.registry.agreement.AgreementLanguage;
import org.hetao.registry.agreement.AgreementStatus;
import org.hetao.registry.agreement.ArbitrationInstitution;
import org.hetao.registry.agreement.ArbitrationLanguage;
import org.hetao.registry.agreement.BackgroundAccess;
import org.hetao.registry.agreement.BilingualLayout;
import org.hetao.registry.agreement.Consent;
import org.hetao.registry.agreement.ContributionPlace;
import org.hetao.registry.agreement.GoverningLaw;
import org.hetao.registry.agreement.OwnershipModel;
import org.hetao.registry.agreement.Script;
import org.hetao.registry.agreement.SeatCity;
import org.hetao.registry.audit.AuditAction;
import org.hetao.registry.boundary.ClearanceRoute;
import org.hetao.registry.boundary.TransferKind;
import org.hetao.registry.boundary.TransferStatus;
import org.hetao.registry.capital.BoundarySide;
import org.hetao.registry.capital.GrantScheme;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.docket.DocketEntry;
import org.hetao.registry.enquiry.DeclineReason;
import org.hetao.registry.enquiry.EnquiryStatus;
import org.hetao.registry.enquiry.Interest;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.FilingStatus;
import org.hetao.registry.ipasset.HongKongPatentKind;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.ProjectStatus;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.Site;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.WhiteListStatus;
import org.hetao.registry.proposal.ProposalState;
import org.hetao.registry.recordal.RecordalOffice;
import org.hetao.registry.recordal.RecordalStatus;
import org.hetao.registry.recordal.RecordalType;
import org.hetao.registry.savedsearch.DigestFrequency;
import org.hetao.registry.statistics.Interval;
import org.hetao.registry.transfer.imports.ImportState;
import org.junit.jupiter.api.Test;

/**
 * The web UI's three message files (js/messages: English, Traditional and Simplified Chinese) say
 * the same things: the same keys in each, and for every enumeration of the API a label
 * ({@code <kind>.<CONSTANT>}) for each of its constants and for nothing else.
 */
class MessageFilesTest {
    private static final Path MESSAGES = Path.of("src", "main", "webapp", "js", "messages");
    private static final List<String> LANGUAGES = List.of("en", "zh-Hant", "zh-Hans");

    /** One entry of a message file: {@code 'key': …} or {@code "key": …} at the start of a line. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(['\"])([^'\"]+)\\1\\s*:");

    /** A key that labels an enumeration constant, such as {@code projectStatus.ACTIVE}. */
    private static final Pattern LABEL = Pattern.compile("([a-z][A-Za-z]*)\\.([A-Z][A-Z0-9_]*)");

    /** The enumeration each kind of label names, as the API sends it. */
    private static final Map<String, Class<? extends Enum<?>>> KINDS = kinds();

    private static Map<String, Class<? extends Enum<?>>> kinds() {
        Map<String, Class<? extends Enum<?>>> k = new LinkedHashMap<>();
        k.put("agreementLanguage", AgreementLanguage.class);
        k.put("agreementStatus", AgreementStatus.class);
        k.put("arbitrationInstitution", ArbitrationInstitution.class);
        k.put("arbitrationLanguage", ArbitrationLanguage.class);
        k.put("assetType", AssetType.class);
        k.put("auditAction", AuditAction.class);
        k.put("backgroundAccess", BackgroundAccess.class);
        k.put("bilingualLayout", BilingualLayout.class);
        k.put("boundarySide", BoundarySide.class);
        k.put("clearanceRoute", ClearanceRoute.class);
        k.put("confidentiality", Confidentiality.class);
        k.put("consent", Consent.class);
        k.put("contributionPlace", ContributionPlace.class);
        k.put("deadlineStatus", DocketEntry.Status.class);
        k.put("declineReason", DeclineReason.class);
        k.put("digestFrequency", DigestFrequency.class);
        k.put("enquiryInterest", Interest.class);
        k.put("enquiryStatus", EnquiryStatus.class);
        k.put("filingJurisdiction", FilingJurisdiction.class);
        k.put("filingStatus", FilingStatus.class);
        k.put("governingLaw", GoverningLaw.class);
        k.put("grantScheme", GrantScheme.class);
        k.put("hkKind", HongKongPatentKind.class);
        k.put("importState", ImportState.class);
        k.put("institutionKind", InstitutionKind.class);
        k.put("interval", Interval.class);
        k.put("jurisdiction", Jurisdiction.class);
        k.put("licensing", Licensing.class);
        k.put("ownershipModel", OwnershipModel.class);
        k.put("park", Park.class);
        k.put("participantRole", ParticipantRole.class);
        k.put("projectStatus", ProjectStatus.class);
        k.put("proposalState", ProposalState.class);
        k.put("recordalOffice", RecordalOffice.class);
        k.put("recordalStatus", RecordalStatus.class);
        k.put("recordalType", RecordalType.class);
        k.put("role", Role.class);
        k.put("script", Script.class);
        k.put("seatCity", SeatCity.class);
        k.put("sector", Sector.class);
        k.put("site", Site.class);
        k.put("staffRole", StaffRole.class);
        k.put("transferKind", TransferKind.class);
        k.put("transferStatus", TransferStatus.class);
        k.put("whiteListStatus", WhiteListStatus.class);
        return k;
    }

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        List<String> english = keys("en");
        assertTrue(english.size() > 500, () -> "en.js was not read as a message file: " + english.size() + " keys");
        Set<String> reference = new TreeSet<>(english);
        for (String language : LANGUAGES) {
            List<String> keys = keys(language);
            List<String> twice = keys.stream()
                    .collect(Collectors.groupingBy(k -> k, LinkedHashMap::new, Collectors.counting()))
                    .entrySet()
                    .stream()
                    .filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey)
                    .toList();
            assertEquals(List.of(), twice, language + ".js has these keys more than once (the later one wins)");
            Set<String> own = new TreeSet<>(keys);
            assertEquals(
                    Set.of(),
                    difference(reference, own),
                    language + ".js lacks these keys of en.js: add their text in " + language);
            assertEquals(
                    Set.of(),
                    difference(own, reference),
                    language + ".js has these keys that en.js has not: add them to en.js or remove them");
        }
    }

    @Test
    void everyEnumerationConstantHasALabelAndEveryLabelAConstant() throws IOException {
        for (String language : LANGUAGES) {
            Map<String, Set<String>> labels = new LinkedHashMap<>();
            for (String key : keys(language)) {
                Matcher m = LABEL.matcher(key);
                if (m.matches()) {
                    labels.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                }
            }
            assertEquals(
                    Set.of(),
                    difference(labels.keySet(), KINDS.keySet()),
                    language + ".js labels constants of kinds this test does not know: name their Java enumeration "
                            + "in MessageFilesTest.KINDS");
            List<String> wrong = new ArrayList<>();
            KINDS.forEach((kind, type) -> {
                Set<String> constants = Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> labelled = labels.getOrDefault(kind, Set.of());
                difference(constants, labelled)
                        .forEach(c -> wrong.add(kind + "." + c + " is missing (" + type.getSimpleName() + " has " + c
                                + "): add its label"));
                difference(labelled, constants)
                        .forEach(c -> wrong.add(kind + "." + c + " labels no constant of " + type.getName()
                                + ": remove it, or rename it to the constant it meant"));
            });
            assertEquals(List.of(), wrong, language + ".js and the Java enumerations disagree");
        }
    }

    private static List<String> keys(String language) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(MESSAGES.resolve(language + ".js"))) {
            Matcher m = ENTRY.matcher(line);
            if (m.find()) {
                keys.add(m.group(2));
            }
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
