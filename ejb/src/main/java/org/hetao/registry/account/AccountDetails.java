package org.hetao.registry.account;

import org.hetao.registry.access.Role;

/**
 * What an administrator states to create or change an account; a null password keeps the old one,
 * a null e-mail address keeps the old one and a blank one removes it.
 */
public record AccountDetails(
        String username, String password, Role role, Long institutionId, Boolean enabled, String email) {}
