package org.hetao.registry.api.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * One party's signature of an issued agreement: the party's code, who signed for it and with what
 * title (by default the signatory the agreement names), and when (now when left out).
 */
public record SignatureRequest(
        @NotBlank @Size(max = 40) String party,
        @Size(max = 200) String signatoryName,
        @Size(max = 200) String signatoryTitle,
        OffsetDateTime signedAt) {}
