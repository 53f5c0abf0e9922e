package org.hetao.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.LocalizedText;
import org.hetao.registry.project.Park;
import org.junit.jupiter.api.Test;

/** The transfers' CSV: a byte-order mark, the header, names beside ids, Chinese as written, formulas guarded. */
class TransferCsvTest {
    @Test
    void writesOneGuardedRowPerTransfer() {
        BoundaryTransfer t = new BoundaryTransfer(
                7,
                new TransferDetails(
                        TransferKind.OTHER_MATERIAL,
                        new LocalizedText("=HYPERLINK(\"http://x\")", "試劑", null),
                        BoundaryTransferTest.SZU,
                        Park.SHENZHEN_PARK,
                        BoundaryTransferTest.HKU,
                        Park.HK_PARK,
                        ClearanceRoute.CUSTOMS_DECLARATION,
                        "CD-1",
                        java.time.LocalDate.of(2026, 3, 2)));
        t.approve(BoundaryTransferTest.SZU, "tto-sz", OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransferCsv.write(
                List.of(t),
                new TransferNames(
                        Map.of(BoundaryTransferTest.SZU, "SUSTECH", BoundaryTransferTest.HKU, "HKUST"),
                        Map.of(7L, "HT-2026-0001")),
                true,
                out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF" + String.join(",", TransferCsv.COLUMNS) + "\r\n"), text);
        String[] lines = text.split("\r\n");
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].contains(",7,HT-2026-0001,OTHER_MATERIAL,"), lines[1]);
        assertTrue(lines[1].contains("\"'=HYPERLINK(\"\"http://x\"\")\",試劑,"), "a formula is neutralised: " + lines[1]);
        assertTrue(
                lines[1].contains(
                        ",22,SUSTECH,SHENZHEN_PARK,11,HKUST,HK_PARK,CUSTOMS_DECLARATION,CD-1,DRAFT,2026-03-02,,,tto-sz,"),
                lines[1]);
    }
}
