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
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.common.BasisPoints;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.InvalidValueException;

/**
 * The owners of an IP asset and their shares from a date on. A version is immutable: a change of
 * ownership is a new version ({@link #next}), numbered one higher and effective no earlier than
 * the one it follows, so the history is never overwritten.
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ownership_share", joinColumns = @JoinColumn(name = "ownership_version_id"))
    private List<OwnershipShare> shares = new ArrayList<>();

    protected OwnershipVersion() {
    }

    private OwnershipVersion(long ipAssetId, int versionNo, OwnershipChange change, String recordedBy) {
        Checks.require("ownership", change);
        BasisPoints.checkShares("shares", "institutionId", change.shares(), ShareDetails::institutionId, ShareDetails::shareBp);
        this.ipAssetId = ipAssetId;
        this.versionNo = versionNo;
        this.effectiveFrom = Checks.require("effectiveFrom", change.effectiveFrom());
        this.reason = Checks.requireText("reason", change.reason(), 1000);
        this.recordedBy = Checks.requireText("recordedBy", recordedBy, 64);
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        change.shares().stream().map(s -> new OwnershipShare(s.institutionId(), s.shareBp())).sorted(OwnershipShare.LARGEST_FIRST).forEach(shares::add);
        this.totalBp = shares.stream().mapToInt(OwnershipShare::getShareBp).sum();
    }

    /** The first owners of an asset. */
    public static OwnershipVersion first(long ipAssetId, OwnershipChange change, String recordedBy) {
        return new OwnershipVersion(ipAssetId, 1, change, recordedBy);
    }

    /** The version that follows this one; it may not take effect before this one did. */
    public OwnershipVersion next(OwnershipChange change, String recordedBy) {
        if (change != null && change.effectiveFrom() != null && change.effectiveFrom().isBefore(effectiveFrom)) {
            throw new InvalidValueException("effectiveFrom", "must not be before " + effectiveFrom
                    + ", when the current version " + versionNo + " took effect");
        }
        return new OwnershipVersion(ipAssetId, versionNo + 1, change, recordedBy);
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
        return new OwnershipChange(shares.stream().map(s -> new ShareDetails(s.getInstitutionId(), s.getShareBp())).toList(),
                effectiveFrom, reason);
    }

    /** Whether this version holds exactly what the change states: the same shares, date and reason. */
    public boolean holds(OwnershipChange change) {
        return change != null && effectiveFrom.equals(change.effectiveFrom()) && change.reason() != null
                && reason.equals(change.reason().strip()) && change.shares() != null
                && new HashSet<>(asChange().shares()).equals(new HashSet<>(change.shares()));
    }

    public boolean isOwner(long institutionId) {
        return shares.stream().anyMatch(s -> s.getInstitutionId() == institutionId);
    }
}
