package org.hetao.registry.transfer.imports;

import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.access.AccessPolicy;
import org.hetao.registry.access.Permission;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.transfer.format.RecordKind;

/** Checks an institution row: its values, its short name and ROR id unique, and that only an administrator writes it. */
final class InstitutionRows {
    private final RowChecks checks;

    InstitutionRows(RowChecks checks) {
        this.checks = checks;
    }

    void check(RowReader r, ImportStep s) {
        InstitutionDetails d = ParsedRows.institution(r);
        if (!r.ok()) {
            return;
        }
        Institution candidate = new Institution(d);
        s.aliases = ParsedRows.aliases(r);
        if (s.aliases != null) {
            candidate.changeAliases(s.aliases);
        }
        checks.uniqueInFile(r, RecordKind.INSTITUTION, candidate.getShortName(), "short_name", "short name");
        Long existing = checks.existing(s, RecordKind.INSTITUTION, candidate.getShortName());
        if (candidate.getRorId() != null) {
            checks.em
                    .createQuery("SELECT i.id FROM Institution i WHERE i.rorId = :r", Long.class)
                    .setParameter("r", candidate.getRorId())
                    .getResultStream()
                    .filter(other -> !other.equals(existing))
                    .findFirst()
                    .ifPresent(other -> r.error(
                            "ror_id",
                            "the ROR id " + candidate.getRorId() + " is already used by institution " + other));
        }
        if (!checks.decide(s, existing, d) && existing != null) {
            return;
        }
        if (checks.access.caller() != null
                && !AccessPolicy.allows(checks.access.caller(), Permission.INSTITUTION_MANAGE)) {
            throw new AccessDeniedException(
                    "Only an administrator registers or changes institutions; refer to existing ones by short name");
        }
        Long byName = checks.lookups.byNaturalKey(RecordKind.INSTITUTION, candidate.getShortName());
        if (existing != null && byName != null && !byName.equals(existing)) {
            r.error(
                    "short_name",
                    "the short name " + candidate.getShortName() + " is already used by institution " + byName);
        }
    }
}
