package org.hetao.registry.api.auth;

import java.time.OffsetDateTime;

/** A bearer token and the account it signs in. */
public record TokenView(String token, String tokenType, OffsetDateTime expiresAt, String username, String role, Long institutionId) {
}
