package org.hetao.registry.api.person;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.person.Person;

/** A person in a response. */
@Schema(name = "PersonView")
public record PersonView(
        long id,
        long version,
        String nameEn,
        String nameZh,
        String orcid,
        long institutionId,
        String email,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
    public static PersonView of(Person p) {
        return new PersonView(
                p.getId(),
                p.getVersion(),
                p.getNameEn(),
                p.getNameZh(),
                p.getOrcid(),
                p.getInstitutionId(),
                p.getEmail(),
                p.getCreatedAt(),
                p.getUpdatedAt());
    }
}
