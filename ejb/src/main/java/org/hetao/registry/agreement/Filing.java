package org.hetao.registry.agreement;

import java.time.LocalDate;
import java.util.Locale;
import org.hetao.registry.common.Checks;
import org.hetao.registry.ipasset.FilingDetails;

/**
 * An application or grant of the IP asset in one jurisdiction as the agreement states it; the number
 * and date may still be unknown. A statement frozen in the agreement's content, not the registry's
 * filing record, which may change later ({@link #of} takes what the record says when the agreement
 * is drafted).
 */
public record Filing(FilingJurisdiction jurisdiction, String applicationNumber, LocalDate filingDate, String status) {

    public Filing {
        Checks.require("filing.jurisdiction", jurisdiction);
        applicationNumber = Checks.optionalText("filing.applicationNumber", applicationNumber, 60);
        status = Checks.optionalText("filing.status", status, 60);
    }

    /** What the agreement states of a filing recorded in the registry: its status in lower case ("granted"). */
    public static Filing of(FilingDetails recorded) {
        return new Filing(
                FilingJurisdiction.of(recorded.jurisdiction()),
                recorded.applicationNumber(),
                recorded.filingDate(),
                recorded.status().name().toLowerCase(Locale.ROOT));
    }
}
