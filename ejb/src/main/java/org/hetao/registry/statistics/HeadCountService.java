package org.hetao.registry.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.Staffing;

/**
 * Head counts and full-time equivalents of the staff on the projects the caller may read (an office:
 * of its own institution's people only), by park, home institution and role, over a period or as a
 * monthly or quarterly series. The staffing lines are read in one query and counted by {@link
 * HeadCounts}.
 */
@Stateless
public class HeadCountService {
    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    InstitutionRepository institutions;

    /** The counts of the period; a filter's institution must exist (400 on {@code institutionId} otherwise). */
    public HeadCountReport headCounts(HeadCountFilter asked, Period period) {
        HeadCountFilter filter = scoped(asked);
        List<HeadCount> counts = HeadCounts.byGroup(lines(access.scope(), filter, period), period);
        return new HeadCountReport(
                period,
                filter,
                counts,
                new TreeMap<>(institutions.shortNames(
                        counts.stream().map(HeadCount::institutionId).collect(Collectors.toSet()))));
    }

    public String headCountsCsv(HeadCountFilter filter, Period period) {
        return StatisticsCsv.headCounts(headCounts(filter, period));
    }

    public String seriesCsv(HeadCountFilter filter, Period span, Interval interval) {
        return StatisticsCsv.series(series(filter, span, interval));
    }

    /**
     * The filter as the caller may use it: a named institution must exist (400), an office counts its
     * own institution's staff only (naming another is refused with 403, as for the crossings), others
     * whichever they name.
     */
    private HeadCountFilter scoped(HeadCountFilter filter) {
        if (filter.institutionId() != null) {
            institutions.reference("institutionId", filter.institutionId());
            access.checkActsFor("institutionId", filter.institutionId());
        }
        Long own = access.ownInstitution();
        return own == null ? filter : new HeadCountFilter(own, filter.park(), filter.role());
    }

    public HeadCountSeries series(HeadCountFilter asked, Period span, Interval interval) {
        HeadCountFilter filter = scoped(asked);
        List<StaffingLine> lines = lines(access.scope(), filter, span);
        List<SeriesPoint> points = interval.points(span).stream()
                .map(p -> HeadCounts.total(lines, p))
                .toList();
        return new HeadCountSeries(span, interval, filter, points);
    }

    /** The staffing lines that overlap the period on projects the reader may read, with each person's home institution. */
    List<StaffingLine> lines(ReadScope scope, HeadCountFilter filter, Period period) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Staffing> s = q.from(Staffing.class);
        Join<Staffing, Project> p = s.join("project");
        Root<Person> person = q.from(Person.class);
        List<Predicate> where = new ArrayList<>(List.of(
                cb.equal(person.get("id"), s.get("personId")),
                StaffVisibility.visibleProject(cb, q, p, scope),
                cb.lessThanOrEqualTo(s.<LocalDate>get("startDate"), period.to()),
                cb.or(
                        cb.isNull(s.get("endDate")),
                        cb.greaterThanOrEqualTo(s.<LocalDate>get("endDate"), period.from()))));
        if (filter.institutionId() != null) {
            where.add(cb.equal(person.get("institutionId"), filter.institutionId()));
        }
        if (filter.park() != null) {
            where.add(cb.equal(s.get("park"), filter.park()));
        }
        if (filter.role() != null) {
            where.add(cb.equal(s.get("role"), filter.role()));
        }
        q.multiselect(
                        s.get("personId"),
                        person.get("institutionId"),
                        s.get("park"),
                        s.get("role"),
                        s.get("ftePercent"),
                        s.get("startDate"),
                        s.get("endDate"))
                .where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getResultList().stream()
                .map(t -> new StaffingLine(
                        (Long) t.get(0),
                        (Long) t.get(1),
                        t.get(2).toString(),
                        t.get(3).toString(),
                        (Integer) t.get(4),
                        (LocalDate) t.get(5),
                        (LocalDate) t.get(6)))
                .toList();
    }
}
