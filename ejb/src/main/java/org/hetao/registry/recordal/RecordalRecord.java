package org.hetao.registry.recordal;

import java.time.LocalDate;

/** A recordal as the audit trail keeps it: its subject and every described field. */
public record RecordalRecord(
        RecordalSubject subjectKind,
        long subjectId,
        long ipAssetId,
        RecordalOffice office,
        RecordalType type,
        LocalDate effectiveDate,
        RecordalStatus status,
        LocalDate filedDate,
        String reference,
        LocalDate recordedDate,
        LocalDate refusedDate) {
    static RecordalRecord of(Recordal r) {
        return new RecordalRecord(
                r.getSubjectKind(),
                r.getSubjectId(),
                r.getIpAssetId(),
                r.getOffice(),
                r.getType(),
                r.getEffectiveDate(),
                r.getStatus(),
                r.getFiledDate(),
                r.getReference(),
                r.getRecordedDate(),
                r.getRefusedDate());
    }
}
