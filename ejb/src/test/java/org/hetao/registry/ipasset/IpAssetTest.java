package org.hetao.registry.ipasset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.LocalizedText;
import org.junit.jupiter.api.Test;

class IpAssetTest {
    private static String failingField(IpAssetDetails d) {
        return assertThrows(InvalidValueException.class, () -> new IpAsset(d))
                .errors()
                .get(0)
                .field();
    }

    @Test
    void inventorsContributionsSumToExactlyTenThousand() {
        new IpAsset(IpAssetSamples.patent(
                1,
                List.of(
                        new InventorDetails(10L, 3334),
                        new InventorDetails(11L, 3333),
                        new InventorDetails(12L, 3333))));
        assertEquals(
                "inventors",
                failingField(IpAssetSamples.patent(
                        1, List.of(new InventorDetails(10L, 5000), new InventorDetails(11L, 4999)))));
        assertEquals(
                "inventors[1].personId",
                failingField(IpAssetSamples.patent(
                        1, List.of(new InventorDetails(10L, 5000), new InventorDetails(10L, 5000)))));
    }

    @Test
    void anAssetMayHaveNoInventors() {
        assertTrue(
                new IpAsset(IpAssetSamples.patent(1, List.of())).getInventors().isEmpty());
    }

    @Test
    void readinessLevelIsOneToNine() {
        IpAssetDetails d = IpAssetSamples.patent(1, List.of());
        for (int bad : new int[] {0, 10, -1}) {
            IpAssetDetails x = IpAssetSamples.atLevel(d, bad);
            assertEquals("readinessLevel", failingField(x));
        }
    }

    @Test
    void filingsKeepTheirDatesInOrderAndGrantedOnesHaveANumber() {
        IpAssetDetails d = IpAssetSamples.patent(1, List.of());
        assertEquals(
                "filings[0].grantDate",
                failingField(IpAssetSamples.with(
                        d,
                        List.of(new FilingDetails(
                                FilingJurisdiction.HK,
                                "HK1234",
                                "HK1234B",
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 4, 1),
                                FilingStatus.GRANTED)),
                        List.of())));
        assertEquals(
                "filings[0].grantNumber",
                failingField(IpAssetSamples.with(
                        d,
                        List.of(new FilingDetails(
                                FilingJurisdiction.HK,
                                "HK1234",
                                null,
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 6, 1),
                                FilingStatus.GRANTED)),
                        List.of())));
        assertEquals(
                "filings[0].filingDate",
                failingField(IpAssetSamples.with(
                        d,
                        List.of(new FilingDetails(
                                FilingJurisdiction.PCT, "PCT/CN2026/000001", null, null, null, FilingStatus.FILED)),
                        List.of())));
    }

    @Test
    void aPublicAssetOfferedForLicensingNeedsAPublicSummary() {
        IpAssetDetails d = IpAssetSamples.patent(1, List.of());
        IpAssetDetails noSummary = IpAssetSamples.offered(d, null, Licensing.EXCLUSIVE, Confidentiality.PUBLIC);
        assertEquals("publicSummary", failingField(noSummary));
        assertEquals(
                "publicSummary",
                failingField(IpAssetSamples.offered(
                        d, new LocalizedText(" ", "", null), Licensing.EXCLUSIVE, Confidentiality.PUBLIC)),
                "blank in every language is no summary");
        assertTrue(
                new IpAsset(IpAssetSamples.offered(
                                d,
                                new LocalizedText(null, "只有繁體摘要。", null),
                                Licensing.EXCLUSIVE,
                                Confidentiality.PUBLIC))
                        .isOfferedPublicly(),
                "one language is enough");
        IpAsset confidential =
                new IpAsset(IpAssetSamples.offered(d, null, Licensing.EXCLUSIVE, Confidentiality.CONFIDENTIAL));
        assertEquals(false, confidential.isOfferedPublicly());
        assertTrue(new IpAsset(d).isOfferedPublicly());
    }

    @Test
    void everyFaultOfAnAssetIsReportedAtOnce() {
        IpAssetDetails d = IpAssetSamples.patent(1, java.util.List.of(new InventorDetails(1L, 6000)));
        IpAssetDetails bad = new IpAssetDetails(
                null,
                d.type(),
                null,
                d.abstractText(),
                d.publicSummary(),
                d.problemSolved(),
                d.advantages(),
                d.applications(),
                12,
                d.licensing(),
                d.confidentiality(),
                d.filings(),
                d.inventors());
        java.util.List<String> fields =
                assertThrows(InvalidValueException.class, () -> new IpAsset(bad)).errors().stream()
                        .map(InvalidValueException.FieldError::field)
                        .toList();
        assertEquals(java.util.List.of("projectId", "title", "readinessLevel", "inventors"), fields);
    }
}
