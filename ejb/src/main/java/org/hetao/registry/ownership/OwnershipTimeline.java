package org.hetao.registry.ownership;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An asset's ownership versions on the calendar: the one place that says which version is in force
 * on a date. Version numbers count the order of recording and are never changed; dates decide what
 * is in force:
 *
 * <ul>
 * <li><b>In force on a date D</b>: the version with the latest {@code effectiveFrom} on or before D;
 * of two with the same date, the one recorded later (the higher number) — it replaces the other
 * from that date, which then was never in force.</li>
 * <li><b>Current</b>: the version in force today ({@link org.hetao.registry.common.RegistryClock}).
 * An asset whose only versions take effect later has no current owners yet.</li>
 * <li><b>Scheduled</b>: a version that takes effect after today and will be in force on its date.</li>
 * <li><b>Latest</b>: the version recorded last; a change is based on it (its number is the ETag).</li>
 * <li><b>Correction</b>: a version recorded with a date before the current version's; it is inserted
 * in date order and nothing is overwritten.</li>
 * </ul>
 */
public final class OwnershipTimeline {
    /** Effective date, then order of recording: the last of a list in this order is in force from its date on. */
    public static final Comparator<OwnershipVersion> EFFECT_ORDER =
            Comparator.comparing(OwnershipVersion::getEffectiveFrom).thenComparingInt(OwnershipVersion::getVersionNo);

    private final List<OwnershipVersion> versions;

    public OwnershipTimeline(Collection<OwnershipVersion> versions) {
        this.versions = versions.stream().sorted(EFFECT_ORDER).toList();
    }

    /** The version in force on {@code date}; none before the earliest effective date. */
    public Optional<OwnershipVersion> inForceOn(LocalDate date) {
        OwnershipVersion found = null;
        for (OwnershipVersion v : versions) {
            if (v.getEffectiveFrom().isAfter(date)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }

    /** The versions that take effect after {@code today} and will be in force on their date, soonest first. */
    public List<OwnershipVersion> scheduled(LocalDate today) {
        return versions.stream()
                .filter(v -> v.getEffectiveFrom().isAfter(today))
                .filter(v -> inForceOn(v.getEffectiveFrom()).orElseThrow() == v)
                .toList();
    }

    /** The version recorded last. */
    public Optional<OwnershipVersion> latest() {
        return versions.stream().max(Comparator.comparingInt(OwnershipVersion::getVersionNo));
    }

    /** The number of the version recorded last, 0 before the first: a change is based on it. */
    public int latestVersionNo() {
        return latest().map(OwnershipVersion::getVersionNo).orElse(0);
    }

    /** Whether a version effective from {@code date} corrects history: it takes effect before the current version did. */
    public boolean isCorrection(LocalDate date, LocalDate today) {
        return inForceOn(today).map(c -> date.isBefore(c.getEffectiveFrom())).orElse(false);
    }

    /**
     * The owners whose holding a version effective from {@code date} replaces: the owners of the version
     * in force on that date (they hold the period the new version takes over, up to the next version's
     * date). Before the earliest version, the owners of the earliest version (the recorded history
     * that the new version precedes); none before the first version of all.
     */
    public Set<Long> ownersReplacedFrom(LocalDate date) {
        return inForceOn(date)
                .or(() -> versions.stream().findFirst())
                .map(OwnershipVersion::owners)
                .orElse(Set.of());
    }

    /**
     * The next version to record: numbered one past the latest, a correction when it takes effect before
     * the current version; it counts as acted on at once unless it is scheduled ({@code recordedAt} now).
     */
    public OwnershipVersion record(
            long ipAssetId, OwnershipChange change, String recordedBy, LocalDate today, OffsetDateTime recordedAt) {
        LocalDate date = change == null ? null : change.effectiveFrom();
        boolean correction = date != null && isCorrection(date, today);
        OwnershipVersion v =
                new OwnershipVersion(ipAssetId, latestVersionNo() + 1, change, recordedBy, correction, recordedAt);
        if (!v.getEffectiveFrom().isAfter(today)) {
            v.dateReached(recordedAt);
        }
        return v;
    }

    /** This timeline with {@code v} added. */
    public OwnershipTimeline with(OwnershipVersion v) {
        List<OwnershipVersion> all = new ArrayList<>(versions);
        all.add(v);
        return new OwnershipTimeline(all);
    }

    /** Every version, the latest effective date first (of the same date, the later recorded first). */
    public List<OwnershipVersion> newestFirst() {
        List<OwnershipVersion> list = new ArrayList<>(versions);
        java.util.Collections.reverse(list);
        return list;
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }
}
