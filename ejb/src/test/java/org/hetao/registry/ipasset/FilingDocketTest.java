package org.hetao.registry.ipasset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A filing's docket data: dates in order, Paris priorities within twelve months, Hong Kong particulars only where they apply. */
class FilingDocketTest {
    private static final IpAssetDetails BASE = IpAssetSamples.patent(1, List.of());

    private static InvalidValueException.FieldError fault(FilingDetails... filings) {
        return assertThrows(
                        InvalidValueException.class,
                        () -> new IpAsset(IpAssetSamples.with(BASE, List.of(filings), List.of())))
                .errors()
                .get(0);
    }

    private static FilingDetails filing(FilingJurisdiction j, String number, String filed, FilingDocket docket) {
        return new FilingDetails(j, number, null, LocalDate.parse(filed), null, FilingStatus.FILED, docket);
    }

    private static FilingDocket priorities(PriorityClaimDetails... claims) {
        return new FilingDocket(null, null, List.of(claims), null, null, null, null);
    }

    @Test
    void docketDataIsKeptWithEachFilingAndItsPriorities() {
        FilingDetails cn = filing(FilingJurisdiction.CN, "202610123456.1", "2026-01-05", FilingDocket.NONE);
        FilingDetails pct = filing(
                FilingJurisdiction.PCT,
                "PCT/CN2026/000001",
                "2026-12-30",
                new FilingDocket(
                        "WO2027/000123",
                        LocalDate.parse("2027-07-01"),
                        List.of(new PriorityClaimDetails("CN", "202610123456.1", LocalDate.parse("2026-01-05"))),
                        null,
                        null,
                        null,
                        null));
        FilingDetails hk = filing(
                FilingJurisdiction.HK,
                "32027000001.2",
                "2027-08-01",
                new FilingDocket(
                        null,
                        null,
                        List.of(),
                        null,
                        HongKongPatentKind.STANDARD_R,
                        DesignatedOffice.CN,
                        "202610123456.1"));
        IpAsset a = new IpAsset(IpAssetSamples.with(BASE, List.of(cn, pct, hk), List.of()));
        List<FilingDetails> back = a.details().filings();
        assertEquals(List.of(cn, pct, hk), back);
        assertEquals(1, a.prioritiesOf(1).size());
        assertEquals(0, a.prioritiesOf(0).size());
    }

    @Test
    void aPriorityIsEarlierThanTheFilingAndAtMostTwelveMonthsOld() {
        assertEquals(
                "filings[0].priorities[0].date",
                fault(filing(
                                FilingJurisdiction.PCT,
                                "PCT/CN2026/000001",
                                "2026-05-01",
                                priorities(new PriorityClaimDetails(
                                        "CN", "202610123456.1", LocalDate.parse("2026-06-01")))))
                        .field());
        InvalidValueException.FieldError late = fault(filing(
                FilingJurisdiction.PCT,
                "PCT/CN2027/000001",
                "2027-03-02",
                priorities(new PriorityClaimDetails("CN", "202610123456.1", LocalDate.parse("2026-03-01")))));
        assertEquals("filing.priority-late", late.code());
        assertEquals("2027-03-01", late.params().get("limit"));
        // 12 months from Monday 28 Feb 2022 end on Tuesday 28 Feb 2023: a filing then is in time, a day later is not
        new IpAsset(IpAssetSamples.with(
                BASE,
                List.of(filing(
                        FilingJurisdiction.PCT,
                        "PCT/CN2023/000001",
                        "2023-02-28",
                        priorities(new PriorityClaimDetails("CN", "202210123456.1", LocalDate.parse("2022-02-28"))))),
                List.of()));
        // a limit on a Sunday (12 Mar 2028) reaches to Monday, when the offices are open (Art. 4C(3))
        new IpAsset(IpAssetSamples.with(
                BASE,
                List.of(filing(
                        FilingJurisdiction.PCT,
                        "PCT/CN2028/000001",
                        "2028-03-13",
                        priorities(new PriorityClaimDetails("CN", "202710123456.1", LocalDate.parse("2027-03-12"))))),
                List.of()));
    }

    @Test
    void aNationalPhaseClaimsThePctsPriorityBeyondTwelveMonths() {
        new IpAsset(IpAssetSamples.with(
                BASE,
                List.of(filing(
                        FilingJurisdiction.CN,
                        "202780000001.1",
                        "2028-06-30",
                        new FilingDocket(
                                null,
                                null,
                                List.of(new PriorityClaimDetails(
                                        "CN", "202610123456.1", LocalDate.parse("2026-01-05"))),
                                "PCT/CN2026/000001",
                                null,
                                null,
                                null))),
                List.of()));
    }

    @Test
    void hongKongParticularsApplyOnlyWhereTheyMeanSomething() {
        assertEquals(
                "filing.not-applicable",
                fault(filing(
                                FilingJurisdiction.CN,
                                "202610123456.1",
                                "2026-01-05",
                                new FilingDocket(
                                        null, null, List.of(), null, HongKongPatentKind.SHORT_TERM, null, null)))
                        .code());
        assertEquals(
                "filings[0].designatedOffice",
                fault(filing(
                                FilingJurisdiction.HK,
                                "32026000001.2",
                                "2026-01-05",
                                new FilingDocket(
                                        null,
                                        null,
                                        List.of(),
                                        null,
                                        HongKongPatentKind.STANDARD_R,
                                        null,
                                        "202610123456.1")))
                        .field());
        assertEquals(
                "filings[0].pctApplicationNumber",
                fault(filing(
                                FilingJurisdiction.PCT,
                                "PCT/CN2026/000001",
                                "2026-01-05",
                                new FilingDocket(null, null, List.of(), "PCT/CN2025/000001", null, null, null)))
                        .field());
        assertEquals(
                "filings[0].publicationDate",
                fault(filing(
                                FilingJurisdiction.CN,
                                "202610123456.1",
                                "2026-01-05",
                                new FilingDocket(
                                        "CN1234A", LocalDate.parse("2025-12-01"), List.of(), null, null, null, null)))
                        .field());
        assertEquals(
                "filings[0].priorities[0].office",
                fault(filing(
                                FilingJurisdiction.PCT,
                                "PCT/CN2026/000001",
                                "2026-05-01",
                                priorities(
                                        new PriorityClaimDetails("China", "2026101", LocalDate.parse("2026-01-01")))))
                        .field());
    }
}
