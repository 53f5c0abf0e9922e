package org.hetao.registry.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Person;

/**
 * Finds the staff of mainland institutions who work in the Hong Kong park (and so cross the
 * boundary): on a given day, and those whose white-list registration ends soon.
 */
@ApplicationScoped
public class CrossingRepository {
    private static final String CROSSING = "FROM Staffing s JOIN s.project p, Person pe, Institution i"
            + " WHERE pe.id = s.personId AND i.id = pe.institutionId AND i.jurisdiction = :mainland AND s.park = :hk";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public CrossingRepository() {}

    /** A repository on this entity manager, for work outside the container. */
    public CrossingRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Who works in the Hong Kong park on {@code day} as staff of a mainland institution (only of
     * {@code institutionId} when it is not null), by institution, name and line.
     */
    public List<Crossing> on(LocalDate day, Long institutionId) {
        TypedQuery<Object[]> q = em.createQuery(
                        "SELECT s, pe, i " + CROSSING
                                + " AND s.startDate <= :day AND (s.endDate IS NULL OR s.endDate >= :day)"
                                + (institutionId == null ? "" : " AND pe.institutionId = :institution")
                                + " ORDER BY i.shortName, pe.nameEn, s.id",
                        Object[].class)
                .setParameter("mainland", Jurisdiction.MAINLAND)
                .setParameter("hk", Park.HK_PARK)
                .setParameter("day", day);
        if (institutionId != null) {
            q.setParameter("institution", institutionId);
        }
        return q.getResultList().stream()
                .map(r -> crossing((Staffing) r[0], (Person) r[1], (Institution) r[2], day))
                .toList();
    }

    /**
     * Lines whose APPROVED registration ends between {@code today} and {@code until} (inclusive)
     * while the person goes on working in the Hong Kong park after it, and whose office was not yet
     * warned of that end with this lead time; soonest end first, at most {@code limit}.
     */
    public List<ExpiringWhiteList> expiring(LocalDate today, LocalDate until, int leadDays, int limit) {
        return em
                .createQuery(
                        "SELECT s, pe " + CROSSING
                                + " AND s.whiteList.status = :approved AND s.whiteList.validUntil >= :today"
                                + " AND s.whiteList.validUntil <= :until AND s.startDate <= s.whiteList.validUntil"
                                + " AND (s.endDate IS NULL OR s.endDate > s.whiteList.validUntil)"
                                + " AND NOT EXISTS (SELECT w FROM WhiteListWarning w WHERE w.staffingId = s.id"
                                + " AND w.validUntil = s.whiteList.validUntil AND w.leadDays = :lead)"
                                + " ORDER BY s.whiteList.validUntil, s.id",
                        Object[].class)
                .setParameter("mainland", Jurisdiction.MAINLAND)
                .setParameter("hk", Park.HK_PARK)
                .setParameter("approved", WhiteListStatus.APPROVED)
                .setParameter("today", today)
                .setParameter("until", until)
                .setParameter("lead", leadDays)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> {
                    Staffing s = (Staffing) r[0];
                    Person pe = (Person) r[1];
                    return new ExpiringWhiteList(
                            s.getId(),
                            s.getProject().getId(),
                            s.getProject().getCode(),
                            pe.getId(),
                            pe.getNameEn(),
                            pe.getInstitutionId(),
                            s.getWhiteList().getValidUntil());
                })
                .toList();
    }

    /** Whether the office was warned of this end of the line's registration with this lead time. */
    public boolean warned(long staffingId, LocalDate validUntil, int leadDays) {
        return em.find(WhiteListWarning.class, new WhiteListWarning.Key(staffingId, validUntil, leadDays)) != null;
    }

    public void add(WhiteListWarning warning) {
        em.persist(warning);
    }

    /** The line as it stands now, or null when it was removed. */
    public Staffing staffing(long staffingId) {
        return em.find(Staffing.class, staffingId);
    }

    private static Crossing crossing(Staffing s, Person pe, Institution i, LocalDate day) {
        WhiteList w = s.getWhiteList();
        return new Crossing(
                s.getId(),
                s.getProject().getId(),
                s.getProject().getCode(),
                pe.getId(),
                pe.getNameEn(),
                pe.getNameZh(),
                i.getId(),
                i.getShortName(),
                s.getRole(),
                s.getStartDate(),
                s.getEndDate(),
                w == null ? null : w.getStatus(),
                w == null ? null : w.getValidFrom(),
                w == null ? null : w.getValidUntil(),
                w != null && w.validOn(day));
    }
}
