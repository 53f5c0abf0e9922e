package org.hetao.registry.savedsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hetao.registry.inbox.MailMessage;
import org.hetao.registry.lucene.DocType;
import org.junit.jupiter.api.Test;

class DigestMailTextTest {
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 12, 8, 17, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aDigestListsTheRecordsInTheSearchsLanguageWithItsLinks() {
        SavedSearch s = new SavedSearch(7, "柔性夾爪", "gripper", Map.of(), "zh-Hant", T);
        MailMessage m = DigestMailText.of(
                "li@fund.example.hk",
                s,
                List.of(new FoundRecord(DocType.IP_ASSET, 1151, "柔性機械人夾爪", "處理易碎樣本的柔性夾爪", T, T, true)),
                "https://registry.example.org/",
                "SECRET");
        assertEquals("li@fund.example.hk", m.to());
        assertTrue(m.subject().contains("柔性夾爪：1 項新紀錄"), m.subject());
        assertTrue(m.body().contains("• 柔性機械人夾爪 (知識產權, 2026-12-09)"), "the date is the zone's: " + m.body());
        assertTrue(m.body().contains("處理易碎樣本的柔性夾爪"), m.body());
        assertTrue(m.body().contains("https://registry.example.org/#/saved-searches/"), m.body());
        assertTrue(m.body().contains("https://registry.example.org/#/digest/unsubscribe/SECRET"), m.body());
    }
}
