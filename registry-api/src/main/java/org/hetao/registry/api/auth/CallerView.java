package org.hetao.registry.api.auth;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is, with the registry's time zone and today's date there (for the dates a client shows and proposes). */
public record CallerView(
        long accountId,
        String username,
        String role,
        Long institutionId,
        String email,

        @Schema(description = "The registry's time zone (registry.time.zone), an IANA name such as Asia/Hong_Kong")
        String timeZone,

        @Schema(description = "Today's date in that time zone")
        LocalDate today) {}
