package org.hetao.registry.recordal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every rule about recordals, and the warnings they give for one recordal on a day. */
public final class RecordalRules {
    public static final List<RecordalRule> ALL =
            List.of(new CnipaAssignmentRegistration(), new CnipaLicenceRecordalDeadline(), new HongKongPriority());

    private RecordalRules() {}

    public static List<RecordalWarning> warnings(RecordalFacts facts, LocalDate today) {
        return ALL.stream()
                .map(r -> r.check(facts, today))
                .flatMap(Optional::stream)
                .toList();
    }
}
