package org.hetao.registry.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hetao.registry.statistics.AutmCounts.Asset;
import org.hetao.registry.statistics.AutmCounts.Enquiries;
import org.hetao.registry.statistics.AutmCounts.FilingDates;
import org.junit.jupiter.api.Test;

/** The counting rules of the technology-transfer figures, as a worked example. */
class AutmCountsTest {
    private static final long HKU = 954;
    private static final long SUSTECH = 960;

    // asset 1: HKU's alone, recorded 2024, filed in CN 2024 and PCT 2025, CN granted 2026
    // asset 2: HKU and SUSTech jointly, recorded 2025 (SUSTech an owner of an earlier version only), no filing
    // asset 3: no recorded owner
    private static final List<Asset> ASSETS = List.of(
            new Asset(1, LocalDate.of(2024, 3, 1), Set.of(HKU)),
            new Asset(2, LocalDate.of(2025, 12, 31), Set.of(HKU, SUSTECH)),
            new Asset(3, LocalDate.of(2025, 6, 1), Set.of()));
    private static final List<FilingDates> FILINGS = List.of(
            new FilingDates(1, LocalDate.of(2024, 5, 1), LocalDate.of(2026, 1, 10)),
            new FilingDates(1, LocalDate.of(2025, 5, 1), null),
            new FilingDates(3, LocalDate.of(2025, 7, 1), null),
            new FilingDates(99, LocalDate.of(2025, 7, 1), null));
    private static final List<Enquiries> ENQUIRIES =
            List.of(new Enquiries(2, 2025, 3, 1), new Enquiries(1, 2026, 2, 0), new Enquiries(99, 2026, 7, 7));

    @Test
    void eachOwnerCountsItsAssetsInTheYearOfEachDate() {
        assertEquals(
                List.of(
                        new AutmYear(HKU, 2024, 1, 1, 0, 0L, 0L),
                        new AutmYear(HKU, 2025, 1, 1, 0, 3L, 1L),
                        new AutmYear(HKU, 2026, 0, 0, 1, 2L, 0L),
                        new AutmYear(SUSTECH, 2025, 1, 0, 0, 3L, 1L)),
                AutmCounts.of(ASSETS, FILINGS, ENQUIRIES, null, 2020, 2030),
                "asset 3 has no owner and asset 99 is not among the readable assets: neither counts");
    }

    @Test
    void withoutTheEnquiryReportTheEnquiryColumnsAreLeftOut() {
        assertEquals(
                List.of(new AutmYear(SUSTECH, 2025, 1, 0, 0, null, null)),
                AutmCounts.of(ASSETS, FILINGS, null, SUSTECH, 2020, 2030));
    }

    @Test
    void onlyTheYearsAskedFor() {
        assertEquals(
                List.of(new AutmYear(HKU, 2025, 1, 1, 0, 3L, 1L), new AutmYear(SUSTECH, 2025, 1, 0, 0, 3L, 1L)),
                AutmCounts.of(ASSETS, FILINGS, ENQUIRIES, null, 2025, 2025));
    }
}
