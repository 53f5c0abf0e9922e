package org.hetao.registry.recordal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Implementing Regulations of the Patent Law of the PRC (the rule on patent licence contracts; rule
 * 14(2) of the 2010 text) and CNIPA's Measures for the Recordal of Patent Licence Contracts: a licence
 * contract is to be filed for recordal with CNIPA within three months from the day it takes effect.
 * The due day is the same day of the month three months later (the end of a shorter month when that
 * day does not exist): a licence effective 1 March is due by 1 June and late from 2 June. A recordal
 * FILED by the due day, or RECORDED, meets the rule; one not filed by then (or REFUSED) is late.
 */
public final class CnipaLicenceRecordalDeadline implements RecordalRule {
    public static final String CODE = "recordal.cnipa-licence-late";
    public static final int MONTHS = 3;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String source() {
        return "Implementing Regulations of the Patent Law of the PRC (licence contract recordal within 3 months); "
                + "CNIPA Measures for the Recordal of Patent Licence Contracts";
    }

    @Override
    public boolean applies(RecordalOffice office, RecordalType type) {
        return office == RecordalOffice.CNIPA && type.isLicence();
    }

    /** The last day to file the recordal of a licence that takes effect on {@code effective}. */
    public static LocalDate dueDate(LocalDate effective) {
        return effective.plusMonths(MONTHS);
    }

    @Override
    public Optional<RecordalWarning> check(RecordalFacts f, LocalDate today) {
        if (!applies(f.office(), f.type())) {
            return Optional.empty();
        }
        LocalDate due = dueDate(f.effectiveDate());
        boolean filedInTime = f.filedDate() != null && !f.filedDate().isAfter(due);
        boolean done = f.status() == RecordalStatus.RECORDED || (f.status() == RecordalStatus.FILED && filedInTime);
        if (done || !today.isAfter(due)) {
            return Optional.empty();
        }
        String state = f.status() == RecordalStatus.REFUSED
                ? "CNIPA refused the recordal"
                : f.filedDate() == null ? "it is not filed" : "it was filed only on " + f.filedDate();
        return Optional.of(new RecordalWarning(
                CODE,
                source(),
                due,
                "A licence contract is to be filed for recordal with CNIPA within 3 months of taking effect ("
                        + f.effectiveDate() + "), by " + due + "; " + state));
    }
}
