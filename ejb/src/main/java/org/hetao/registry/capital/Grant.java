package org.hetao.registry.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.MoneyAmount;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.common.Violations;

/**
 * A grant or other funding of a project on one side of the boundary: an exact amount (at most two
 * decimals) in HKD or CNY, never converted. Its project never changes.
 */
@Entity
@Table(name = "project_grant")
public class Grant extends RegistryRecord {
    public static final String KIND = "grant";

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = 200)
    private String funder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private GrantScheme scheme;

    @Column(length = 200)
    private String programme;

    @Column(name = "award_reference", length = 100)
    private String awardReference;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private GrantCurrency currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BoundarySide side;

    @Column(name = "awarded_date", nullable = false)
    private LocalDate awardedDate;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Grant() {}

    public Grant(long projectId, GrantDetails details) {
        this.projectId = projectId;
        describe(details);
    }

    /** Replaces every stated field; every fault is reported together before anything changes. */
    public final void describe(GrantDetails d) {
        Checks.require("body", d);
        Violations v = new Violations();
        Long institution = v.check(() -> Checks.require("institutionId", d.institutionId()));
        String funderValue = v.check(() -> Checks.requireText("funder", d.funder(), 200));
        GrantScheme schemeValue = v.check(() -> Checks.require("scheme", d.scheme()));
        String programmeValue = v.check(() -> Checks.optionalText("programme", d.programme(), 200));
        String reference = v.check(() -> Checks.optionalText("awardReference", d.awardReference(), 100));
        BigDecimal amountValue = v.check(() -> MoneyAmount.checked("amount", d.amount()));
        GrantCurrency currencyValue = v.check(() -> currency("currency", d.currency()));
        BoundarySide sideValue = v.check(() -> Checks.require("side", d.side()));
        LocalDate awarded = v.check(() -> Checks.require("awardedDate", d.awardedDate()));
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            v.add(
                    "endDate",
                    ErrorCode.DATE_ORDER,
                    "must not be before startDate (" + d.startDate() + ")",
                    Map.of("after", "startDate", "min", d.startDate().toString()));
        }
        v.throwIfAny();
        this.institutionId = institution;
        this.funder = funderValue;
        this.scheme = schemeValue;
        this.programme = programmeValue;
        this.awardReference = reference;
        this.amount = amountValue;
        this.currency = currencyValue;
        this.side = sideValue;
        this.awardedDate = awarded;
        this.startDate = d.startDate();
        this.endDate = d.endDate();
    }

    private static GrantCurrency currency(String field, String value) {
        String code = Checks.requireText(field, value, 3).toUpperCase(Locale.ROOT);
        try {
            return GrantCurrency.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.ONE_OF,
                    "must be HKD or CNY: the zone's grants are recorded in the currency they were awarded in",
                    Map.of(
                            "allowed",
                            Arrays.stream(GrantCurrency.values())
                                    .map(Enum::name)
                                    .toList()));
        }
    }

    public GrantDetails details() {
        return new GrantDetails(
                institutionId,
                funder,
                scheme,
                programme,
                awardReference,
                amount,
                currency.name(),
                side,
                awardedDate,
                startDate,
                endDate);
    }

    public long getProjectId() {
        return projectId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public String getFunder() {
        return funder;
    }

    public GrantScheme getScheme() {
        return scheme;
    }

    public String getProgramme() {
        return programme;
    }

    public String getAwardReference() {
        return awardReference;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public GrantCurrency getCurrency() {
        return currency;
    }

    public BoundarySide getSide() {
        return side;
    }

    public LocalDate getAwardedDate() {
        return awardedDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
