package org.hetao.registry.api.savedsearch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of a digest's unsubscribe link. */
public record UnsubscribeRequest(@NotBlank @Size(max = 64) String token) {}
