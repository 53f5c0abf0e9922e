package org.hetao.registry.lucene;

import static org.hetao.registry.lucene.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetAndPagingTest {

    @TempDir
    static Path dir;

    static SearchIndex index;

    private static SearchDocument doc(
            long id,
            DocType type,
            List<String> sectors,
            String jurisdiction,
            String institution,
            String status,
            String licensing,
            int trl,
            int year,
            String title) {
        return SearchDocument.builder(type, id)
                .visibility(Visibility.PUBLIC)
                .title(LocalizedText.english(title))
                .facet(Facet.SECTOR, sectors)
                .jurisdictions(jurisdiction)
                .institutions(institution)
                .status(status)
                .licensing(licensing)
                .readinessLevel(trl)
                .year(year)
                .sortDate(LocalDate.of(year, 6, (int) id))
                .build();
    }

    @BeforeAll
    static void index() throws IOException {
        index = indexWith(
                dir,
                doc(
                        1,
                        DocType.IP_ASSET,
                        List.of("ai", "robotics"),
                        "HK",
                        "HKUST",
                        "ACTIVE",
                        "EXCLUSIVE",
                        4,
                        2024,
                        "Zeta gripper"),
                doc(
                        2,
                        DocType.IP_ASSET,
                        List.of("ai"),
                        "CN",
                        "SZU",
                        "ACTIVE",
                        "NON_EXCLUSIVE",
                        6,
                        2025,
                        "Alpha vision model"),
                doc(
                        3,
                        DocType.PROJECT,
                        List.of("energy"),
                        "HK",
                        "HKU",
                        "COMPLETED",
                        "NON_EXCLUSIVE",
                        6,
                        2025,
                        "Battery alpha"),
                doc(
                        4,
                        DocType.PROJECT,
                        List.of("energy", "ai"),
                        "CN",
                        "SZU",
                        "ACTIVE",
                        "NOT_AVAILABLE",
                        3,
                        2023,
                        "Grid forecasting"),
                doc(
                        5,
                        DocType.IP_ASSET,
                        List.of("biotech"),
                        "HK",
                        "HKU",
                        "ACTIVE",
                        "EXCLUSIVE",
                        7,
                        2025,
                        "Mu antibody"));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAreAnded() throws IOException {
        SearchResult either = search(index, everything("").filter(Facet.SECTOR, "ai", "energy"));
        assertEquals(Set.of(1L, 2L, 3L, 4L), Set.copyOf(ids(either)));

        SearchResult both =
                search(index, everything("").filter(Facet.SECTOR, "ai").filter(Facet.JURISDICTION, "HK"));
        assertEquals(List.of(1L), ids(both));

        SearchResult typed = search(
                index,
                SearchRequest.builder(Audience.everything())
                        .types(DocType.PROJECT)
                        .filter(Facet.SECTOR, "ai"));
        assertEquals(List.of(4L), ids(typed));
    }

    @Test
    void eachFacetIsCountedWithTheOtherFiltersOnly() throws IOException {
        SearchResult result =
                search(index, everything("").filter(Facet.SECTOR, "ai").filter(Facet.JURISDICTION, "HK"));

        assertEquals(1, result.total().value());
        // sector counts ignore the sector filter but apply jurisdiction = HK: docs 1, 3, 5
        assertEquals(1, result.count(Facet.SECTOR, "ai"));
        assertEquals(1, result.count(Facet.SECTOR, "robotics"));
        assertEquals(1, result.count(Facet.SECTOR, "energy"));
        assertEquals(1, result.count(Facet.SECTOR, "biotech"));
        // jurisdiction counts ignore the jurisdiction filter but apply sector = ai: docs 1, 2, 4
        assertEquals(1, result.count(Facet.JURISDICTION, "HK"));
        assertEquals(2, result.count(Facet.JURISDICTION, "CN"));
        // the other facets apply both filters: doc 1 only
        assertEquals(List.of(new FacetValue("ip-asset", 1)), result.facet(Facet.TYPE));
        assertEquals(List.of(new FacetValue("HKUST", 1)), result.facet(Facet.INSTITUTION));
        assertEquals(List.of(new FacetValue("4", 1)), result.facet(Facet.READINESS));
    }

    @Test
    void unfilteredCountsCoverEveryMatchAndReadInOrder() throws IOException {
        SearchResult result = search(index, everything("alpha"));
        assertEquals(Set.of(2L, 3L), Set.copyOf(ids(result)));
        assertEquals(List.of(new FacetValue("2025", 2)), result.facet(Facet.YEAR));

        SearchResult all = search(index, everything(""));
        assertEquals(
                List.of("3", "4", "6", "7"),
                all.facet(Facet.READINESS).stream().map(FacetValue::value).toList());
        assertEquals(
                List.of("2025", "2024", "2023"),
                all.facet(Facet.YEAR).stream().map(FacetValue::value).toList());
        assertEquals(new FacetValue("ai", 3), all.facet(Facet.SECTOR).get(0));
        assertEquals(3, all.count(Facet.TYPE, "ip-asset"));
        assertEquals(2, all.count(Facet.TYPE, "project"));
    }

    @Test
    void pagesSortsAndTotals() throws IOException {
        List<Long> newest =
                ids(search(index, everything("").sort(SortOrder.NEWEST).size(5)));
        assertEquals(List.of(5L, 3L, 2L, 1L, 4L), newest);

        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = search(
                    index, everything("").sort(SortOrder.NEWEST).page(page).size(2));
            assertEquals(new HitTotal(5, true), result.total());
            paged.addAll(ids(result));
        }
        assertEquals(newest, paged);
        assertTrue(search(index, everything("").page(4).size(2)).hits().isEmpty());

        List<Long> byTitle = ids(search(index, everything("").sort(SortOrder.TITLE)));
        assertEquals(List.of(2L, 3L, 4L, 5L, 1L), byTitle);
    }

    @Test
    void totalsAboveTheBoundAreReportedAsAtLeast(@TempDir Path other) throws IOException {
        try (SearchIndex small = SearchIndex.open(other, 3)) {
            List<SearchDocument> docs = new ArrayList<>();
            for (long id = 1; id <= 5; id++) {
                docs.add(project(id, Visibility.PUBLIC, HKU, "Robot " + id, ""));
            }
            small.replaceAll(docs, RebuildProgress.none());

            SearchResult many = search(small, everything("robot").size(2));
            assertEquals(new HitTotal(3, false), many.total());
            assertEquals("3+", many.total().toString());
            assertEquals(2, many.hits().size());
            assertEquals(5, many.count(Facet.TYPE, "project"), "facet counts stay exact");

            assertEquals(
                    new HitTotal(1, true), search(small, everything("robot 4")).total());
        }
    }
}
