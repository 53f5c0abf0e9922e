package org.hetao.registry.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a transfer stands. DRAFT until both parties consent (APPROVED); then IN_TRANSIT when sent and
 * RECEIVED when received. A party refuses (REFUSED) or withdraws it (CANCELLED) before it is sent.
 */
public enum TransferStatus {
    DRAFT,
    APPROVED,
    IN_TRANSIT,
    RECEIVED,
    REFUSED,
    CANCELLED;

    /** The statuses a transfer in this one may move to. */
    public Set<TransferStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(APPROVED, REFUSED, CANCELLED);
            case APPROVED -> EnumSet.of(IN_TRANSIT, REFUSED, CANCELLED);
            case IN_TRANSIT -> EnumSet.of(RECEIVED);
            case RECEIVED, REFUSED, CANCELLED -> EnumSet.noneOf(TransferStatus.class);
        };
    }

    public boolean canMoveTo(TransferStatus to) {
        return next().contains(to);
    }

    /** Nothing more happens to it. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
