package org.hetao.registry.enquiry;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hetao.registry.common.RegistryClock;

/** Counts enquiries per month sent (in the zone's time zone, as every date of the registry), asset and current status. */
public final class EnquiryReport {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private EnquiryReport() {}

    /** The counts, by month, then asset, then status. */
    public static List<EnquiryCount> of(Collection<Enquiry> enquiries) {
        record Key(String month, long asset, EnquiryStatus status) {}
        Map<Key, Long> counts = enquiries.stream()
                .collect(Collectors.groupingBy(
                        e -> new Key(
                                e.getCreatedAt()
                                        .atZoneSameInstant(RegistryClock.ZONE)
                                        .format(MONTH),
                                e.getIpAssetId(),
                                e.getStatus()),
                        Collectors.counting()));
        return counts.entrySet().stream()
                .map(en -> new EnquiryCount(
                        en.getKey().month(), en.getKey().asset(), en.getKey().status(), en.getValue()))
                .sorted(Comparator.comparing(EnquiryCount::month)
                        .thenComparingLong(EnquiryCount::ipAssetId)
                        .thenComparing(EnquiryCount::status))
                .toList();
    }
}
