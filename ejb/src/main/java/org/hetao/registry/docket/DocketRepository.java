package org.hetao.registry.docket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hetao.registry.config.RegistryInstance;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;

/** The docket's stored facts: done marks and sent reminders. The deadlines themselves are computed, never stored. */
@ApplicationScoped
public class DocketRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public DocketRepository() {}

    /** A repository on this entity manager, outside the container. */
    public DocketRepository(EntityManager em) {
        this.em = em;
    }

    /** The done marks of these assets, by deadline key. */
    public Map<String, DoneMark> doneMarks(Collection<Long> ipAssetIds) {
        Map<String, DoneMark> out = new HashMap<>();
        if (ipAssetIds.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT d FROM DoneMark d WHERE d.ipAssetId IN :ids", DoneMark.class)
                .setParameter("ids", ipAssetIds)
                .getResultStream()
                .forEach(d -> out.put(d.getDeadlineKey(), d));
        return out;
    }

    public Optional<DoneMark> doneMark(String key) {
        return Optional.ofNullable(em.find(DoneMark.class, key));
    }

    public void add(DoneMark mark) {
        em.persist(mark);
    }

    public void remove(DoneMark mark) {
        em.remove(mark);
    }

    public boolean reminded(Deadline d, String leadTime, long institutionId) {
        return em.find(ReminderSent.class, new ReminderSent.Key(d.key(), d.dueDate(), leadTime, institutionId)) != null;
    }

    public void add(ReminderSent sent) {
        em.persist(sent);
    }

    /** The assets that have filings, in id order: those that may have deadlines. */
    public List<Long> assetsWithFilings() {
        return em.createQuery("SELECT DISTINCT a.id FROM IpAsset a JOIN a.filings f ORDER BY a.id", Long.class)
                .getResultList();
    }

    public IpAsset asset(long id) {
        return em.find(IpAsset.class, id);
    }

    /** The institutions that own a share of the asset on that day (in the version in force then). */
    public Set<Long> owners(long ipAssetId, LocalDate day) {
        return OwnershipRepository.timeline(em, ipAssetId)
                .inForceOn(day)
                .map(OwnershipVersion::owners)
                .orElse(Set.of());
    }

    /** This registry's instance id: what makes the calendar's UIDs unique to it. */
    public String instanceId() {
        return RegistryInstance.id(em);
    }

    public void flush() {
        em.flush();
    }
}
