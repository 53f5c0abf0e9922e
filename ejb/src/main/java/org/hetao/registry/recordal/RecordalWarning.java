package org.hetao.registry.recordal;

import java.time.LocalDate;

/**
 * What a rule says about a recordal: a stable {@code code} (the rule's), the legal {@code source} it
 * rests on, the day by which it should have been done (null when at once or no day applies) and an
 * English sentence for people reading the raw response.
 */
public record RecordalWarning(String code, String source, LocalDate dueDate, String message) {}
