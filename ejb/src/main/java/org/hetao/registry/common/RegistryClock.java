package org.hetao.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ServiceConfigurationError;

/**
 * The registry's clock. Dates that take effect (ownership versions) and every "today" count in the
 * zone's own time, set by {@code registry.time.zone} (default {@value #ZONE_ID}; Hong Kong and
 * Shenzhen share UTC+8, without daylight saving): a version effective on 1 January is in force from
 * midnight of that day there. Instants are recorded in UTC.
 */
@ApplicationScoped
public class RegistryClock {
    /** The default time zone. */
    public static final String ZONE_ID = "Asia/Hong_Kong";
    /** The zone's time zone, as configured. */
    public static final ZoneId ZONE = configuredZone();

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

    /** The time zone {@code registry.time.zone} names; the default where no configuration is available (plain unit tests). */
    static ZoneId configuredZone() {
        String id;
        try {
            id = RegistrySetting.TIME_ZONE.value();
        } catch (IllegalStateException | ServiceConfigurationError e) {
            id = ZONE_ID;
        }
        return zone(id);
    }

    /** The time zone of an IANA name; a clear refusal of anything else. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    RegistrySetting.TIME_ZONE.key() + " is '" + id
                            + "', which is not a time zone: use an IANA name such as Asia/Hong_Kong",
                    e);
        }
    }
}
