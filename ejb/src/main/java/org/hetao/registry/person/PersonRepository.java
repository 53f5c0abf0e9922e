package org.hetao.registry.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.hetao.registry.common.ListQuery;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;

/** Stores and finds people. */
@ApplicationScoped
public class PersonRepository {
    public static final Map<String, String> SORT_KEYS = Map.of("name", "nameEn", "created", "createdAt", "id", "id");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** For the container. */
    public PersonRepository() {}

    /** A repository over a given entity manager (tests outside the container). */
    public PersonRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Person get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(Person.KIND, id));
    }

    /** The person a request field refers to; a missing one is an invalid value of that field. */
    public Person reference(String field, long id) {
        return find(id).orElseThrow(() -> new ReferenceNotFoundException(field, Person.KIND, id));
    }

    public Optional<Person> findByOrcid(String orcid) {
        return em.createQuery("SELECT p FROM Person p WHERE p.orcid = :o", Person.class)
                .setParameter("o", orcid)
                .getResultStream()
                .findFirst();
    }

    public void add(Person person) {
        em.persist(person);
    }

    public void remove(Person person) {
        em.remove(person);
    }

    public void flush() {
        em.flush();
    }

    public Page<Person> list(PersonFilter f, PageRequest page) {
        return query(f).page(page, SORT_KEYS.get(page.sort()));
    }

    /** The people of the list with these filters (a page of it, or all of it for an export). */
    public ListQuery<Person> query(PersonFilter f) {
        return new ListQuery<>(em, Person.class)
                .containsText(f.text(), "nameEn", "nameZh", "email")
                .equal("institutionId", f.institutionId())
                .equal("orcid", f.orcid());
    }
}
