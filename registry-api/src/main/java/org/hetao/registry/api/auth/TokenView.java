package org.hetao.registry.api.auth;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bearer token and the account it signs in. */
@Schema(name = "TokenView")
public record TokenView(
        String token, String tokenType, OffsetDateTime expiresAt, String username, String role, Long institutionId) {}
