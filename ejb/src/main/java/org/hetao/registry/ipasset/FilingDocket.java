package org.hetao.registry.ipasset;

import java.time.LocalDate;
import java.util.List;

/**
 * What a patent docket needs of a filing beyond its numbers and status: its publication, the
 * priorities it claims, the PCT application it enters the national phase from and, for a Hong Kong
 * application, its kind and (for a standard patent (R)) the designated patent application it is based on.
 */
public record FilingDocket(
        String publicationNumber,
        LocalDate publicationDate,
        List<PriorityClaimDetails> priorities,
        String pctApplicationNumber,
        HongKongPatentKind hkKind,
        DesignatedOffice designatedOffice,
        String designatedApplicationNumber) {
    /** A filing with no docket data. */
    public static final FilingDocket NONE = new FilingDocket(null, null, List.of(), null, null, null, null);

    public FilingDocket {
        priorities = priorities == null ? List.of() : priorities;
    }
}
