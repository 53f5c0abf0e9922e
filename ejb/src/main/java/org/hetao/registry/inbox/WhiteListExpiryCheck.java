package org.hetao.registry.inbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hetao.registry.project.CrossingRepository;
import org.hetao.registry.project.ExpiringWhiteList;
import org.hetao.registry.project.Staffing;
import org.hetao.registry.project.WhiteList;
import org.hetao.registry.project.WhiteListWarning;

/** The transactions of one check of white-list registrations: which end soon, and the warning of each. */
@Stateless
public class WhiteListExpiryCheck {
    @Inject
    CrossingRepository crossings;

    @Inject
    InboxWriter writer;

    /** Registrations ending from {@code today} to {@code today + leadDays} whose office was not warned with this lead time. */
    public List<ExpiringWhiteList> due(LocalDate today, int leadDays, int limit) {
        return crossings.expiring(today, today.plusDays(leadDays), leadDays, limit);
    }

    /**
     * Warns the employing institution's office of the end of one line's registration, with the
     * inbox item and the record that it was warned in one transaction; false when it was warned
     * meanwhile or the line changed (it is then looked at again at the next check).
     */
    public boolean warn(ExpiringWhiteList e, int leadDays, OffsetDateTime now) {
        Staffing line = crossings.staffing(e.staffingId());
        WhiteList w = line == null ? null : line.getWhiteList();
        if (w == null
                || !e.validUntil().equals(w.getValidUntil())
                || crossings.warned(e.staffingId(), e.validUntil(), leadDays)) {
            return false;
        }
        InboxItem item = writer.whiteListExpiring(e);
        crossings.add(new WhiteListWarning(e.staffingId(), e.validUntil(), leadDays, item.getId(), now));
        return true;
    }
}
