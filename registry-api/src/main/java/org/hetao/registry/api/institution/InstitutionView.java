package org.hetao.registry.api.institution;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.institution.Institution;

/** An institution in a response. */
@Schema(name = "InstitutionView")
public record InstitutionView(
        long id,
        long version,
        String shortName,
        TextView name,
        String kind,
        String jurisdiction,
        String country,
        String rorId,
        List<String> aliases,
        PublicContactView publicContact,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
    public static InstitutionView of(Institution i) {
        return new InstitutionView(
                i.getId(),
                i.getVersion(),
                i.getShortName(),
                TextView.of(i.getName()),
                i.getKind().name(),
                i.getJurisdiction().name(),
                i.getCountry(),
                i.getRorId(),
                i.getAliases(),
                PublicContactView.of(i),
                i.getCreatedAt(),
                i.getUpdatedAt());
    }
}
