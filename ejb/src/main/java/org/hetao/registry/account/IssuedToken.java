package org.hetao.registry.account;

import java.time.OffsetDateTime;
import org.hetao.registry.access.Caller;

/** A freshly issued bearer token; the plain token exists only in this response. */
public record IssuedToken(String token, OffsetDateTime expiresAt, Caller caller) {}
