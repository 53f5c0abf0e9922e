package org.hetao.registry.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics tables as spreadsheet CSV: byte-order mark, header, one row per line, formulas neutralised. */
class StatisticsCsvTest {
    private static final Period JANUARY = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));

    @Test
    void headCountsNameTheInstitutionAndGuardItsName() {
        HeadCountReport r = new HeadCountReport(
                JANUARY,
                HeadCountFilter.ALL,
                List.of(new HeadCount("HK_PARK", 954, "POSTDOC", 2, new BigDecimal("1.50"))),
                Map.of(954L, "=HKU"));
        assertEquals(
                "\uFEFFfrom,to,park,institutionId,institution,role,people,fte\r\n"
                        + "2026-01-01,2026-01-31,HK_PARK,954,'=HKU,POSTDOC,2,1.50\r\n",
                StatisticsCsv.headCounts(r));
    }

    @Test
    void theEnquiryColumnsAreThereOnlyForReadersOfTheEnquiryReport() {
        AutmYear row = new AutmYear(954, 2026, 3, 2, 1, 4L, 1L);
        assertEquals(
                "\uFEFFinstitutionId,institution,year,assetsRegistered,filings,grants,enquiries,licences\r\n"
                        + "954,HKU,2026,3,2,1,4,1\r\n",
                StatisticsCsv.technologyTransfer(
                        new AutmReport(null, 2022, 2026, true, List.of(row), Map.of(954L, "HKU"))));
        assertEquals(
                "\uFEFFinstitutionId,institution,year,assetsRegistered,filings,grants\r\n954,HKU,2026,3,2,1\r\n",
                StatisticsCsv.technologyTransfer(new AutmReport(
                        null,
                        2022,
                        2026,
                        false,
                        List.of(new AutmYear(954, 2026, 3, 2, 1, null, null)),
                        Map.of(954L, "HKU"))));
    }

    @Test
    void aSeriesHasOneRowPerPoint() {
        HeadCountSeries s = new HeadCountSeries(
                JANUARY,
                Interval.MONTH,
                HeadCountFilter.ALL,
                List.of(new SeriesPoint(JANUARY.from(), JANUARY.to(), 3, new BigDecimal("2.25"))));
        assertEquals("\uFEFFfrom,to,people,fte\r\n2026-01-01,2026-01-31,3,2.25\r\n", StatisticsCsv.series(s));
    }
}
