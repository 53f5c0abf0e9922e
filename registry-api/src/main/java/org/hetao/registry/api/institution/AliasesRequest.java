package org.hetao.registry.api.institution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The everyday names of an institution as a client sends them: the whole list, in the order to show
 * them, which replaces the one before ({@code []} removes them all). Each is checked by the domain.
 */
@Schema(name = "AliasesRequest")
public record AliasesRequest(@NotNull @Size(max = 20) List<String> aliases) {}
