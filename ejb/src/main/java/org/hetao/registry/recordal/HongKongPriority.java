package org.hetao.registry.recordal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Patents Ordinance (Cap. 514), s.52: a transaction that is not registered loses priority to a later
 * transaction in the same patent that is registered. Until HK IPD registers an assignment or licence,
 * a later assignee or licensee who registers first takes priority over it: a recordal of this kind
 * warns from the day the transaction takes effect until it is RECORDED. {@link #laterPrevails} decides
 * between two transactions. Whether a later party knew of the earlier transaction, or any other
 * question of the section's conditions, is for a lawyer; the registry only shows the risk.
 */
public final class HongKongPriority implements RecordalRule {
    public static final String CODE = "recordal.hk-unregistered-priority";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String source() {
        return "Patents Ordinance (Cap. 514), s.52";
    }

    @Override
    public boolean applies(RecordalOffice office, RecordalType type) {
        return office == RecordalOffice.HK_IPD;
    }

    @Override
    public Optional<RecordalWarning> check(RecordalFacts f, LocalDate today) {
        if (!applies(f.office(), f.type())
                || f.status() == RecordalStatus.RECORDED
                || f.effectiveDate().isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(
                new RecordalWarning(
                        CODE,
                        source(),
                        null,
                        "Until HK IPD registers it, a later transaction in the same patent that is registered first takes priority"));
    }

    /** A transaction in a patent: when it took effect, and when it was registered (null: not registered). */
    public record Transaction(LocalDate effective, LocalDate registered) {}

    /**
     * Whether {@code later} (which took effect after {@code earlier}) prevails over {@code earlier}
     * under s.52: it does when it is registered and {@code earlier} was not registered before it.
     */
    public static boolean laterPrevails(Transaction earlier, Transaction later) {
        if (later.registered() == null) {
            return false;
        }
        return earlier.registered() == null || earlier.registered().isAfter(later.registered());
    }
}
