package org.hetao.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.FilingDetails;
import org.hetao.registry.ipasset.FilingJurisdiction;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.Orcid;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Park;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ParticipantRole;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.StaffRole;
import org.hetao.registry.project.StaffingDetails;
import org.hetao.registry.project.WhiteListStatus;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {
    private static final DemoDataSet SET = DemoGenerator.standard();

    @Test
    void theSameSeedGivesTheSameDataSet() {
        assertEquals(SET, DemoGenerator.standard());
        assertEquals(SET, new DemoGenerator(DemoGenerator.SEED).generate(DemoInstitutions.all()));
        assertNotEquals(SET, new DemoGenerator(DemoGenerator.SEED + 1).generate(DemoInstitutions.all()));
    }

    @Test
    void isLargeEnough() {
        assertTrue(SET.projects().size() >= 200, SET.summary());
        assertTrue(SET.assets().size() >= 400, SET.summary());
        assertTrue(SET.people().size() >= 300, SET.summary());
        long postdocs = staff().filter(s -> s.role() == StaffRole.POSTDOC).count();
        assertTrue(postdocs >= 300, "post-docs: " + postdocs);
        assertEquals(
                EnumSet.allOf(StaffRole.class),
                staff().map(StaffingDetails::role).collect(Collectors.toSet()));
    }

    @Test
    void everyShareListSumsToExactlyTenThousand() {
        for (DemoDataSet.Asset a : SET.assets()) {
            List<InventorDetails> inventors = a.details().inventors();
            if (a.details().type() != AssetType.TRADEMARK) {
                assertEquals(
                        BasisPoints.WHOLE,
                        inventors.stream().mapToInt(InventorDetails::shareBp).sum(),
                        a.details().title().en());
            }
            assertTrue(a.ownership().size() >= 1 && a.ownership().size() <= 3);
            for (OwnershipChange c : a.ownership()) {
                assertEquals(
                        BasisPoints.WHOLE,
                        c.shares().stream().mapToInt(ShareDetails::shareBp).sum());
                assertTrue(c.shares().stream().allMatch(s -> s.shareBp() > 0));
            }
        }
        Set<List<Integer>> splits = SET.assets().stream()
                .flatMap(a -> a.ownership().stream())
                .map(c -> c.shares().stream().map(ShareDetails::shareBp).toList())
                .collect(Collectors.toSet());
        assertTrue(splits.contains(List.of(3334, 3333, 3333)));
        assertTrue(splits.contains(List.of(6667, 3333)));
        assertTrue(splits.contains(List.of(BasisPoints.WHOLE)));
    }

    @Test
    void aboutHalfThePeopleHaveAValidUniqueOrcidId() {
        List<String> orcids = SET.people().stream()
                .map(PersonDetails::orcid)
                .filter(Objects::nonNull)
                .toList();
        double share = (double) orcids.size() / SET.people().size();
        assertTrue(share > 0.4 && share < 0.6, "share with an ORCID iD: " + share);
        for (String id : orcids) {
            assertEquals(id, Orcid.normalize("orcid", id));
            assertTrue(id.startsWith("0000-0000-0000-"), id);
        }
        assertEquals(orcids.size(), new HashSet<>(orcids).size());
        assertEquals("0000-0000-0000-001X", DemoPeople.orcid(1));
    }

    @Test
    void everyProjectHasExactlyOneLeadAndAPartnerAcrossTheBoundary() {
        for (DemoDataSet.Project p : SET.projects()) {
            List<ParticipantDetails> parts = p.details().participants();
            assertEquals(
                    1,
                    parts.stream().filter(x -> x.role() == ParticipantRole.LEAD).count(),
                    p.details().code());
            Set<Jurisdiction> sides = parts.stream()
                    .filter(x -> x.role() == ParticipantRole.LEAD || x.role() == ParticipantRole.PARTNER)
                    .map(x -> SET.institution(x.institutionId()).jurisdiction())
                    .collect(Collectors.toSet());
            assertEquals(
                    Set.of(Jurisdiction.HK, Jurisdiction.MAINLAND),
                    sides,
                    p.details().code());
        }
    }

    @Test
    void everyRecordIsMarkedFictional() {
        for (DemoDataSet.Project p : SET.projects()) {
            ProjectDetails d = p.details();
            assertTrue(d.code().matches("DEMO-20(2[1-7])-\\d{4}"), d.code());
            assertMarkedTitle(d.title());
            assertMarkedAbstract(d.abstractText());
            d.funding().forEach(f -> assertTrue(f.awardId().startsWith("DEMO-"), f.awardId()));
        }
        for (DemoDataSet.Asset a : SET.assets()) {
            assertMarkedTitle(a.details().title());
            assertMarkedAbstract(a.details().abstractText());
            LocalizedText summary = a.details().publicSummary();
            if (summary != null) {
                assertMarkedAbstract(summary);
            }
        }
        for (PersonDetails p : SET.people()) {
            assertTrue(p.nameEn().endsWith(" (fictional)"), p.nameEn());
            assertTrue(
                    p.nameZh() == null
                            || p.nameZh().endsWith("（虛構）")
                            || p.nameZh().endsWith("（虚构）"),
                    p.nameZh());
            assertTrue(p.email() == null || p.email().endsWith(".demo.invalid"), p.email());
        }
    }

    @Test
    void publicLicensableAssetsHaveAPublicSummary() {
        List<IpAssetDetails> offered = SET.assets().stream()
                .map(DemoDataSet.Asset::details)
                .filter(d -> d.confidentiality() == Confidentiality.PUBLIC
                        && d.licensing().isAvailable())
                .toList();
        assertTrue(offered.size() >= 100, "offered publicly: " + offered.size());
        offered.forEach(d -> {
            assertNotNull(d.publicSummary().en());
            assertNotNull(d.publicSummary().zhHant(), "each language written apart: " + d.publicSummary());
            assertNotNull(d.publicSummary().zhHans());
            assertTrue(
                    d.publicSummary()
                            .en()
                            .chars()
                            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    d.publicSummary().en());
            assertNotNull(d.problemSolved());
            assertNotNull(d.advantages().zhHant());
            assertNotNull(d.applications().zhHans());
        });
    }

    @Test
    void confidentialityIsMostlyPublic() {
        int n = SET.projects().size();
        double open = share(p -> p.details().confidentiality() == Confidentiality.PUBLIC);
        double consortium = share(p -> p.details().confidentiality() == Confidentiality.CONSORTIUM);
        double closed = share(p -> p.details().confidentiality() == Confidentiality.CONFIDENTIAL);
        assertTrue(
                Math.abs(open - 0.7) < 0.07 && Math.abs(consortium - 0.2) < 0.06 && Math.abs(closed - 0.1) < 0.05,
                n + " projects: " + open + " / " + consortium + " / " + closed);
    }

    @Test
    void coversEveryAssetTypeAndFilingOffice() {
        assertEquals(
                EnumSet.allOf(AssetType.class),
                SET.assets().stream().map(a -> a.details().type()).collect(Collectors.toSet()));
        Set<FilingJurisdiction> offices = SET.assets().stream()
                .flatMap(a -> a.details().filings().stream())
                .map(FilingDetails::jurisdiction)
                .collect(Collectors.toSet());
        assertTrue(
                offices.containsAll(EnumSet.of(
                        FilingJurisdiction.CN,
                        FilingJurisdiction.HK,
                        FilingJurisdiction.PCT,
                        FilingJurisdiction.US,
                        FilingJurisdiction.EP)),
                offices.toString());
        Set<Integer> levels =
                SET.assets().stream().map(a -> a.details().readinessLevel()).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), levels);
    }

    @Test
    void inventorsAreProjectStaffAndOwnersAreParticipants() {
        for (DemoDataSet.Project p : SET.projects()) {
            Set<Long> staff = p.staff().stream().map(StaffingDetails::personId).collect(Collectors.toSet());
            Set<Long> participants = p.details().participants().stream()
                    .filter(x -> x.role() != ParticipantRole.FUNDER)
                    .map(ParticipantDetails::institutionId)
                    .collect(Collectors.toSet());
            assertEquals(
                    p.staff().size(),
                    staff.size(),
                    "nobody twice on " + p.details().code());
            for (DemoDataSet.Asset a : p.assets()) {
                a.details().inventors().forEach(i -> assertTrue(staff.contains(i.personId())));
                a.ownership()
                        .forEach(c -> c.shares().forEach(s -> assertTrue(participants.contains(s.institutionId()))));
            }
        }
    }

    @Test
    void mainlandStaffInTheHongKongParkAreOnTheWhiteList() {
        List<StaffingDetails> crossing = staff().filter(
                        s -> s.park() == Park.HK_PARK && home(s) == Jurisdiction.MAINLAND)
                .toList();
        assertTrue(crossing.size() >= 100, "Mainland staff in the Hong Kong park: " + crossing.size());
        crossing.forEach(s -> {
            assertEquals(WhiteListStatus.APPROVED, s.whiteListStatus(), s::toString);
            assertFalse(s.whiteListFrom().isAfter(s.startDate()), s::toString);
            assertFalse(s.whiteListUntil().isBefore(s.endDate() == null ? s.startDate() : s.endDate()), s::toString);
        });
    }

    @Test
    void chineseTextsUseEachScriptsOwnWords() {
        String hant = texts(LocalizedText::zhHant);
        String hans = texts(LocalizedText::zhHans);
        for (String word : List.of("人工智慧", "機器人", "晶片", "生物標記", "數據")) {
            assertTrue(hant.contains(word), word);
        }
        for (String word : List.of("人工智能", "机器人", "芯片", "生物标记", "数据")) {
            assertTrue(hans.contains(word), word);
        }
    }

    private static java.util.stream.Stream<StaffingDetails> staff() {
        return SET.projects().stream().flatMap(p -> p.staff().stream());
    }

    private static Jurisdiction home(StaffingDetails s) {
        return SET.institution(SET.person(s.personId()).institutionId()).jurisdiction();
    }

    private static double share(Predicate<DemoDataSet.Project> p) {
        return (double) SET.projects().stream().filter(p).count()
                / SET.projects().size();
    }

    private static String texts(Function<LocalizedText, String> script) {
        return SET.projects().stream()
                .flatMap(p -> java.util.stream.Stream.of(
                        p.details().title(), p.details().abstractText()))
                .map(script)
                .collect(Collectors.joining("\n"));
    }

    private static void assertMarkedTitle(LocalizedText t) {
        assertTrue(t.en().endsWith(" (fictional)"), t.en());
        assertTrue(t.zhHant().endsWith("（虛構）"), t.zhHant());
        assertTrue(t.zhHans().endsWith("（虚构）"), t.zhHans());
    }

    private static void assertMarkedAbstract(LocalizedText t) {
        assertTrue(t.en().startsWith("Fictional demo record. "), t.en());
        assertTrue(t.zhHant().startsWith("虛構示範記錄。"), t.zhHant());
        assertTrue(t.zhHans().startsWith("虚构示范记录。"), t.zhHans());
    }
}
