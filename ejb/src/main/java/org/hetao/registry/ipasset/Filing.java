package org.hetao.registry.ipasset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
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

    @Column(name = "publication_number", length = 64)
    private String publicationNumber;

    @Column(name = "publication_date")
    private LocalDate publicationDate;

    @Column(name = "pct_application_number", length = 64)
    private String pctApplicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "hk_kind", length = 16)
    private HongKongPatentKind hkKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "designated_office", length = 2)
    private DesignatedOffice designatedOffice;

    @Column(name = "designated_application_number", length = 64)
    private String designatedApplicationNumber;

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
        f.describeDocket(field, d.docket());
        return f;
    }

    /** The docket particulars: each must fit the jurisdiction (and, in Hong Kong, the kind of patent). */
    private void describeDocket(String field, FilingDocket d) {
        publicationNumber = number(
                field + ".publicationNumber",
                Checks.optionalText(field + ".publicationNumber", d.publicationNumber(), 64));
        publicationDate = d.publicationDate();
        if (publicationDate != null && filingDate != null && publicationDate.isBefore(filingDate)) {
            throw new InvalidValueException(
                    field + ".publicationDate",
                    ErrorCode.DATE_ORDER,
                    "must not be before the filing date " + filingDate,
                    Map.of("after", "filingDate", "min", String.valueOf(filingDate)));
        }
        pctApplicationNumber = number(
                field + ".pctApplicationNumber",
                Checks.optionalText(field + ".pctApplicationNumber", d.pctApplicationNumber(), 64));
        if (pctApplicationNumber != null && jurisdiction == FilingJurisdiction.PCT) {
            throw notApplicable(field + ".pctApplicationNumber", "a PCT application does not enter from another one");
        }
        hkKind = d.hkKind();
        if (hkKind != null && jurisdiction != FilingJurisdiction.HK) {
            throw notApplicable(field + ".hkKind", "applies to Hong Kong filings only");
        }
        designatedOffice = d.designatedOffice();
        designatedApplicationNumber = number(
                field + ".designatedApplicationNumber",
                Checks.optionalText(field + ".designatedApplicationNumber", d.designatedApplicationNumber(), 64));
        boolean standardR = hkKind == HongKongPatentKind.STANDARD_R;
        if (!standardR && (designatedOffice != null || designatedApplicationNumber != null)) {
            throw notApplicable(
                    field + (designatedOffice != null ? ".designatedOffice" : ".designatedApplicationNumber"),
                    "applies to a Hong Kong standard patent (R) only");
        }
        if (standardR) {
            Checks.require(field + ".designatedOffice", designatedOffice);
            Checks.require(field + ".designatedApplicationNumber", designatedApplicationNumber);
            if (pctApplicationNumber != null) {
                throw notApplicable(
                        field + ".pctApplicationNumber",
                        "a standard patent (R) is based on its designated patent application, not on a PCT application");
            }
        }
    }

    /** Whether the filing's priority claims follow the Paris Convention's twelve months (not a national phase or a re-registration). */
    boolean claimsParisPriority() {
        return pctApplicationNumber == null && hkKind != HongKongPatentKind.STANDARD_R;
    }

    private static InvalidValueException notApplicable(String field, String why) {
        return new InvalidValueException(field, ErrorCode.FILING_NOT_APPLICABLE, "does not apply here: " + why);
    }

    static String number(String field, String value) {
        if (value != null && !value.matches(NUMBER)) {
            throw new InvalidValueException(
                    field, ErrorCode.FILING_NUMBER_FORMAT, "may hold letters, digits, '.', '/', '-' and spaces only");
        }
        return value;
    }

    /** The filing as stated, without its priority claims (the asset keeps them: {@link IpAsset#details()}). */
    public FilingDetails details() {
        return details(List.of());
    }

    /** The filing as stated, with the priority claims the asset keeps for it. */
    public FilingDetails details(List<PriorityClaimDetails> priorities) {
        return new FilingDetails(
                jurisdiction,
                applicationNumber,
                grantNumber,
                filingDate,
                grantDate,
                status,
                new FilingDocket(
                        publicationNumber,
                        publicationDate,
                        priorities,
                        pctApplicationNumber,
                        hkKind,
                        designatedOffice,
                        designatedApplicationNumber));
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public LocalDate getGrantDate() {
        return grantDate;
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
