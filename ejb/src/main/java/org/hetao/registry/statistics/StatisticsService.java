package org.hetao.registry.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectRepository;
import org.hetao.registry.project.Staffing;

/** Counts for the statistics charts, grouped in the database, within the caller's read scope. */
@Stateless
public class StatisticsService {
    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    AccessGuard access;

    @Inject
    InstitutionRepository institutions;

    /** One table of the overview as CSV. */
    public String csv(LocalDate staffOn, Long institutionId, OverviewTable table) {
        return StatisticsCsv.overview(statistics(staffOn, institutionId), table);
    }

    /**
     * The counts; with {@code institutionId}, only the projects that institution takes part in, its
     * people on staff and the IP assets of its projects.
     */
    public RegistryStatistics statistics(LocalDate staffOn, Long institutionId) {
        if (institutionId != null) {
            institutions.reference("institutionId", institutionId);
        }
        ReadScope scope = access.scope();
        return new RegistryStatistics(
                staffOn,
                institutionId,
                projectsByYear(scope, institutionId),
                projectsBySectorAndYear(scope, institutionId),
                staffByParkAndRole(scope, staffOn, institutionId),
                ipAssetsByJurisdictionAndLicensing(scope, institutionId));
    }

    /** Every project, or those the institution takes part in. */
    private static Predicate takesPart(
            CriteriaBuilder cb, AbstractQuery<?> q, Path<Long> projectId, Long institutionId) {
        return institutionId == null
                ? cb.conjunction()
                : projectId.in(ProjectRepository.participating(cb, q, institutionId));
    }

    List<RegistryStatistics.Year> projectsByYear(ReadScope scope, Long institutionId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Project> p = q.from(Project.class);
        q.multiselect(p.get("startDate"), cb.count(p))
                .where(ProjectRepository.visibleTo(scope).apply(cb, p, q), takesPart(cb, q, p.get("id"), institutionId))
                .groupBy(p.get("startDate"));
        Map<Integer, Long> counts = new TreeMap<>();
        for (Tuple t : em.createQuery(q).getResultList()) {
            counts.merge(((LocalDate) t.get(0)).getYear(), (Long) t.get(1), Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new RegistryStatistics.Year(e.getKey(), e.getValue()))
                .toList();
    }

    /** Grouped by sector and start date in the database, then folded into years here (portable across databases). */
    List<RegistryStatistics.SectorYear> projectsBySectorAndYear(ReadScope scope, Long institutionId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Project> p = q.from(Project.class);
        Join<Project, ?> sector = p.join("sectors");
        q.multiselect(sector, p.get("startDate"), cb.count(p))
                .where(ProjectRepository.visibleTo(scope).apply(cb, p, q), takesPart(cb, q, p.get("id"), institutionId))
                .groupBy(sector, p.get("startDate"));
        Map<String, Long> counts = new TreeMap<>();
        for (Tuple t : em.createQuery(q).getResultList()) {
            String key = t.get(0) + "|" + ((LocalDate) t.get(1)).getYear();
            counts.merge(key, (Long) t.get(2), Long::sum);
        }
        return counts.entrySet().stream()
                .map(e -> {
                    String[] k = e.getKey().split("\\|");
                    return new RegistryStatistics.SectorYear(k[0], Integer.parseInt(k[1]), e.getValue());
                })
                .sorted(Comparator.comparing(RegistryStatistics.SectorYear::sector)
                        .thenComparing(RegistryStatistics.SectorYear::year))
                .toList();
    }

    List<RegistryStatistics.ParkRole> staffByParkAndRole(ReadScope scope, LocalDate on, Long institutionId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Staffing> s = q.from(Staffing.class);
        Join<Staffing, Project> p = s.join("project");
        Predicate ofInstitution = cb.conjunction();
        if (institutionId != null) {
            var people = q.subquery(Long.class);
            Root<Person> person = people.from(Person.class);
            people.select(person.get("id")).where(cb.equal(person.get("institutionId"), institutionId));
            ofInstitution = s.get("personId").in(people);
        }
        q.multiselect(s.get("park"), s.get("role"), cb.countDistinct(s.get("personId")))
                .where(
                        StaffVisibility.visibleProject(cb, q, p, scope),
                        ofInstitution,
                        cb.lessThanOrEqualTo(s.<LocalDate>get("startDate"), on),
                        cb.or(cb.isNull(s.get("endDate")), cb.greaterThanOrEqualTo(s.<LocalDate>get("endDate"), on)))
                .groupBy(s.get("park"), s.get("role"));
        return em.createQuery(q).getResultList().stream()
                .map(t -> new RegistryStatistics.ParkRole(
                        t.get(0).toString(), t.get(1).toString(), (Long) t.get(2)))
                .sorted(Comparator.comparing(RegistryStatistics.ParkRole::park)
                        .thenComparing(RegistryStatistics.ParkRole::role))
                .toList();
    }

    List<RegistryStatistics.JurisdictionLicensing> ipAssetsByJurisdictionAndLicensing(
            ReadScope scope, Long institutionId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<IpAsset> a = q.from(IpAsset.class);
        Join<IpAsset, ?> filing = a.join("filings", JoinType.LEFT);
        q.multiselect(filing.get("jurisdiction"), a.get("licensing"), cb.countDistinct(a.get("id")))
                .where(
                        IpAssetRepository.visibleTo(scope).apply(cb, a, q),
                        takesPart(cb, q, a.get("projectId"), institutionId))
                .groupBy(filing.get("jurisdiction"), a.get("licensing"));
        return em.createQuery(q).getResultList().stream()
                .map(t -> new RegistryStatistics.JurisdictionLicensing(
                        t.get(0) == null ? "NONE" : t.get(0).toString(),
                        t.get(1).toString(),
                        (Long) t.get(2)))
                .sorted(Comparator.comparing(RegistryStatistics.JurisdictionLicensing::jurisdiction)
                        .thenComparing(RegistryStatistics.JurisdictionLicensing::licensing))
                .toList();
    }
}
