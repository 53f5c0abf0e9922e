package org.hetao.registry.api.ipasset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.ownership.Ownership;
import org.hetao.registry.ownership.OwnershipShare;
import org.hetao.registry.ownership.OwnershipVersion;

/**
 * An asset's ownership as of {@code today} (the zone's date): {@code current} is the version in force
 * today (null before one takes effect), {@code scheduled} the versions that take effect later (soonest
 * first), {@code history} every version, the latest effective date first. {@code currentVersion} is
 * the number of the latest recorded version, which a change is based on (the ETag; 0 before the first).
 */
@Schema(name = "OwnershipView")
public record OwnershipView(
        long ipAssetId,
        LocalDate today,
        int currentVersion,
        VersionView current,
        List<VersionView> scheduled,
        List<VersionView> history) {

    /**
     * One dated version of the ownership: in force from {@code effectiveFrom}, recorded at {@code recordedAt};
     * {@code id} names it where a recordal refers to it.
     */
    public record VersionView(
            long id,
            int version,
            LocalDate effectiveFrom,
            String reason,
            OffsetDateTime recordedAt,
            String recordedBy,
            boolean correction,
            List<ShareView> shares) {
        static VersionView of(OwnershipVersion v) {
            return new VersionView(
                    v.getId(),
                    v.getVersionNo(),
                    v.getEffectiveFrom(),
                    v.getReason(),
                    v.getRecordedAt(),
                    v.getRecordedBy(),
                    v.isCorrection(),
                    v.getShares().stream().map(ShareView::of).toList());
        }
    }

    /** One owner's share, in basis points and as an exact percentage. */
    public record ShareView(long institutionId, int shareBp, String percent) {
        static ShareView of(OwnershipShare s) {
            return new ShareView(s.getInstitutionId(), s.getShareBp(), BasisPoints.percent(s.getShareBp()));
        }
    }

    public static OwnershipView of(Ownership o) {
        return new OwnershipView(
                o.ipAssetId(),
                o.today(),
                o.latestVersionNo(),
                o.current().map(VersionView::of).orElse(null),
                o.scheduled().stream().map(VersionView::of).toList(),
                o.history().stream().map(VersionView::of).toList());
    }
}
