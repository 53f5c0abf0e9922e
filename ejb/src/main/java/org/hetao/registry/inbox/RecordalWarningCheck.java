package org.hetao.registry.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hetao.registry.recordal.Recordal;
import org.hetao.registry.recordal.RecordalRepository;
import org.hetao.registry.recordal.RecordalService;
import org.hetao.registry.recordal.RecordalWarning;
import org.hetao.registry.recordal.RecordalWarningSent;

/** The transactions of one check of recordals: which warnings are new, and telling the parties' offices of each. */
@Stateless
public class RecordalWarningCheck {
    static final int SLICE = 500;

    @Inject
    RecordalRepository recordals;

    @Inject
    RecordalService service;

    @Inject
    InboxWriter writer;

    /** A rule's warning about a recordal that its parties' offices have not heard of. */
    public record Due(long recordalId, String code) {}

    /** The new warnings on {@code today} among the recordals not yet RECORDED, at most {@code limit}. */
    public List<Due> due(LocalDate today, int limit) {
        List<Due> due = new ArrayList<>();
        long after = 0;
        List<Recordal> slice;
        do {
            slice = recordals.open(after, SLICE);
            for (Recordal r : slice) {
                after = r.getId();
                for (RecordalWarning w : r.warnings(today)) {
                    if (!recordals.warned(r.getId(), w.code())) {
                        due.add(new Due(r.getId(), w.code()));
                    }
                }
            }
        } while (slice.size() == SLICE && due.size() < limit);
        return due.size() > limit ? due.subList(0, limit) : due;
    }

    /**
     * Tells the offices of the recordal's parties of the warning, with the record that they were told,
     * in one transaction; false when it no longer applies or was told meanwhile.
     */
    public boolean warn(Due d, LocalDate today, OffsetDateTime now) {
        Recordal r = recordals.find(d.recordalId()).orElse(null);
        if (r == null || recordals.warned(d.recordalId(), d.code())) {
            return false;
        }
        RecordalWarning w = r.warnings(today).stream()
                .filter(x -> x.code().equals(d.code()))
                .findFirst()
                .orElse(null);
        if (w == null) {
            return false;
        }
        Set<Long> parties = service.parties(r);
        writer.recordalWarning(r, w, parties);
        recordals.add(new RecordalWarningSent(r.getId(), w.code(), now));
        return true;
    }
}
