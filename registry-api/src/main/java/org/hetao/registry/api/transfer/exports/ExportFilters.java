package org.hetao.registry.api.transfer.exports;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import org.hetao.registry.api.http.Params;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.institution.InstitutionFilter;
import org.hetao.registry.institution.InstitutionKind;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.ipasset.AssetType;
import org.hetao.registry.ipasset.IpAssetFilter;
import org.hetao.registry.ipasset.Licensing;
import org.hetao.registry.person.PersonFilter;
import org.hetao.registry.project.ProjectFilter;
import org.hetao.registry.project.ProjectStatus;
import org.hetao.registry.project.Sector;
import org.hetao.registry.project.Site;
import org.hetao.registry.transfer.format.RecordKind;

/** The filters of each list, read from an export's query parameters with the same names as the list's. */
final class ExportFilters {
    private ExportFilters() {}

    static Object of(RecordKind kind, MultivaluedMap<String, String> q) {
        return switch (kind) {
            case INSTITUTION ->
                new InstitutionFilter(
                        q.getFirst("q"),
                        Params.enumValue(InstitutionKind.class, "kind", q.getFirst("kind")),
                        Params.enumValue(Jurisdiction.class, "jurisdiction", q.getFirst("jurisdiction")),
                        q.getFirst("country") == null
                                ? null
                                : q.getFirst("country").toUpperCase(Locale.ROOT));
            case PERSON ->
                new PersonFilter(
                        q.getFirst("q"),
                        Params.longValue("institutionId", q.getFirst("institutionId")),
                        q.getFirst("orcid"));
            case PROJECT ->
                new ProjectFilter(
                        q.getFirst("q"),
                        Params.enumValue(ProjectStatus.class, "status", q.getFirst("status")),
                        Params.enumValue(Site.class, "site", q.getFirst("site")),
                        Params.enumValue(Sector.class, "sector", q.getFirst("sector")),
                        Params.enumValue(Confidentiality.class, "confidentiality", q.getFirst("confidentiality")),
                        Params.longValue("institutionId", q.getFirst("institutionId")),
                        ProjectFilter.year(Params.longValue("year", q.getFirst("year"))));
            case IP_ASSET -> {
                Long trl = Params.longValue("minReadinessLevel", q.getFirst("minReadinessLevel"));
                yield new IpAssetFilter(
                        q.getFirst("q"),
                        Params.longValue("projectId", q.getFirst("projectId")),
                        Params.enumValue(AssetType.class, "type", q.getFirst("type")),
                        Params.enumValue(Licensing.class, "licensing", q.getFirst("licensing")),
                        trl == null ? null : (int) Math.max(Math.min(trl, 10), 0),
                        Params.enumValue(Confidentiality.class, "confidentiality", q.getFirst("confidentiality")),
                        q.getFirst("applicationNumber"),
                        Params.longValue("ownerInstitutionId", q.getFirst("ownerInstitutionId")));
            }
            case OWNERSHIP -> throw new IllegalArgumentException("ownership versions have no list of their own");
        };
    }
}
