package org.hetao.registry.person;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.institution.InstitutionRepository;

/** Registers and maintains people; a TTO only its own institution's. */
@Stateless
public class PersonService {
    @Inject
    PersonRepository people;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AccessGuard access;

    @Inject
    ChangeRecorder changes;

    public Page<Person> list(PersonFilter filter, PageRequest page) {
        return people.list(filter, page);
    }

    public Person get(long id) {
        return people.get(id);
    }

    public Person create(PersonDetails details) {
        Person person = new Person(details);
        institutions.reference("institutionId", person.getInstitutionId());
        access.checkActsFor("institutionId", person.getInstitutionId());
        checkUnique(person.getOrcid(), null);
        people.add(person);
        people.flush();
        changes.created(Person.KIND, person.getId(), person.details());
        return person;
    }

    public Person update(long id, long expectedVersion, PersonDetails details) {
        Person person = people.get(id);
        access.checkActsFor("institutionId", person.getInstitutionId());
        person.checkVersion(Person.KIND, expectedVersion);
        Person candidate = new Person(details);
        institutions.reference("institutionId", candidate.getInstitutionId());
        access.checkActsFor("institutionId", candidate.getInstitutionId());
        checkUnique(candidate.getOrcid(), id);
        PersonDetails before = person.details();
        person.describe(details);
        people.flush();
        changes.updated(Person.KIND, id, before, person.details());
        return person;
    }

    public void delete(long id, long expectedVersion) {
        Person person = people.get(id);
        access.checkActsFor("institutionId", person.getInstitutionId());
        person.checkVersion(Person.KIND, expectedVersion);
        PersonDetails before = person.details();
        people.remove(person);
        try {
            people.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(
                    "Person " + id + " is still on a project's staff or an IP asset's inventors; remove those first");
        }
        changes.deleted(Person.KIND, id, before);
    }

    private void checkUnique(String orcid, Long self) {
        if (orcid != null) {
            people.findByOrcid(orcid).filter(o -> !o.getId().equals(self)).ifPresent(o -> {
                throw new ConflictException("The ORCID iD " + orcid + " is already registered for person " + o.getId());
            });
        }
    }
}
