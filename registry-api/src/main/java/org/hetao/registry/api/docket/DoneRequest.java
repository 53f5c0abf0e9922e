package org.hetao.registry.api.docket;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks a deadline done. */
@Schema(name = "DeadlineDoneRequest")
public record DoneRequest(
        @Schema(description = "The deadline's key, as listed") @NotBlank @Size(max = 200)
        String key,

        @Schema(description = "The application number of the asset's filing the deadline produced, if any")
        @Size(max = 64)
        String producedFiling,

        @Size(max = 1000) String note) {}
