package org.hetao.registry.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Map;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * A mainland expert's registration on the cross-boundary white list: its status and validity.
 * An APPROVED registration states both dates; the validity never ends before it starts.
 */
@Embeddable
public class WhiteList {
    @Enumerated(EnumType.STRING)
    @Column(name = "white_list_status", length = 16)
    private WhiteListStatus status;

    @Column(name = "white_list_from")
    private LocalDate validFrom;

    @Column(name = "white_list_until")
    private LocalDate validUntil;

    protected WhiteList() {}

    /** The registration stated at {@code field}, or null when nothing was stated. */
    static WhiteList of(String field, WhiteListStatus status, LocalDate from, LocalDate until) {
        if (status == null) {
            if (from != null || until != null) {
                throw new InvalidValueException(
                        field + ".status",
                        ErrorCode.WHITE_LIST_STATUS_REQUIRED,
                        "is required when white-list dates are given");
            }
            return null;
        }
        if (status == WhiteListStatus.APPROVED) {
            if (from == null) {
                throw new InvalidValueException(
                        field + ".validFrom",
                        ErrorCode.WHITE_LIST_DATES_REQUIRED,
                        "is required for an APPROVED white-list registration");
            }
            if (until == null) {
                throw new InvalidValueException(
                        field + ".validUntil",
                        ErrorCode.WHITE_LIST_DATES_REQUIRED,
                        "is required for an APPROVED white-list registration");
            }
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new InvalidValueException(
                    field + ".validUntil",
                    ErrorCode.DATE_ORDER,
                    "must not be before validFrom (" + from + ")",
                    Map.of("after", "validFrom", "min", from.toString()));
        }
        WhiteList w = new WhiteList();
        w.status = status;
        w.validFrom = from;
        w.validUntil = until;
        return w;
    }

    public WhiteListStatus getStatus() {
        return status;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
