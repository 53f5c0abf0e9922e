package org.hetao.registry.capital;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant as a client states it: the project's institution that receives it, the funder, the scheme
 * (and the funder's programme and award reference), the amount and its currency, the side of the
 * boundary it comes from, the day it was awarded and the period it covers (both ends optional).
 */
public record GrantDetails(
        Long institutionId,
        String funder,
        GrantScheme scheme,
        String programme,
        String awardReference,
        BigDecimal amount,
        String currency,
        BoundarySide side,
        LocalDate awardedDate,
        LocalDate startDate,
        LocalDate endDate) {}
