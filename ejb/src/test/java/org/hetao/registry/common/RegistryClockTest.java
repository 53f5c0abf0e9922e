package org.hetao.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistryClockTest {

    @Test
    void todayIsTheZonesDateNotUtcs() {
        // 17:00 UTC on 3 December is 01:00 on 4 December in Hong Kong and Shenzhen
        RegistryClock clock = new RegistryClock(Clock.fixed(Instant.parse("2026-12-03T17:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 12, 4), clock.today());
        assertEquals(LocalDate.of(2026, 12, 3), clock.now().toLocalDate(), "instants stay in UTC");
    }

    @Test
    void theZoneIsHongKongsUnlessConfiguredOtherwise() {
        assertEquals(ZoneId.of("Asia/Hong_Kong"), RegistryClock.ZONE);
        assertEquals(ZoneId.of("Asia/Shanghai"), RegistryClock.zone(" Asia/Shanghai "));
    }

    @Test
    void aNameThatIsNoTimeZoneIsRefusedByItsSetting() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RegistryClock.zone("Hong Kong"));
        assertTrue(
                e.getMessage().contains("registry.time.zone") && e.getMessage().contains("Asia/Hong_Kong"),
                e.getMessage());
    }
}
