package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.person.Orcid;
import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.Project;

/**
 * The records a file creates, under negative placeholder ids until they are written, and what later
 * rows need to know of them (and of the registry's records) while the file is validated.
 */
final class NewRecords {
    private final EntityManager em;
    private final Map<Long, ImportStep> created = new HashMap<>();
    private final Map<Long, Jurisdiction> jurisdictions = new HashMap<>();
    private long next = -1;

    NewRecords(EntityManager em) {
        this.em = em;
    }

    /** Gives a row that creates a record its placeholder id. */
    long add(ImportStep step) {
        step.placeholder = next--;
        created.put(step.placeholder, step);
        return step.placeholder;
    }

    /** The natural key of a row's record (short name, ORCID iD, project code), by which later rows may name it. */
    static Optional<String> naturalKey(ImportStep s) {
        return switch (s.kind()) {
            case INSTITUTION ->
                Optional.ofNullable(((InstitutionDetails) s.values).shortName()).map(String::strip);
            case PERSON -> Optional.ofNullable(s.row.cell("orcid")).map(o -> Orcid.normalize("orcid", o));
            case PROJECT ->
                Optional.of(Project.normalizeCode(
                        ((ParsedRows.ProjectRow) s.values).details().code()));
            case IP_ASSET, OWNERSHIP -> Optional.empty();
        };
    }

    /** The institutions that take part in a project this file creates. */
    Set<Long> parties(long projectPlaceholder) {
        return ((ParsedRows.ProjectRow) created.get(projectPlaceholder).values)
                .details().participants().stream()
                        .map(ParticipantDetails::institutionId)
                        .collect(Collectors.toSet());
    }

    /** The jurisdiction of the institution of a person, who may be one this file creates. */
    Jurisdiction home(Long personId) {
        if (personId == null) {
            return null;
        }
        Long institution = personId < 0
                ? ((PersonDetails) created.get(personId).values).institutionId()
                : em.find(Person.class, personId).getInstitutionId();
        if (institution == null) {
            return null;
        }
        if (institution < 0) {
            return ((InstitutionDetails) created.get(institution).values).jurisdiction();
        }
        return jurisdictions.computeIfAbsent(
                institution, id -> em.find(Institution.class, id).getJurisdiction());
    }
}
