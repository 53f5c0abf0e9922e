package org.hetao.registry.api.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hetao.registry.api.common.TextRequest;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;

/** An institution as a client sends it. */
public record InstitutionRequest(
        @NotBlank @Size(max = 32) String shortName,
        @NotNull TextRequest name,
        @NotNull InstitutionKind kind,
        @NotNull Jurisdiction jurisdiction,
        @NotBlank @Size(min = 2, max = 2) String country,
        @Size(max = 40) String rorId) {

    public InstitutionDetails toDetails() {
        return new InstitutionDetails(
                shortName, name.en(), name.zhHant(), name.zhHans(), kind, jurisdiction, country, rorId);
    }
}
