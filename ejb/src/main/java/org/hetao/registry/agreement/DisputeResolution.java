package org.hetao.registry.agreement;

import org.hetao.registry.common.InvalidValueException;

/** Arbitration: the institution, the seat city, one or three arbitrators, and the language. */
public record DisputeResolution(ArbitrationInstitution institution, SeatCity seat, int arbitrators, ArbitrationLanguage language) {

    public DisputeResolution {
        if (institution == null) {
            throw new InvalidValueException("disputeResolution.institution", "is required (HKIAC or SCIA)");
        }
        if (seat == null) {
            throw new InvalidValueException("disputeResolution.seat", "is required: name the city of the seat");
        }
        if (arbitrators != 1 && arbitrators != 3) {
            throw new InvalidValueException("disputeResolution.arbitrators", "must be 1 or 3 (was " + arbitrators + ")");
        }
        if (language == null) {
            throw new InvalidValueException("disputeResolution.language", "is required");
        }
    }
}
