package org.hetao.registry.recordal;

import java.time.LocalDate;
import java.util.Optional;

/** One legal rule about recording a transaction, named for its source. */
public interface RecordalRule {
    /** The rule's stable code, the code of its warnings. */
    String code();

    /** The legal source the rule rests on. */
    String source();

    /** Whether the rule concerns a recordal of this office and type at all. */
    boolean applies(RecordalOffice office, RecordalType type);

    /** The warning for a recordal that concerns the rule, as it stands on {@code today}; empty when all is well. */
    Optional<RecordalWarning> check(RecordalFacts facts, LocalDate today);
}
