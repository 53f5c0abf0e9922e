package org.hetao.registry.api.visitor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secret of a confirmation link, as the page the link opens sends it. */
public record ConfirmRequest(@NotBlank @Size(max = 64) String token) {}
