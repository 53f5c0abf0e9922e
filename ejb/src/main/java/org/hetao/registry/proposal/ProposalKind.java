package org.hetao.registry.proposal;

import java.time.LocalDate;
import java.util.Optional;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.ownership.OwnershipVersion;

/** What a proposal does to the ownership history, and the date each kind may take effect from. */
public enum ProposalKind {
    /** A new version from a date no earlier than the current version's. */
    CHANGE {
        @Override
        void checkDate(Optional<OwnershipVersion> base, LocalDate date) {
            if (base.isPresent() && date.isBefore(base.get().getEffectiveFrom())) {
                throw new InvalidValueException("effectiveFrom", "must not be before " + base.get().getEffectiveFrom() + ", when the current version "
                        + base.get().getVersionNo() + " took effect; propose a CORRECTION to record an earlier version");
            }
        }
    },
    /** A correction of history: a version that took effect before the current one, inserted in date order. */
    CORRECTION {
        @Override
        void checkDate(Optional<OwnershipVersion> base, LocalDate date) {
            if (base.isEmpty()) {
                throw new InvalidValueException("effectiveFrom", "a CORRECTION needs an earlier version to correct");
            }
            if (!date.isBefore(base.get().getEffectiveFrom())) {
                throw new InvalidValueException("effectiveFrom", "a CORRECTION takes effect before " + base.get().getEffectiveFrom()
                        + ", when the current version took effect");
            }
        }
    };

    /** Fails unless a version of this kind may take effect on {@code date}, given the version it is based on. */
    abstract void checkDate(Optional<OwnershipVersion> base, LocalDate date);
}
