package org.hetao.registry.api.docket;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.docket.Deadline;
import org.hetao.registry.docket.DocketEntry;

/** A deadline in a response. */
@Schema(name = "DeadlineView")
public record DeadlineView(
        @Schema(description = "Stable across edits of the asset; what a done mark names")
        String key,

        @Schema(description = "The rule of docket-rules-v1 (paris-priority, pct-national-phase, hk-r-record, ...)")
        String rule,

        TextView title,
        long ipAssetId,
        TextView assetTitle,
        String applicationNumber,

        @Schema(description = "Where the act is due: CN, HK, EP, US..., or ANY for the Paris priority")
        String office,

        @Schema(description = "Which one of a repeated rule: a PCT office, or year-N of annual fees")
        String occurrence,

        LocalDate triggerDate,
        LocalDate dueDate,

        @Schema(description = "The due date was moved past a Sunday or Hong Kong general holiday")
        boolean rolledOver,

        @Schema(enumeration = {"OPEN", "OVERDUE", "DONE"}) String status,

        @Schema(description = "The family's filing that shows it was done, if one does")
        String metBy,

        DoneView done,

        @Schema(description = "The law the rule follows") String source) {

    /** Who marked a deadline done, when, and with which filing. */
    @Schema(name = "DeadlineDoneView")
    public record DoneView(String producedFiling, String note, String doneBy, OffsetDateTime doneAt) {}

    public static DeadlineView of(DocketEntry e) {
        Deadline d = e.deadline();
        var done = e.done();
        return new DeadlineView(
                d.key(),
                d.ruleId(),
                TextView.of(d.title()),
                d.ipAssetId(),
                TextView.of(e.assetTitle()),
                d.applicationNumber(),
                d.office(),
                d.occurrence(),
                d.triggerDate(),
                d.dueDate(),
                d.rolledOver(),
                e.status().name(),
                d.metBy(),
                done == null ? null : new DoneView(done.producedFiling(), done.note(), done.doneBy(), done.doneAt()),
                d.source());
    }
}
