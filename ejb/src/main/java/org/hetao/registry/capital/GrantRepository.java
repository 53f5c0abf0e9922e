package org.hetao.registry.capital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hetao.registry.common.NotFoundException;

/** Stores and finds the grants of projects. */
@ApplicationScoped
public class GrantRepository {
    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public GrantRepository() {}

    /** A repository on this entity manager, for work outside the container. */
    public GrantRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Grant> find(long id) {
        return Optional.ofNullable(em.find(Grant.class, id));
    }

    public Grant get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Grant.KIND, id));
    }

    public void add(Grant grant) {
        em.persist(grant);
    }

    public void remove(Grant grant) {
        em.remove(grant);
    }

    public void flush() {
        em.flush();
    }

    /** A project's grants, by side, then the day awarded. */
    public List<Grant> ofProject(long projectId) {
        return em.createQuery(
                        "SELECT g FROM Grant g WHERE g.projectId = :p ORDER BY g.side, g.awardedDate, g.id",
                        Grant.class)
                .setParameter("p", projectId)
                .getResultList();
    }
}
