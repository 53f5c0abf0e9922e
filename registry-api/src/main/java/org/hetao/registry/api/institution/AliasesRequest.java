package org.hetao.registry.api.institution;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The everyday names of an institution as a client sends them: the whole list, which replaces the one before. */
@Schema(name = "AliasesRequest")
public record AliasesRequest(
        @Schema(description = "At most 20 aliases of at most 60 characters each, in the order to show them; [] removes them all")
        @NotNull List<String> aliases) {
}
