package org.hetao.registry.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ipasset.IpAssetSamples;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;
import org.hetao.registry.lucene.Language;
import org.hetao.registry.lucene.LocalizedText;
import org.hetao.registry.lucene.SearchDocument;
import org.hetao.registry.lucene.Visibility;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.ProjectSamples;
import org.hetao.registry.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchDocumentsTest {
    private static final long HKUST = 3;
    private static final long SUSTECH = 12;
    private static final long OUTSIDER = 40;
    private static final long PROJECT = 100;
    private static final long ASSET = 200;
    private static final long INVENTOR = 300;
    private static final String ABSTRACT = "A compliant gripper that handles sample tubes.";

    private static final Map<Long, Institution> INSTITUTIONS = Map.of(
            HKUST, known(new Institution(Samples.hkust()), "科大", "港科大"),
            SUSTECH, known(new Institution(Samples.sustech()), "南科大"),
            OUTSIDER, known(new Institution(Samples.institution("OUTCO", Jurisdiction.OVERSEAS)), "Outco Labs"));

    private static Institution known(Institution institution, String... aliases) {
        institution.changeAliases(List.of(aliases));
        return institution;
    }

    private static Project project(Confidentiality confidentiality) {
        ProjectDetails d = ProjectSamples.project("HT-2025-0042", HKUST, SUSTECH);
        return new Project(new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                confidentiality,
                d.participants(),
                d.funding()));
    }

    private static IpAsset asset(Confidentiality confidentiality, Licensing licensing) {
        IpAssetDetails d = IpAssetSamples.patent(PROJECT, List.of(new InventorDetails(INVENTOR, 10000)));
        return new IpAsset(new IpAssetDetails(
                d.projectId(),
                d.type(),
                d.title(),
                d.abstractText(),
                d.publicSummary(),
                d.problemSolved(),
                d.advantages(),
                d.applications(),
                d.readinessLevel(),
                licensing,
                confidentiality,
                d.filings(),
                d.inventors()));
    }

    private static SearchDocument assetDocument(Confidentiality project, Confidentiality asset, Licensing licensing) {
        return SearchDocuments.ipAsset(
                ASSET,
                asset(asset, licensing),
                project(project),
                Set.of(HKUST, OUTSIDER),
                Set.of(HKUST, SUSTECH, OUTSIDER),
                INSTITUTIONS);
    }

    static Stream<Arguments> everyAssetCombination() {
        List<Arguments> all = new ArrayList<>();
        for (Confidentiality project : Confidentiality.values()) {
            for (Confidentiality asset : Confidentiality.values()) {
                for (Licensing licensing : Licensing.values()) {
                    all.add(Arguments.of(project, asset, licensing));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "project {0}, asset {1}, licensing {2}")
    @MethodSource("everyAssetCombination")
    void anAssetIsInvestorVisibleOnlyWhenItAndItsProjectArePublicAndItIsLicensable(
            Confidentiality project, Confidentiality asset, Licensing licensing) {
        SearchDocument d = assetDocument(project, asset, licensing);
        boolean expected = project == Confidentiality.PUBLIC
                && asset == Confidentiality.PUBLIC
                && (licensing == Licensing.EXCLUSIVE || licensing == Licensing.NON_EXCLUSIVE);
        assertEquals(expected, d.investorVisible());
        Visibility stricter = Visibility.valueOf(project.compareTo(asset) >= 0 ? project.name() : asset.name());
        assertEquals(stricter, d.visibility(), "the stricter of the asset's and the project's confidentiality");
        assertEquals(Set.of(HKUST, SUSTECH, OUTSIDER), d.partyInstitutionIds(), "participants and every owner ever");

        String publicText = publicText(d);
        assertFalse(publicText.contains("compliant"), "the abstract is internal: " + publicText);
        assertFalse(publicText.contains(String.valueOf(INVENTOR)), "no inventors");
        assertFalse(publicText.contains("HT-2025-0042"), "the project code is not the asset's public text");
        assertTrue(publicText.contains("Soft gripper for wet-lab automation"));
        assertTrue(publicText.contains("濕實驗室自動化軟夾爪"));
        assertTrue(
                publicText.contains("A soft robotic gripper for handling biological sample tubes."),
                "the public summary");
        assertTrue(publicText.contains("CN202610123456.7"), "filing numbers are public");
        assertEquals(ABSTRACT, d.internalText().abstractText().get(Language.EN).orElseThrow());

        Set<String> institutions = d.facetValues(Facet.INSTITUTION);
        assertEquals(
                Set.of("HKUST", "SUSTech"),
                Set.copyOf(d.publicText().identifiers().stream()
                        .filter(i -> !i.startsWith("CN"))
                        .toList()),
                "participants' short names");
        assertEquals(
                Set.of("科大", "港科大", "南科大"),
                d.publicText().aliases(),
                "the participants' everyday names, not other owners'");
        assertEquals(
                !expected,
                institutions.contains("OUTCO"),
                "an owner outside the project is a facet value unless investors see the asset: " + institutions);
    }

    @Test
    void anAssetCarriesItsFacets() {
        SearchDocument d = assetDocument(Confidentiality.PUBLIC, Confidentiality.PUBLIC, Licensing.NON_EXCLUSIVE);
        assertEquals(DocType.IP_ASSET, d.type());
        assertEquals(ASSET, d.id());
        assertEquals(Set.of("LIFE_HEALTH", "ARTIFICIAL_INTELLIGENCE"), d.facetValues(Facet.SECTOR));
        assertEquals(Set.of("CN"), d.facetValues(Facet.JURISDICTION), "where it is filed");
        assertEquals(Set.of("NON_EXCLUSIVE"), d.facetValues(Facet.LICENSING));
        assertEquals(Set.of("4"), d.facetValues(Facet.READINESS));
        assertEquals(Set.of("2026"), d.facetValues(Facet.YEAR), "the year of the first filing");
        assertEquals(Set.of("ip-asset"), d.facetValues(Facet.TYPE));
    }

    @ParameterizedTest
    @MethodSource("confidentialities")
    void aProjectIsInvestorVisibleExactlyWhenPublicAndKeepsFundingInternal(Confidentiality confidentiality) {
        SearchDocument d = SearchDocuments.project(PROJECT, project(confidentiality), INSTITUTIONS);
        assertEquals(confidentiality == Confidentiality.PUBLIC, d.investorVisible());
        assertEquals(Visibility.valueOf(confidentiality.name()), d.visibility());
        assertEquals(Set.of(HKUST, SUSTECH), d.partyInstitutionIds());
        String publicText = publicText(d);
        assertTrue(publicText.contains("跨境人工智慧輔助診斷隊列"));
        assertTrue(publicText.contains("A fictional joint study."), "a project's abstract is public, as in the API");
        assertTrue(publicText.contains("HT-2025-0042"));
        assertEquals(Set.of("科大", "港科大", "南科大"), d.publicText().aliases(), "the participants' everyday names");
        assertFalse(publicText.contains("Innovation and Technology Commission"), "funders are internal");
        assertFalse(publicText.contains("MHP/001/25"), "award ids are internal");
        assertTrue(d.internalText().identifiers().contains("MHP/001/25"));
        assertTrue(d.internalText()
                .otherText()
                .get(Language.EN)
                .orElseThrow()
                .contains("Innovation and Technology Commission"));
        assertEquals(
                List.of("cohort study", "medical imaging"), d.internalText().keywords());
        assertEquals(Set.of("HK", "MAINLAND"), d.facetValues(Facet.JURISDICTION));
        assertEquals(Set.of("HKUST", "SUSTech"), d.facetValues(Facet.INSTITUTION));
        assertEquals(Set.of("ACTIVE"), d.facetValues(Facet.STATUS));
        assertEquals(Set.of("2025"), d.facetValues(Facet.YEAR));
    }

    static Stream<Confidentiality> confidentialities() {
        return Stream.of(Confidentiality.values());
    }

    @Test
    void institutionsAreForEveryoneAndPeopleForEveryoneButInvestors() {
        SearchDocument institution = SearchDocuments.institution(HKUST, INSTITUTIONS.get(HKUST));
        assertTrue(institution.investorVisible());
        assertEquals(Visibility.PUBLIC, institution.visibility());
        assertTrue(institution.publicText().identifiers().contains("HKUST"));
        assertEquals(Set.of("科大", "港科大"), institution.publicText().aliases());
        assertEquals(Set.of("HK"), institution.facetValues(Facet.JURISDICTION));

        Person person =
                new Person(new PersonDetails("Wong Siu Ming", "黃小明", "0000-0002-1825-0097", HKUST, "wong@example.org"));
        SearchDocument p = SearchDocuments.person(INVENTOR, person, INSTITUTIONS);
        assertFalse(p.investorVisible());
        assertEquals(Visibility.PUBLIC, p.visibility(), "every office reads every person");
        assertEquals(
                LocalizedText.of("en", "Wong Siu Ming", "zh-Hant", "黃小明"),
                p.publicText().title(),
                "Hong Kong names as Traditional");
        assertTrue(p.publicText().identifiers().contains("0000-0002-1825-0097"));
        assertTrue(p.internalText().identifiers().contains("wong@example.org"));
        assertEquals(Set.of("HKUST"), p.facetValues(Facet.INSTITUTION));
    }

    @Test
    void theInvestorTextsAreIndexedInEachOfTheirLanguages() {
        IpAssetDetails d = IpAssetSamples.patent(PROJECT, List.of());
        IpAsset asset = new IpAsset(new IpAssetDetails(
                d.projectId(),
                d.type(),
                d.title(),
                d.abstractText(),
                new org.hetao.registry.common.LocalizedText(null, "用於生物樣本管的軟夾爪", "用于生物样本管的软夹爪"),
                new org.hetao.registry.common.LocalizedText("Tubes break in robots.", null, null),
                null,
                new org.hetao.registry.common.LocalizedText(null, null, "湿实验室自动化"),
                d.readinessLevel(),
                d.licensing(),
                d.confidentiality(),
                d.filings(),
                d.inventors()));
        SearchDocument doc = SearchDocuments.ipAsset(
                ASSET, asset, project(Confidentiality.PUBLIC), Set.of(), Set.of(), INSTITUTIONS);
        assertEquals(
                "Tubes break in robots.",
                doc.publicText().summary().get(Language.EN).orElseThrow(),
                "the problem solved, in English");
        assertEquals(
                "用於生物樣本管的軟夾爪", doc.publicText().summary().get(Language.ZH_HANT).orElseThrow());
        assertEquals(
                "用于生物样本管的软夹爪\n湿实验室自动化",
                doc.publicText().summary().get(Language.ZH_HANS).orElseThrow(),
                "the summary first, then the applications");
    }

    private static String publicText(SearchDocument d) {
        return d.publicText().title().values().values() + " "
                + d.publicText().summary().values().values() + " "
                + d.publicText().identifiers();
    }
}
