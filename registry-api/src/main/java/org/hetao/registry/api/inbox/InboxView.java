package org.hetao.registry.api.inbox;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.api.common.TextView;
import org.hetao.registry.inbox.InboxEntry;
import org.hetao.registry.inbox.InboxItem;

/**
 * An inbox item: what happened ({@code kind}), to which record ({@code subjectKind}, {@code subjectId},
 * and {@code href}, its API address), about which asset ({@code ipAssetId} null when about none, such as a
 * white-list registration; {@code assetTitle} null when the reader may not read the asset), who acted and when, and whether the reader has read it. {@code note}: a
 * rejection's reason, an agreement's number and revision, the time an expiring proposal expires, an
 * enquiry's interest (received) or new status.
 */
@Schema(name = "InboxView")
public record InboxView(
        long id,
        String kind,
        long institutionId,
        String institution,
        String subjectKind,
        long subjectId,
        String href,
        Long ipAssetId,
        String assetHref,
        TextView assetTitle,
        String actor,
        Long actorInstitutionId,
        String actorInstitution,
        String note,
        OffsetDateTime createdAt,
        boolean read) {
    public static InboxView of(InboxEntry e) {
        InboxItem i = e.item();
        String href = switch (i.getSubjectKind()) {
                    case "agreement" -> "/api/agreements/";
                    case "enquiry" -> "/api/enquiries/";
                    case "ip-asset" -> "/api/ip-assets/";
                    case "project" -> "/api/projects/";
                    case "recordal" -> "/api/recordals/";
                    default -> "/api/ownership-proposals/";
                }
                + i.getSubjectId();
        return new InboxView(
                i.getId(),
                i.getKind().name(),
                i.getInstitutionId(),
                e.institution(),
                i.getSubjectKind(),
                i.getSubjectId(),
                href,
                i.getIpAssetId(),
                i.getIpAssetId() == null ? null : "/api/ip-assets/" + i.getIpAssetId(),
                e.assetTitle() == null ? null : TextView.of(e.assetTitle()),
                i.getActor(),
                i.getActorInstitutionId(),
                e.actorInstitution(),
                i.getNote(),
                i.getCreatedAt(),
                e.read());
    }
}
