package org.hetao.registry.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.Permission;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.DateBounds;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.enquiry.EnquiryCount;
import org.hetao.registry.enquiry.EnquiryService;
import org.hetao.registry.enquiry.EnquiryStatus;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;

/**
 * Technology-transfer figures per institution and year ({@link AutmCounts}) over the IP assets the
 * caller may read; the enquiry figures only for readers of the offices' enquiry report, from that
 * report, so they cover exactly the enquiries it covers.
 */
@Stateless
public class AutmService {
    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    EnquiryService enquiries;

    @Inject
    InstitutionRepository institutions;

    @Inject
    RegistryClock clock;

    /** The longest span of years one report covers. */
    public static final int MAX_YEARS = 50;

    /**
     * The figures of the years {@code fromYear} to {@code toYear} (by default the last five years up to
     * this one), of every institution or of one.
     */
    public AutmReport metrics(Long institutionId, Long fromYear, Long toYear) {
        int to = toYear == null ? clock.today().getYear() : year("toYear", toYear);
        int from = fromYear == null ? to - 4 : year("fromYear", fromYear);
        if (to < from) {
            throw new InvalidValueException(
                    "toYear",
                    ErrorCode.PARAM_RANGE,
                    "must not be before fromYear (" + from + ")",
                    Map.of("min", from, "max", DateBounds.MAX.getYear()));
        }
        if (to - from >= MAX_YEARS) {
            throw new InvalidValueException(
                    "fromYear",
                    ErrorCode.PARAM_RANGE,
                    "a report covers at most " + MAX_YEARS + " years",
                    Map.of("min", to - MAX_YEARS + 1, "max", to));
        }
        if (institutionId != null) {
            institutions.reference("institutionId", institutionId);
        }
        List<EnquiryCount> report =
                AccessPolicy.allows(access.caller(), Permission.ENQUIRY_REPORT) ? enquiries.report() : null;
        AutmReport r = metrics(access.scope(), report, institutionId, from, to);
        Map<Long, String> names = new TreeMap<>(institutions.shortNames(
                r.rows().stream().map(AutmYear::institutionId).collect(Collectors.toSet())));
        return new AutmReport(r.institutionId(), r.fromYear(), r.toYear(), r.enquiries(), r.rows(), names);
    }

    public String metricsCsv(Long institutionId, Long fromYear, Long toYear) {
        return StatisticsCsv.technologyTransfer(metrics(institutionId, fromYear, toYear));
    }

    private static int year(String field, long year) {
        if (year < DateBounds.MIN.getYear() || year > DateBounds.MAX.getYear()) {
            throw new InvalidValueException(
                    field,
                    ErrorCode.PARAM_RANGE,
                    "must be a year from " + DateBounds.MIN.getYear() + " to " + DateBounds.MAX.getYear(),
                    Map.of("min", DateBounds.MIN.getYear(), "max", DateBounds.MAX.getYear()));
        }
        return (int) year;
    }

    /** The figures for a reader with this scope; {@code enquiryReport} null leaves the enquiry columns out. */
    AutmReport metrics(
            ReadScope scope, List<EnquiryCount> enquiryReport, Long institutionId, int fromYear, int toYear) {
        List<AutmCounts.Asset> assets = assets(scope);
        Set<Long> readable = assets.stream().map(AutmCounts.Asset::id).collect(Collectors.toSet());
        List<AutmCounts.Enquiries> asked = enquiryReport == null
                ? null
                : enquiryReport.stream()
                        .filter(c -> readable.contains(c.ipAssetId()))
                        .map(c -> new AutmCounts.Enquiries(
                                c.ipAssetId(),
                                Integer.parseInt(c.month().substring(0, 4)),
                                c.count(),
                                c.status() == EnquiryStatus.LICENSED ? c.count() : 0))
                        .toList();
        return new AutmReport(
                institutionId,
                fromYear,
                toYear,
                asked != null,
                AutmCounts.of(assets, filings(scope), asked, institutionId, fromYear, toYear),
                Map.of());
    }

    /** The readable assets, each with the day it was recorded (in the zone's time zone) and its owners, present and past. */
    private List<AutmCounts.Asset> assets(ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<IpAsset> a = q.from(IpAsset.class);
        q.multiselect(a.get("id"), a.get("createdAt"))
                .where(IpAssetRepository.visibleTo(scope).apply(cb, a, q));
        List<Tuple> rows = em.createQuery(q).getResultList();
        Map<Long, Set<Long>> owners = new HashMap<>();
        for (Object[] pair : em.createQuery(
                        "SELECT DISTINCT v.ipAssetId, s.institutionId FROM OwnershipVersion v JOIN v.shares s",
                        Object[].class)
                .getResultList()) {
            owners.computeIfAbsent((Long) pair[0], k -> new HashSet<>()).add((Long) pair[1]);
        }
        return rows.stream()
                .map(t -> new AutmCounts.Asset(
                        (Long) t.get(0),
                        ((OffsetDateTime) t.get(1))
                                .atZoneSameInstant(RegistryClock.ZONE)
                                .toLocalDate(),
                        owners.getOrDefault((Long) t.get(0), Set.of())))
                .toList();
    }

    /** The filing lines of the readable assets. */
    private List<AutmCounts.FilingDates> filings(ReadScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<IpAsset> a = q.from(IpAsset.class);
        Join<IpAsset, ?> f = a.join("filings");
        q.multiselect(a.get("id"), f.get("filingDate"), f.get("grantDate"))
                .where(IpAssetRepository.visibleTo(scope).apply(cb, a, q));
        return em.createQuery(q).getResultList().stream()
                .map(t -> new AutmCounts.FilingDates((Long) t.get(0), (LocalDate) t.get(1), (LocalDate) t.get(2)))
                .toList();
    }
}
