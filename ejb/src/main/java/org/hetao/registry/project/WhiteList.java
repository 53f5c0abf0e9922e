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

    /**
     * Fails unless this registration lets its holder cross into the Hong Kong park for the whole
     * staffing period from {@code start} to {@code end} (null: open-ended): it must be APPROVED (a
     * PENDING, REJECTED or EXPIRED registration lets no one cross), valid from the start at the
     * latest and valid until the end at the earliest. An open-ended period is covered from its start
     * to the registration's end; the office is warned before that end (see WhiteListExpiry).
     */
    void checkCovers(String field, LocalDate start, LocalDate end) {
        if (status != WhiteListStatus.APPROVED) {
            throw new InvalidValueException(
                    field + ".status",
                    ErrorCode.WHITE_LIST_NOT_APPROVED,
                    "is " + status
                            + ": only an APPROVED white-list registration lets staff of a mainland institution work in the Hong Kong park",
                    Map.of("status", status.name()));
        }
        if (validFrom.isAfter(start)) {
            throw new InvalidValueException(
                    field + ".validFrom",
                    ErrorCode.WHITE_LIST_PERIOD_NOT_COVERED,
                    "must be on or before the staffing's startDate (" + start
                            + "): the registration must cover the whole period worked in the Hong Kong park",
                    Map.of("startDate", start.toString()));
        }
        LocalDate last = end == null ? start : end;
        if (validUntil.isBefore(last)) {
            throw new InvalidValueException(
                    field + ".validUntil",
                    ErrorCode.WHITE_LIST_PERIOD_NOT_COVERED,
                    "must be on or after the staffing's " + (end == null ? "startDate" : "endDate") + " (" + last
                            + "): the registration must cover the whole period worked in the Hong Kong park",
                    Map.of(end == null ? "startDate" : "endDate", last.toString()));
        }
    }

    /** Whether the registration lets its holder cross on {@code day}: APPROVED and valid that day. */
    public boolean validOn(LocalDate day) {
        return status == WhiteListStatus.APPROVED
                && validFrom != null
                && validUntil != null
                && !day.isBefore(validFrom)
                && !day.isAfter(validUntil);
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
