package org.hetao.registry.agreement;

import java.util.List;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** Arbitration: the institution, the seat city, one or three arbitrators, and the language. */
public record DisputeResolution(
        ArbitrationInstitution institution, SeatCity seat, int arbitrators, ArbitrationLanguage language) {

    public DisputeResolution {
        if (institution == null) {
            throw new InvalidValueException(
                    "disputeResolution.institution", ErrorCode.REQUIRED, "is required (HKIAC or SCIA)");
        }
        if (seat == null) {
            throw new InvalidValueException(
                    "disputeResolution.seat", ErrorCode.REQUIRED, "is required: name the city of the seat");
        }
        if (arbitrators != 1 && arbitrators != 3) {
            throw new InvalidValueException(
                    "disputeResolution.arbitrators",
                    ErrorCode.ONE_OF,
                    "must be 1 or 3 (was " + arbitrators + ")",
                    Map.of("allowed", List.of(1, 3)));
        }
        if (language == null) {
            throw new InvalidValueException("disputeResolution.language", ErrorCode.REQUIRED, "is required");
        }
    }
}
