package org.hetao.registry.api.account;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.account.Account;

/** An account in a response: never its password or hash. */
@Schema(name = "AccountView")
public record AccountView(
        long id,
        long version,
        String username,
        String role,
        Long institutionId,
        boolean enabled,
        String email,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
    public static AccountView of(Account a) {
        return new AccountView(
                a.getId(),
                a.getVersion(),
                a.getUsername(),
                a.getRole().name(),
                a.getInstitutionId(),
                a.isEnabled(),
                a.getEmail(),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }
}
