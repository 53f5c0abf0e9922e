package org.hetao.registry.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.hetao.registry.common.Checks;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.MoneyAmount;

/** A funding line: who funds, under which programme and award, how much and in which currency. */
@Embeddable
public class Funding {

    @Column(name = "funder", nullable = false, length = 200)
    private String funder;

    @Column(name = "programme", length = 200)
    private String programme;

    @Column(name = "award_id", length = 100)
    private String awardId;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Funding() {}

    /** A funding line from what a client stated at {@code field} (e.g. {@code funding[0]}). */
    static Funding of(String field, FundingDetails d) {
        FundingDetails line = Checks.require(field, d);
        Funding f = new Funding();
        f.funder = Checks.requireText(field + ".funder", line.funder(), 200);
        f.programme = Checks.optionalText(field + ".programme", line.programme(), 200);
        f.awardId = Checks.optionalText(field + ".awardId", line.awardId(), 100);
        f.amount = MoneyAmount.checked(field + ".amount", line.amount());
        f.currency = currency(field + ".currency", line.currency());
        return f;
    }

    private static String currency(String field, String value) {
        String code = Checks.requireText(field, value, 3).toUpperCase(Locale.ROOT);
        try {
            if (code.matches("[A-Z]{3}")
                    && Currency.getInstance(code).getCurrencyCode().equals(code)) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // not an ISO 4217 code: reported below
        }
        throw new InvalidValueException(
                field, ErrorCode.CURRENCY_FORMAT, "must be an ISO 4217 currency code such as HKD, CNY or USD");
    }

    public String getFunder() {
        return funder;
    }

    public String getProgramme() {
        return programme;
    }

    public String getAwardId() {
        return awardId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public FundingDetails details() {
        return new FundingDetails(funder, programme, awardId, amount, currency);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Funding f
                && f.funder.equals(funder)
                && Objects.equals(f.programme, programme)
                && Objects.equals(f.awardId, awardId)
                && f.amount.compareTo(amount) == 0
                && f.currency.equals(currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(funder, programme, awardId, amount.stripTrailingZeros(), currency);
    }
}
