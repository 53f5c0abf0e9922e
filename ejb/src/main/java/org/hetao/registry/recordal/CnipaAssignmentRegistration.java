package org.hetao.registry.recordal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Patent Law of the People's Republic of China, art. 10: the assignment of a patent application right
 * or a patent right is registered by the patent administration department under the State Council,
 * and takes effect on the date of registration. Until CNIPA records it, the assignee does not hold
 * the right in China, whatever the ownership version says: a version of this kind warns from the day
 * it takes effect until it is RECORDED.
 */
public final class CnipaAssignmentRegistration implements RecordalRule {
    public static final String CODE = "recordal.cnipa-assignment-not-registered";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String source() {
        return "Patent Law of the PRC, art. 10";
    }

    @Override
    public boolean applies(RecordalOffice office, RecordalType type) {
        return office == RecordalOffice.CNIPA && type == RecordalType.ASSIGNMENT;
    }

    @Override
    public Optional<RecordalWarning> check(RecordalFacts f, LocalDate today) {
        if (!applies(f.office(), f.type())
                || f.status() == RecordalStatus.RECORDED
                || f.effectiveDate().isAfter(today)) {
            return Optional.empty();
        }
        String state = f.status() == RecordalStatus.REFUSED
                ? "CNIPA refused to register it"
                : f.status() == RecordalStatus.FILED ? "it is filed but not yet registered" : "it is not filed yet";
        return Optional.of(new RecordalWarning(
                CODE,
                source(),
                f.effectiveDate(),
                "The assignment takes effect in China only when CNIPA registers it; " + state));
    }
}
