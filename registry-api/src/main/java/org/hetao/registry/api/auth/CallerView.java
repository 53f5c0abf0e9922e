package org.hetao.registry.api.auth;

/** Who the caller is. */
public record CallerView(long accountId, String username, String role, Long institutionId, String email) {
}
