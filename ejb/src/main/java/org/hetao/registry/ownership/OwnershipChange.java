package org.hetao.registry.ownership;

import java.time.LocalDate;
import java.util.List;

/** A new set of owners and shares, from a date, with the reason for the change. */
public record OwnershipChange(List<ShareDetails> shares, LocalDate effectiveFrom, String reason) {}
