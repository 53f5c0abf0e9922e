package org.hetao.registry.transfer.imports;

import org.hetao.registry.person.Person;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.transfer.format.RecordKind;

/** Checks a person row: its values, its ORCID iD unique, and that the importer acts for the person's institution. */
final class PersonRows {
    private final RowChecks checks;

    PersonRows(RowChecks checks) {
        this.checks = checks;
    }

    void check(RowReader r, ImportStep s) {
        PersonDetails d = ParsedRows.person(r, checks.references);
        if (!r.ok()) {
            return;
        }
        Person candidate = new Person(d);
        s.accessColumn = "institution";
        checks.access.checkActsFor("institution", candidate.getInstitutionId());
        if (candidate.getOrcid() != null) {
            checks.uniqueInFile(r, RecordKind.PERSON, candidate.getOrcid(), "orcid", "ORCID iD");
        }
        Long existing = checks.existing(s, RecordKind.PERSON, candidate.getOrcid());
        if (existing != null) {
            // skipping, too, is only for the importer's own records: a row may not claim someone else's
            checks.access.checkActsFor(
                    "institution", checks.em.find(Person.class, existing).getInstitutionId());
        }
        if (!checks.decide(s, existing, d) || existing == null) {
            return;
        }
        Long byOrcid = checks.lookups.byNaturalKey(RecordKind.PERSON, candidate.getOrcid());
        if (byOrcid != null && !byOrcid.equals(existing)) {
            r.error("orcid", "the ORCID iD " + candidate.getOrcid() + " is already registered for person " + byOrcid);
        }
    }
}
