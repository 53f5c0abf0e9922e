package org.hetao.registry.project;

import java.math.BigDecimal;

/** A funding line of a project, as a client states it. */
public record FundingDetails(String funder, String programme, String awardId, BigDecimal amount, String currency) {}
