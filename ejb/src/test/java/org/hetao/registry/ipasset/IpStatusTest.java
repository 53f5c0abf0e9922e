package org.hetao.registry.ipasset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IP status follows from the filings alone. */
class IpStatusTest {
    private static final LocalDate FILED = LocalDate.of(2025, 3, 1);
    private static final LocalDate GRANTED = LocalDate.of(2026, 3, 1);

    @Test
    void grantedPendingAndPlannedJurisdictionsInTheirOrder() {
        IpStatus s = status(
                filing(FilingJurisdiction.US, FilingStatus.FILED),
                filing(FilingJurisdiction.HK, FilingStatus.GRANTED),
                filing(FilingJurisdiction.CN, FilingStatus.GRANTED),
                filing(FilingJurisdiction.EP, FilingStatus.PLANNED));
        assertEquals(IpStatus.State.GRANTED, s.state());
        assertEquals(List.of(FilingJurisdiction.CN, FilingJurisdiction.HK), s.granted());
        assertEquals(List.of(FilingJurisdiction.US), s.pending());
        assertEquals(List.of(FilingJurisdiction.EP), s.planned());
        assertEquals("granted in CN, HK; pending in US; planned in EP", s.describe());
    }

    @Test
    void aJurisdictionCountsOnceUnderItsStrongestFiling() {
        IpStatus s = status(
                filing(FilingJurisdiction.CN, FilingStatus.PUBLISHED),
                filing(FilingJurisdiction.CN, FilingStatus.GRANTED),
                filing(FilingJurisdiction.PCT, FilingStatus.PLANNED),
                filing(FilingJurisdiction.PCT, FilingStatus.FILED));
        assertEquals(List.of(FilingJurisdiction.CN), s.granted());
        assertEquals(List.of(FilingJurisdiction.PCT), s.pending());
        assertEquals(List.of(), s.planned());
    }

    @Test
    void endedFilingsProtectNothing() {
        IpStatus s = status(
                filing(FilingJurisdiction.CN, FilingStatus.LAPSED),
                filing(FilingJurisdiction.US, FilingStatus.REFUSED),
                filing(FilingJurisdiction.HK, FilingStatus.WITHDRAWN));
        assertEquals(IpStatus.State.NO_FILING, s.state());
        assertEquals("no filing", s.describe());
        assertEquals(IpStatus.State.NO_FILING, status().state());
        assertEquals(
                IpStatus.State.PENDING,
                status(filing(FilingJurisdiction.US, FilingStatus.FILED)).state());
        assertEquals(
                "planned in HK",
                status(filing(FilingJurisdiction.HK, FilingStatus.PLANNED)).describe());
    }

    @Test
    void anAssetDerivesItsStatusFromItsFilings() {
        IpAsset asset = new IpAsset(IpAssetSamples.patent(1, List.of()));
        assertEquals("pending in CN", asset.getIpStatus().describe());
    }

    private static IpStatus status(FilingDetails... filings) {
        List<Filing> lines = new java.util.ArrayList<>();
        for (int i = 0; i < filings.length; i++) {
            lines.add(Filing.of("filings[" + i + "]", filings[i]));
        }
        return IpStatus.of(lines);
    }

    private static FilingDetails filing(FilingJurisdiction j, FilingStatus status) {
        boolean granted = status == FilingStatus.GRANTED;
        return new FilingDetails(
                j,
                j + "2025000001",
                granted ? j + "B1" : null,
                status == FilingStatus.PLANNED ? null : FILED,
                granted ? GRANTED : null,
                status);
    }
}
