package org.hetao.registry.api.enquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message or an internal note in an enquiry's thread. */
public record MessageRequest(@NotBlank @Size(max = 4000) String text) {}
