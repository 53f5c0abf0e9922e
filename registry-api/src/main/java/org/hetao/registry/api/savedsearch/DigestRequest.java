package org.hetao.registry.api.savedsearch;

import jakarta.validation.constraints.NotNull;
import org.hetao.registry.savedsearch.DigestFrequency;

/** How often a saved search's e-mail digest goes out: OFF, DAILY or WEEKLY. */
public record DigestRequest(@NotNull DigestFrequency frequency) {}
