package org.hetao.registry.api.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hetao.registry.access.Role;
import org.hetao.registry.account.AccountDetails;

/**
 * An account as an administrator sends it; on update a missing password or e-mail address keeps the
 * old one (an empty e-mail address removes it).
 */
public record AccountRequest(
        @Size(max = 64) String username,
        @Size(max = 200) String password,
        @NotNull Role role,
        Long institutionId,
        Boolean enabled,
        @Size(max = 254) String email) {
    public AccountDetails toDetails() {
        return new AccountDetails(username, password, role, institutionId, enabled, email);
    }
}
