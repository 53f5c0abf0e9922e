package org.hetao.registry.ownership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.DateBounds;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.Violations;

/**
 * The owners of an IP asset and their shares from a date on. A version is immutable: a change of
 * ownership is a new version, numbered one past the latest (the number is the order of recording),
 * so the history is never overwritten. Which version is in force on a date is
 * {@link OwnershipTimeline}'s rule; a version dated before the current one is a correction, inserted
 * in date order. The one thing recorded later is when the registry acted on the version's effective
 * date ({@link #dateReached}).
 */
@Entity
@Table(name = "ownership_version")
public class OwnershipVersion {

    @Id
    @SequenceGenerator(name = "ownership_id", sequenceName = "registry_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ownership_id")
    private Long id;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "total_bp", nullable = false, updatable = false)
    private int totalBp;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(nullable = false, updatable = false)
    private boolean correction;

    @Column(name = "date_reached_at")
    private OffsetDateTime dateReachedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ownership_share", joinColumns = @JoinColumn(name = "ownership_version_id"))
    private List<OwnershipShare> shares = new ArrayList<>();

    protected OwnershipVersion() {}

    OwnershipVersion(
            long ipAssetId,
            int versionNo,
            OwnershipChange change,
            String recordedBy,
            boolean correction,
            OffsetDateTime recordedAt) {
        Checks.require("ownership", change);
        Violations v = new Violations();
        v.check(() -> {
            BasisPoints.checkShares(
                    "shares", "institutionId", change.shares(), ShareDetails::institutionId, ShareDetails::shareBp);
            return null;
        });
        LocalDate from = v.check(
                () -> DateBounds.require("effectiveFrom", Checks.require("effectiveFrom", change.effectiveFrom())));
        String why = v.check(() -> Checks.requireText("reason", change.reason(), 1000));
        String by = v.check(() -> Checks.requireText("recordedBy", recordedBy, 64));
        v.throwIfAny();
        this.ipAssetId = ipAssetId;
        this.versionNo = versionNo;
        this.effectiveFrom = from;
        this.reason = why;
        this.recordedBy = by;
        this.recordedAt = recordedAt;
        this.correction = correction;
        change.shares().stream()
                .map(s -> new OwnershipShare(s.institutionId(), s.shareBp()))
                .sorted(OwnershipShare.LARGEST_FIRST)
                .forEach(shares::add);
        this.totalBp = shares.stream().mapToInt(OwnershipShare::getShareBp).sum();
    }

    /** Fails with every fault of a change that no version could record (its shares, date and reason), storing nothing. */
    public static void check(OwnershipChange change) {
        new OwnershipVersion(0, 1, change, "check", false, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** The first owners of an asset, recorded now (a file's history, read in order of recording). */
    public static OwnershipVersion first(long ipAssetId, OwnershipChange change, String recordedBy) {
        return recordedNow(
                new OwnershipVersion(ipAssetId, 1, change, recordedBy, false, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /**
     * The version recorded after this one, now, in a file's history read in order of recording (an
     * import): one dated before this one is marked a correction. Live changes are recorded through
     * {@link OwnershipTimeline#record}, which knows the whole history.
     */
    public OwnershipVersion next(OwnershipChange change, String recordedBy) {
        boolean earlier = change != null
                && change.effectiveFrom() != null
                && change.effectiveFrom().isBefore(effectiveFrom);
        return recordedNow(new OwnershipVersion(
                ipAssetId, versionNo + 1, change, recordedBy, earlier, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** Fails unless a version effective from {@code date} may follow this one without being a correction. */
    public void checkNotBefore(LocalDate date) {
        if (date != null && date.isBefore(effectiveFrom)) {
            throw new InvalidValueException(
                    "effectiveFrom",
                    ErrorCode.OWNERSHIP_CORRECTION_REQUIRED,
                    "must not be before " + effectiveFrom + ", when the current version " + versionNo
                            + " took effect; a correction of history is proposed through the API (POST /api/ip-assets/"
                            + ipAssetId
                            + "/ownership/proposals) and approved by every institution it concerns",
                    Map.of("min", effectiveFrom.toString(), "version", versionNo));
        }
    }

    private static OwnershipVersion recordedNow(OwnershipVersion v) {
        if (!v.effectiveFrom.isAfter(LocalDate.now(RegistryClock.ZONE))) {
            v.dateReached(v.recordedAt);
        }
        return v;
    }

    /** The registry acted on this version's effective date (it came into force, or a later-recorded version of the same date replaced it). */
    void dateReached(OffsetDateTime at) {
        if (dateReachedAt == null) {
            dateReachedAt = at;
        }
    }

    public OffsetDateTime getDateReachedAt() {
        return dateReachedAt;
    }

    /** Whether this version was recorded with a date before the version then current (a correction of history). */
    public boolean isCorrection() {
        return correction;
    }

    public Long getId() {
        return id;
    }

    public long getIpAssetId() {
        return ipAssetId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** Largest share first, then by institution id (the database keeps no order of its own). */
    public List<OwnershipShare> getShares() {
        return shares.stream().sorted(OwnershipShare.LARGEST_FIRST).toList();
    }

    public Set<Long> owners() {
        Set<Long> ids = new HashSet<>();
        shares.forEach(s -> ids.add(s.getInstitutionId()));
        return ids;
    }

    /**
     * The institutions whose offices may record the version that follows {@code current}: its
     * owners, or before the first version the parties of the asset's project.
     */
    public static Set<Long> nextWriters(Optional<OwnershipVersion> current, Set<Long> projectParties) {
        return current.map(OwnershipVersion::owners).orElse(projectParties);
    }

    /** The change this version made, as a client would state it. */
    public OwnershipChange asChange() {
        return new OwnershipChange(
                shares.stream()
                        .map(s -> new ShareDetails(s.getInstitutionId(), s.getShareBp()))
                        .toList(),
                effectiveFrom,
                reason);
    }

    /** Whether this version holds exactly what the change states: the same shares, date and reason. */
    public boolean holds(OwnershipChange change) {
        return change != null
                && effectiveFrom.equals(change.effectiveFrom())
                && change.reason() != null
                && reason.equals(change.reason().strip())
                && change.shares() != null
                && new HashSet<>(asChange().shares()).equals(new HashSet<>(change.shares()));
    }

    public boolean isOwner(long institutionId) {
        return shares.stream().anyMatch(s -> s.getInstitutionId() == institutionId);
    }
}
