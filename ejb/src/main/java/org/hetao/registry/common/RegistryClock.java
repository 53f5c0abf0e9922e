package org.hetao.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The registry's clock. Dates that take effect (ownership versions) count in the zone's own time,
 * {@value #ZONE_ID} (Hong Kong and Shenzhen share UTC+8, without daylight saving): a version
 * effective on 1 January is in force from midnight of that day there. Instants are recorded in UTC.
 */
@ApplicationScoped
public class RegistryClock {
    public static final String ZONE_ID = "Asia/Hong_Kong";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private final Clock clock;

    public RegistryClock() {
        this(Clock.systemUTC());
    }

    public RegistryClock(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in the zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Now, in UTC. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
