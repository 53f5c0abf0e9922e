package org.hetao.registry.statistics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counting rules of the technology-transfer figures: every fact of an IP asset counts once for each
 * institution that owns or owned a share of it (a jointly owned asset counts for each owner), in the
 * calendar year of its date; an asset without recorded owners counts for no institution.
 *
 * <ul>
 *   <li>assets registered: the day the asset was recorded in the registry;
 *   <li>filings: each filing line with a filing date (an application in CN and a PCT application are two);
 *   <li>grants: each filing line with a grant date, in the year of the grant;
 *   <li>enquiries: in the month they were sent; licences: those of them whose status is now LICENSED,
 *       counted in the year the enquiry was sent.
 * </ul>
 */
public final class AutmCounts {
    private AutmCounts() {}

    /** An IP asset: when it was recorded, and the institutions that own or owned a share. */
    public record Asset(long id, LocalDate registered, Set<Long> owners) {}

    /** A filing line of an asset, with its filing and grant dates (either may be missing). */
    public record FilingDates(long assetId, LocalDate filed, LocalDate granted) {}

    /** Enquiries about an asset sent in a year, and how many of them ended licensed. */
    public record Enquiries(long assetId, int year, long received, long licensed) {}

    private static final class Tally {
        long assets;
        long filings;
        long grants;
        long enquiries;
        long licences;
    }

    private record Key(long institutionId, int year) {}

    /**
     * The rows with at least one count, by institution and year; {@code enquiries} null leaves the
     * enquiry columns out (null). {@code institutionId} null covers every institution.
     */
    public static List<AutmYear> of(
            Collection<Asset> assets,
            Collection<FilingDates> filings,
            Collection<Enquiries> enquiries,
            Long institutionId,
            int fromYear,
            int toYear) {
        Map<Long, Asset> byId = new TreeMap<>();
        assets.forEach(a -> byId.put(a.id(), a));
        Map<Key, Tally> tallies =
                new TreeMap<>(Comparator.comparingLong(Key::institutionId).thenComparingInt(Key::year));
        Counter count = (assetId, year, add) -> {
            Asset a = byId.get(assetId);
            if (a == null || year < fromYear || year > toYear) {
                return;
            }
            for (long owner : a.owners()) {
                if (institutionId == null || institutionId == owner) {
                    add.to(tallies.computeIfAbsent(new Key(owner, year), k -> new Tally()));
                }
            }
        };
        for (Asset a : assets) {
            count.at(a.id(), a.registered().getYear(), t -> t.assets++);
        }
        for (FilingDates f : filings) {
            if (f.filed() != null) {
                count.at(f.assetId(), f.filed().getYear(), t -> t.filings++);
            }
            if (f.granted() != null) {
                count.at(f.assetId(), f.granted().getYear(), t -> t.grants++);
            }
        }
        if (enquiries != null) {
            for (Enquiries e : enquiries) {
                count.at(e.assetId(), e.year(), t -> {
                    t.enquiries += e.received();
                    t.licences += e.licensed();
                });
            }
        }
        boolean withEnquiries = enquiries != null;
        return tallies.entrySet().stream()
                .map(e -> new AutmYear(
                        e.getKey().institutionId(),
                        e.getKey().year(),
                        e.getValue().assets,
                        e.getValue().filings,
                        e.getValue().grants,
                        withEnquiries ? e.getValue().enquiries : null,
                        withEnquiries ? e.getValue().licences : null))
                .toList();
    }

    @FunctionalInterface
    private interface Add {
        void to(Tally t);
    }

    @FunctionalInterface
    private interface Counter {
        void at(long assetId, int year, Add add);
    }
}
