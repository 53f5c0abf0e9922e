package org.hetao.registry.account;

/** What an administrator states to create or change an account; a null password keeps the old one. */
public record AccountDetails(String username, String password, Role role, Long institutionId, Boolean enabled) {
}
