package org.hetao.registry.enquiry;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of an enquiry. The open stages follow each other NEW → IN_DISCUSSION → NDA →
 * TERM_SHEET; the offices may move an enquiry forward, skipping stages, but LICENSED only from
 * TERM_SHEET; DECLINED (by the offices) and WITHDRAWN (by the investor) end it from any open stage.
 * LICENSED, DECLINED and WITHDRAWN are final.
 */
public enum EnquiryStatus {
    NEW,
    IN_DISCUSSION,
    NDA,
    TERM_SHEET,
    LICENSED,
    DECLINED,
    WITHDRAWN;

    private static final Set<EnquiryStatus> FINAL = EnumSet.of(LICENSED, DECLINED, WITHDRAWN);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether an enquiry may move from this stage to {@code next} (by whoever may take that step). */
    public boolean canMoveTo(EnquiryStatus next) {
        if (isFinal() || next == null || next == this) {
            return false;
        }
        return switch (next) {
            case NEW -> false;
            case IN_DISCUSSION, NDA, TERM_SHEET -> next.ordinal() > ordinal();
            case LICENSED -> this == TERM_SHEET;
            case DECLINED, WITHDRAWN -> true;
        };
    }

    /** Whether the investor (rather than the owners' offices) takes this step: only a withdrawal. */
    public boolean isInvestorStep() {
        return this == WITHDRAWN;
    }

    /** The stages reachable from this one. */
    public Set<EnquiryStatus> next() {
        Set<EnquiryStatus> out = EnumSet.noneOf(EnquiryStatus.class);
        for (EnquiryStatus s : values()) {
            if (canMoveTo(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
