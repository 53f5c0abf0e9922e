package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisibilityTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = indexWith(
                dir,
                // public and licensable; its abstract and internal code are not for investors
                SearchDocument.builder(DocType.IP_ASSET, 1)
                        .visibility(Visibility.PUBLIC)
                        .investorVisible(true)
                        .parties(Set.of(HKUST))
                        .institutions("HKUST")
                        .sectors("energy")
                        .title(LocalizedText.of("en", "Graphene battery anode", "zh-Hant", "石墨烯電池負極"))
                        .summary(LocalizedText.english("A licensable graphene anode for fast charging."))
                        .abstractText(LocalizedText.english("Uses a cobalt dopant formulation kept confidential."))
                        .keywords(List.of("dopant"))
                        .internalIdentifiers(List.of("HT-2025-0099"))
                        .build(),
                // confidential, shares the words; SZU only
                SearchDocument.builder(DocType.PROJECT, 2)
                        .visibility(Visibility.CONFIDENTIAL)
                        .parties(Set.of(SZU))
                        .institutions("SZU")
                        .sectors("secret-sector")
                        .title(LocalizedText.of("en", "Graphene battery cathode", "zh-Hans", "石墨烯电池正极"))
                        .summary(LocalizedText.english("Graphene cobalt cathode for licensable cells."))
                        .publicIdentifiers(List.of("SZU"))
                        .build(),
                // public but not licensable
                SearchDocument.builder(DocType.PROJECT, 3)
                        .visibility(Visibility.PUBLIC)
                        .parties(Set.of(HKU))
                        .institutions("HKU")
                        .sectors("materials")
                        .title(LocalizedText.english("Graphene membrane"))
                        .build(),
                // consortium, HKUST only
                SearchDocument.builder(DocType.PROJECT, 4)
                        .visibility(Visibility.CONSORTIUM)
                        .parties(Set.of(HKUST))
                        .institutions("HKUST")
                        .sectors("materials")
                        .title(LocalizedText.english("Graphene sensor"))
                        .build());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static SearchResult as(Audience audience, String query) throws IOException {
        return index.search(SearchRequest.builder(audience).query(query).build());
    }

    static void assertNothingOf(SearchResult result, String... hiddenWords) {
        for (SearchHit hit : result.hits()) {
            String shown = hit.title()
                    + hit.highlightedTitle().plainText()
                    + hit.snippets().stream().map(s -> s.text().plainText()).reduce("", String::concat);
            for (String word : hiddenWords) {
                assertFalse(shown.toLowerCase().contains(word), "'" + word + "' shown in " + shown);
            }
        }
    }

    @Test
    void investorsFindOnlyInvestorVisibleRecords() throws IOException {
        SearchResult result = as(Audience.investor(), "graphene");
        assertEquals(List.of(1L), ids(result));
        assertEquals(new HitTotal(1, true), result.total());
        assertEquals(List.of(new FacetValue("ip-asset", 1)), result.facet(Facet.TYPE));
        assertEquals(List.of(new FacetValue("HKUST", 1)), result.facet(Facet.INSTITUTION));
        assertEquals(List.of(new FacetValue("energy", 1)), result.facet(Facet.SECTOR));
        assertNothingOf(result, "cobalt", "dopant", "cathode");
    }

    @Test
    void investorsNeverMatchInternalText() throws IOException {
        assertEquals(0, as(Audience.investor(), "cobalt").total().value());
        assertEquals(0, as(Audience.investor(), "dopant").total().value());
        assertEquals(0, as(Audience.investor(), "cobolt").total().value(), "nor by typo tolerance");
        assertEquals(0, as(Audience.investor(), "cobolt~").total().value(), "nor by explicit fuzzy terms");
        assertEquals(0, as(Audience.investor(), "coba*").total().value(), "nor by prefixes");
        assertEquals(0, as(Audience.investor(), "\"cobalt dopant\"").total().value(), "nor by phrases");
        assertEquals(0, as(Audience.investor(), "HT-2025-0099").total().value());
        assertEquals(0, as(Audience.investor(), "graphene AND cobalt").total().value());
        assertEquals(List.of(1L), ids(as(Audience.everything(), "cobalt dopant")));
    }

    @Test
    void investorSnippetsComeFromThePublicSummaryOnly() throws IOException {
        SearchHit hit = as(Audience.investor(), "graphene").hits().get(0);
        assertEquals(
                List.of("summary"),
                hit.snippets().stream().map(Snippet::section).toList());

        SearchHit privileged = as(Audience.everything(), "graphene cobalt").hits().stream()
                .filter(h -> h.id() == 1L)
                .findFirst()
                .orElseThrow();
        assertTrue(privileged.snippets().stream().anyMatch(s -> s.section().equals("abstract")), privileged.toString());
    }

    @Test
    void confidentialRecordsStayWithTheirInstitutions() throws IOException {
        SearchResult hkust = as(Audience.institutions(Set.of(HKUST)), "graphene");
        assertEquals(Set.of(1L, 3L, 4L), Set.copyOf(ids(hkust)));
        assertEquals(new HitTotal(3, true), hkust.total());
        assertEquals(0, hkust.count(Facet.INSTITUTION, "SZU"));
        assertEquals(0, hkust.count(Facet.SECTOR, "secret-sector"));
        assertNothingOf(hkust, "cathode");
        assertEquals(
                0, as(Audience.institutions(Set.of(HKUST)), "cathode").total().value());
        assertEquals(0, as(Audience.institutions(Set.of(HKUST)), "SZU").total().value());

        assertEquals(Set.of(1L, 2L, 3L), Set.copyOf(ids(as(Audience.institutions(Set.of(SZU)), "graphene"))));
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(as(Audience.institutions(Set.of()), "graphene"))));
        assertEquals(4, as(Audience.everything(), "graphene").total().value());
    }

    @Test
    void confidentialRecordsDoNotLeakThroughFiltersOrBrowsing() throws IOException {
        SearchResult filtered = index.search(SearchRequest.builder(Audience.investor())
                .filter(Facet.INSTITUTION, "SZU")
                .build());
        assertEquals(0, filtered.total().value());
        assertEquals(0, filtered.count(Facet.INSTITUTION, "SZU"));

        SearchResult browse = as(Audience.investor(), "");
        assertEquals(List.of(1L), ids(browse));
        assertEquals(1, browse.facet(Facet.INSTITUTION).size());
    }

    @Test
    void investorVisibilityRequiresAPublicRecord() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SearchDocument.builder(DocType.IP_ASSET, 9)
                        .visibility(Visibility.CONFIDENTIAL)
                        .investorVisible(true)
                        .build());
    }
}
