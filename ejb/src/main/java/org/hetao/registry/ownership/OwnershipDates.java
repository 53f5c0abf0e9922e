package org.hetao.registry.ownership;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.RegistryClock;

/**
 * Acts on the effective dates of scheduled ownership versions once they arrive: for each asset with
 * a version dated today or earlier that was not acted on yet, the version now in force is audited as
 * the asset's ownership ("system") and {@link OwnershipChanged} is fired (agreements made from
 * another version are marked out of date; the audit's outbox entry re-indexes the asset's owners),
 * and every such version is marked as acted on ({@code date_reached_at}), so a second run does
 * nothing. Run by {@link OwnershipDateWatch} at start-up and daily after midnight in the zone.
 */
@Stateless
public class OwnershipDates {
    @Inject
    OwnershipRepository versions;

    @Inject
    ChangeRecorder changes;

    @Inject
    Event<OwnershipChanged> ownershipChanged;

    @Inject
    RegistryClock clock;

    /** Acts on every effective date up to today; returns the assets whose current version changed. */
    public List<Long> actOnDatesReached() {
        return actOnDatesReached(clock.today());
    }

    /** Acts on every effective date up to {@code today}; returns the assets whose current version changed, in id order. */
    public List<Long> actOnDatesReached(LocalDate today) {
        OffsetDateTime now = clock.now();
        List<Long> changed = new ArrayList<>();
        for (long asset : versions.assetsWithDateReached(today)) {
            OwnershipTimeline timeline = versions.timeline(asset);
            List<OwnershipVersion> due = timeline.newestFirst().stream()
                    .filter(v -> v.getDateReachedAt() == null
                            && !v.getEffectiveFrom().isAfter(today))
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            LocalDate earliest = due.stream()
                    .map(OwnershipVersion::getEffectiveFrom)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            Optional<OwnershipVersion> before = timeline.inForceOn(earliest.minusDays(1));
            Optional<OwnershipVersion> current = timeline.inForceOn(today);
            due.forEach(v -> v.dateReached(now));
            if (current.isPresent() && due.contains(current.get())) {
                changes.updated(
                        OwnershipService.KIND,
                        asset,
                        before.map(OwnershipVersion::asChange).orElse(null),
                        current.get().asChange());
                ownershipChanged.fire(new OwnershipChanged(asset, current.get().getVersionNo()));
                changed.add(asset);
            }
        }
        versions.flush();
        return changed;
    }
}
