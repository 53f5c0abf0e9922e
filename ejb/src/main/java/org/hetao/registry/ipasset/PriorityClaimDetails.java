package org.hetao.registry.ipasset;

import java.time.LocalDate;

/** A priority claim as a client states it: the earlier application's office (a two-letter code, WO for PCT), number and date. */
public record PriorityClaimDetails(String office, String number, LocalDate date) {}
