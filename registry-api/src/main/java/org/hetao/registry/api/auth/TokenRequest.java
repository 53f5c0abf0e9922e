package org.hetao.registry.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Credentials to sign in with. */
public record TokenRequest(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 200) String password) {}
