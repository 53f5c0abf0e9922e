package org.hetao.registry.api.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hetao.registry.person.PersonDetails;

/** A person as a client sends it. */
public record PersonRequest(
        @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 200) String nameZh,
        @Size(max = 40) String orcid,
        @NotNull Long institutionId,
        @Size(max = 254) String email) {
    public PersonDetails toDetails() {
        return new PersonDetails(nameEn, nameZh, orcid, institutionId, email);
    }
}
