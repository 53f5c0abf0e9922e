package org.hetao.registry.recordal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;

/**
 * The recordal of an ownership version (an assignment) or an agreement with a patent office: which
 * office, what it records, the day the transaction takes effect, and how far it got (TO_DO, FILED,
 * RECORDED, REFUSED, each later status with its date). Its subject never changes.
 */
@Entity
@Table(name = "recordal")
public class Recordal extends RegistryRecord {
    public static final String KIND = "recordal";

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 24, updatable = false)
    private RecordalSubject subjectKind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "ip_asset_id", nullable = false, updatable = false)
    private long ipAssetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordalOffice office;

    @Enumerated(EnumType.STRING)
    @Column(name = "recordal_type", nullable = false, length = 24)
    private RecordalType type;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordalStatus status;

    @Column(name = "filed_date")
    private LocalDate filedDate;

    @Column(length = 100)
    private String reference;

    @Column(name = "recorded_date")
    private LocalDate recordedDate;

    @Column(name = "refused_date")
    private LocalDate refusedDate;

    protected Recordal() {}

    /**
     * A recordal of {@code subjectId} (of asset {@code ipAssetId}); {@code subjectDate} stands in for
     * an effective date the details leave out.
     */
    public Recordal(
            RecordalSubject subjectKind,
            long subjectId,
            long ipAssetId,
            LocalDate subjectDate,
            RecordalDetails details) {
        this.subjectKind = Checks.require("subjectKind", subjectKind);
        this.subjectId = subjectId;
        this.ipAssetId = ipAssetId;
        describe(details, subjectDate);
    }

    /**
     * Replaces the described fields; every fault is reported together before anything changes. An
     * ownership version is recorded as an ASSIGNMENT; FILED needs filedDate, RECORDED recordedDate,
     * REFUSED refusedDate; a date of a later status is only given with it, and none is before the
     * filing.
     */
    public final void describe(RecordalDetails d, LocalDate subjectDate) {
        Violations v = new Violations();
        Checks.require("body", d);
        RecordalOffice officeValue = v.check(() -> Checks.require("office", d.office()));
        RecordalType typeValue = v.check(() -> Checks.require("type", d.type()));
        RecordalStatus statusValue = v.check(() -> Checks.require("status", d.status()));
        String ref = v.check(() -> Checks.optionalText("reference", d.reference(), 100));
        LocalDate effective = d.effectiveDate() != null ? d.effectiveDate() : subjectDate;
        if (effective == null) {
            v.add(
                    "effectiveDate",
                    ErrorCode.REQUIRED,
                    "is required: the day the transaction takes effect (an agreement not yet signed has no date to take it from)");
        }
        if (typeValue != null
                && typeValue != RecordalType.ASSIGNMENT
                && subjectKind == RecordalSubject.OWNERSHIP_VERSION) {
            v.add(
                    "type",
                    ErrorCode.RECORDAL_TYPE_SUBJECT,
                    "must be ASSIGNMENT: an ownership version records who owns the asset; record a licence on its agreement",
                    Map.of("allowed", List.of(RecordalType.ASSIGNMENT.name())));
        }
        if (statusValue != null) {
            requiredWith(v, "filedDate", d.filedDate(), statusValue, RecordalStatus.FILED);
            requiredWith(v, "recordedDate", d.recordedDate(), statusValue, RecordalStatus.RECORDED);
            requiredWith(v, "refusedDate", d.refusedDate(), statusValue, RecordalStatus.REFUSED);
            onlyWith(v, "recordedDate", d.recordedDate(), statusValue, RecordalStatus.RECORDED);
            onlyWith(v, "refusedDate", d.refusedDate(), statusValue, RecordalStatus.REFUSED);
            if (statusValue == RecordalStatus.TO_DO && d.filedDate() != null) {
                v.add(
                        "filedDate",
                        ErrorCode.RECORDAL_DATE_STATUS,
                        "is given only once the recordal is FILED (or later)",
                        Map.of("status", statusValue.name()));
            }
        }
        notBeforeFiling(v, "recordedDate", d.recordedDate(), d.filedDate());
        notBeforeFiling(v, "refusedDate", d.refusedDate(), d.filedDate());
        v.throwIfAny();
        this.office = officeValue;
        this.type = typeValue;
        this.effectiveDate = effective;
        this.status = statusValue;
        this.filedDate = d.filedDate();
        this.reference = ref;
        this.recordedDate = d.recordedDate();
        this.refusedDate = d.refusedDate();
    }

    private static void requiredWith(
            Violations v, String field, LocalDate value, RecordalStatus status, RecordalStatus needs) {
        if (status == needs && value == null) {
            v.add(
                    field,
                    ErrorCode.RECORDAL_DATE_STATUS,
                    "is required when the status is " + needs,
                    Map.of("status", status.name()));
        }
    }

    private static void onlyWith(
            Violations v, String field, LocalDate value, RecordalStatus status, RecordalStatus only) {
        if (value != null && status != only) {
            v.add(
                    field,
                    ErrorCode.RECORDAL_DATE_STATUS,
                    "is given only when the status is " + only,
                    Map.of("status", status.name()));
        }
    }

    private static void notBeforeFiling(Violations v, String field, LocalDate value, LocalDate filed) {
        if (value != null && filed != null && value.isBefore(filed)) {
            v.add(
                    field,
                    ErrorCode.DATE_ORDER,
                    "must not be before filedDate (" + filed + ")",
                    Map.of("after", "filedDate", "min", filed.toString()));
        }
    }

    public RecordalDetails details() {
        return new RecordalDetails(
                office, type, effectiveDate, status, filedDate, reference, recordedDate, refusedDate);
    }

    /** What the legal rules look at. */
    public RecordalFacts facts() {
        return new RecordalFacts(office, type, effectiveDate, status, filedDate, recordedDate, refusedDate);
    }

    /** The rules' warnings about this recordal on {@code today}. */
    public List<RecordalWarning> warnings(LocalDate today) {
        return RecordalRules.warnings(facts(), today);
    }

    public RecordalSubject getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getIpAssetId() {
        return ipAssetId;
    }

    public RecordalOffice getOffice() {
        return office;
    }

    public RecordalType getType() {
        return type;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public RecordalStatus getStatus() {
        return status;
    }

    public LocalDate getFiledDate() {
        return filedDate;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getRecordedDate() {
        return recordedDate;
    }

    public LocalDate getRefusedDate() {
        return refusedDate;
    }
}
