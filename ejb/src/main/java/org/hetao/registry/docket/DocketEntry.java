package org.hetao.registry.docket;

import java.time.LocalDate;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.LocalizedText;

/**
 * A deadline as an office sees it: the deadline, its asset, its state on a day and, once marked, who
 * marked it done and with which filing.
 */
public record DocketEntry(
        Deadline deadline,
        LocalizedText assetTitle,
        Confidentiality confidentiality,
        Status status,
        DoneMark.DoneDetails done) {

    /** Where a deadline stands. */
    public enum Status {
        /** Still to do, due today or later. */
        OPEN,
        /** Not marked done and its day has passed. */
        OVERDUE,
        /** Marked done by an office, or a filing of the family shows it was done. */
        DONE
    }

    static Status status(Deadline d, DoneMark mark, LocalDate today) {
        if (mark != null || d.metBy() != null) {
            return Status.DONE;
        }
        return d.dueDate().isBefore(today) ? Status.OVERDUE : Status.OPEN;
    }
}
