package org.hetao.registry.proposal;

import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.ownership.OwnershipTimeline;
import org.hetao.registry.ownership.OwnershipVersion;

/** What a proposal does to the ownership history, and the dates each kind may take effect from. */
public enum ProposalKind {
    /** A new version from a date no earlier than the current version's (today, or later: scheduled). */
    CHANGE {
        @Override
        void checkDate(OwnershipTimeline timeline, LocalDate today, LocalDate date) {
            if (timeline.isCorrection(date, today)) {
                OwnershipVersion current = timeline.inForceOn(today).orElseThrow();
                throw new InvalidValueException(
                        "effectiveFrom",
                        ErrorCode.OWNERSHIP_CORRECTION_REQUIRED,
                        "must not be before " + current.getEffectiveFrom() + ", when the current version "
                                + current.getVersionNo()
                                + " took effect; propose a CORRECTION to record an earlier version",
                        Map.of("min", current.getEffectiveFrom().toString(), "version", current.getVersionNo()));
            }
        }
    },
    /** A correction of history: a version that took effect before the current one, inserted in date order. */
    CORRECTION {
        @Override
        void checkDate(OwnershipTimeline timeline, LocalDate today, LocalDate date) {
            if (!timeline.isCorrection(date, today)) {
                String why = timeline.inForceOn(today)
                        .map(c -> "a CORRECTION takes effect before " + c.getEffectiveFrom()
                                + ", when the current version " + c.getVersionNo() + " took effect; propose a CHANGE")
                        .orElse("a CORRECTION needs a version in force today to correct; propose a CHANGE");
                throw new InvalidValueException("effectiveFrom", ErrorCode.OWNERSHIP_NOT_A_CORRECTION, why);
            }
        }
    };

    /** Fails unless a version of this kind may take effect on {@code date}, given the asset's versions and today's date. */
    abstract void checkDate(OwnershipTimeline timeline, LocalDate today, LocalDate date);

    /** The kind a version effective from {@code date} is: a CORRECTION when it is dated before the current version. */
    public static ProposalKind of(OwnershipTimeline timeline, LocalDate today, LocalDate date) {
        return date != null && timeline.isCorrection(date, today) ? CORRECTION : CHANGE;
    }
}
