package org.hetao.registry.ipasset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/** An application for protection in one jurisdiction, and its outcome. */
@Embeddable
public class Filing {
    private static final String NUMBER = "[A-Za-z0-9][A-Za-z0-9./ -]*";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private FilingJurisdiction jurisdiction;

    @Column(name = "application_number", nullable = false, length = 64)
    private String applicationNumber;

    @Column(name = "grant_number", length = 64)
    private String grantNumber;

    @Column(name = "filing_date")
    private LocalDate filingDate;

    @Column(name = "grant_date")
    private LocalDate grantDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FilingStatus status;

    protected Filing() {}

    static Filing of(String field, FilingDetails d) {
        if (d == null) {
            throw new InvalidValueException(field, ErrorCode.REQUIRED, "is required");
        }
        Filing f = new Filing();
        f.jurisdiction = Checks.require(field + ".jurisdiction", d.jurisdiction());
        f.applicationNumber = number(
                field + ".applicationNumber",
                Checks.requireText(field + ".applicationNumber", d.applicationNumber(), 64));
        f.grantNumber =
                number(field + ".grantNumber", Checks.optionalText(field + ".grantNumber", d.grantNumber(), 64));
        f.filingDate = d.filingDate();
        f.grantDate = d.grantDate();
        f.status = Checks.require(field + ".status", d.status());
        if (f.grantDate != null && f.filingDate != null && f.grantDate.isBefore(f.filingDate)) {
            throw new InvalidValueException(
                    field + ".grantDate",
                    ErrorCode.DATE_ORDER,
                    "must not be before the filing date " + f.filingDate,
                    Map.of("after", "filingDate", "min", String.valueOf(f.filingDate)));
        }
        if (f.status == FilingStatus.GRANTED && f.grantNumber == null) {
            throw new InvalidValueException(
                    field + ".grantNumber", ErrorCode.FILING_GRANT_NUMBER_REQUIRED, "is required for a GRANTED filing");
        }
        if (f.status != FilingStatus.PLANNED && f.filingDate == null) {
            throw new InvalidValueException(
                    field + ".filingDate",
                    ErrorCode.FILING_DATE_REQUIRED,
                    "is required once the application is " + f.status,
                    Map.of("status", String.valueOf(f.status)));
        }
        return f;
    }

    private static String number(String field, String value) {
        if (value != null && !value.matches(NUMBER)) {
            throw new InvalidValueException(
                    field, ErrorCode.FILING_NUMBER_FORMAT, "may hold letters, digits, '.', '/', '-' and spaces only");
        }
        return value;
    }

    public FilingDetails details() {
        return new FilingDetails(jurisdiction, applicationNumber, grantNumber, filingDate, grantDate, status);
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public String getGrantNumber() {
        return grantNumber;
    }

    public FilingStatus getStatus() {
        return status;
    }

    public FilingJurisdiction getJurisdiction() {
        return jurisdiction;
    }
}
