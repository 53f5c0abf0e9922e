package org.hetao.registry.api.ipasset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.ownership.Ownership;
import org.hetao.registry.ownership.OwnershipShare;
import org.hetao.registry.ownership.OwnershipVersion;

/** An asset's current ownership (null before the first version) and its whole history, newest first. */
public record OwnershipView(long ipAssetId, int currentVersion, VersionView current, List<VersionView> history) {

    /** One dated version of the ownership. */
    public record VersionView(int version, LocalDate effectiveFrom, String reason, OffsetDateTime recordedAt,
                              String recordedBy, List<ShareView> shares) {
        static VersionView of(OwnershipVersion v) {
            return new VersionView(v.getVersionNo(), v.getEffectiveFrom(), v.getReason(), v.getRecordedAt(), v.getRecordedBy(),
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
        return new OwnershipView(o.ipAssetId(), o.currentVersionNo(), o.current().map(VersionView::of).orElse(null),
                o.history().stream().map(VersionView::of).toList());
    }
}
