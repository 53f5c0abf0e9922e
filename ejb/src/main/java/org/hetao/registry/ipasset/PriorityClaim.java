package org.hetao.registry.ipasset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * A priority claim of one of the asset's filings (the filing's position among them): the earlier
 * application's office, number and date. Kept beside the filings because a filing is itself a line
 * of the asset.
 */
@Embeddable
public class PriorityClaim {
    /** Paris Convention Art. 4C(1): the priority period for patents is twelve months. */
    public static final int PARIS_MONTHS = 12;

    private static final String OFFICE = "[A-Z]{2}";

    @Column(name = "filing_position", nullable = false)
    private int filingPosition;

    @Column(nullable = false, length = 2)
    private String office;

    @Column(nullable = false, length = 64)
    private String number;

    @Column(name = "claim_date", nullable = false)
    private LocalDate date;

    protected PriorityClaim() {}

    static PriorityClaim of(String field, int filingPosition, PriorityClaimDetails d) {
        if (d == null) {
            throw new InvalidValueException(field, ErrorCode.REQUIRED, "is required");
        }
        PriorityClaim c = new PriorityClaim();
        c.filingPosition = filingPosition;
        String office = Checks.requireText(field + ".office", d.office(), 2);
        if (!office.matches(OFFICE)) {
            throw new InvalidValueException(
                    field + ".office",
                    ErrorCode.FILING_OFFICE_FORMAT,
                    "must be a two-letter office code such as CN, HK, US, EP or WO (a PCT application)");
        }
        c.office = office;
        c.number = Filing.number(field + ".number", Checks.requireText(field + ".number", d.number(), 64));
        c.date = Checks.require(field + ".date", d.date());
        return c;
    }

    /**
     * The last day on which an application may claim the priority of one filed on {@code priority}:
     * twelve months later (the same day of the month, or the month's last day when it has none), moved
     * past a Saturday or Sunday, when no office is open (Art. 4C(3)). Other holidays of the office
     * are not known here, so a later filing may still be in time there.
     */
    public static LocalDate parisLimit(LocalDate priority) {
        LocalDate limit = priority.plusMonths(PARIS_MONTHS);
        while (limit.getDayOfWeek() == DayOfWeek.SATURDAY || limit.getDayOfWeek() == DayOfWeek.SUNDAY) {
            limit = limit.plusDays(1);
        }
        return limit;
    }

    static void checkAgainst(String field, LocalDate priority, LocalDate filingDate, boolean paris) {
        if (filingDate == null) {
            return;
        }
        if (priority.isAfter(filingDate)) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.DATE_ORDER,
                    "must not be after the filing date " + filingDate + ": a priority is an earlier application",
                    Map.of("after", "filingDate", "min", String.valueOf(filingDate)));
        }
        if (paris && filingDate.isAfter(parisLimit(priority))) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.FILING_PRIORITY_LATE,
                    "is more than " + PARIS_MONTHS + " months before the filing date " + filingDate
                            + ": a Paris Convention priority can be claimed until " + parisLimit(priority),
                    Map.of("months", PARIS_MONTHS, "limit", String.valueOf(parisLimit(priority))));
        }
    }

    public PriorityClaimDetails details() {
        return new PriorityClaimDetails(office, number, date);
    }

    public int getFilingPosition() {
        return filingPosition;
    }

    public String getOffice() {
        return office;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }
}
