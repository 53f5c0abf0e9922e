package org.hetao.registry.agreement;

import java.time.LocalDate;
import org.hetao.registry.common.Checks;

/** An application or grant of the IP asset in one jurisdiction; the number and date may still be unknown. */
public record Filing(FilingJurisdiction jurisdiction, String applicationNumber, LocalDate filingDate, String status) {

    public Filing {
        Checks.require("filing.jurisdiction", jurisdiction);
        applicationNumber = Checks.optionalText("filing.applicationNumber", applicationNumber, 60);
        status = Checks.optionalText("filing.status", status, 60);
    }
}
