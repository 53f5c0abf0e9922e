package org.hetao.registry.transfer.imports;

import java.util.ArrayList;
import java.util.List;
import org.hetao.registry.access.AccessDeniedException;
import org.hetao.registry.institution.Jurisdiction;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectCodeTakenException;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Checks a project row: its values and staff, its code free, and that the importer's institution
 * takes part and changes only its own role.
 */
final class ProjectRows {
    private final RowChecks checks;
    private final List<TakenCode> takenCodes;

    /** @param takenCodes where a row whose code another project holds is noted */
    ProjectRows(RowChecks checks, List<TakenCode> takenCodes) {
        this.checks = checks;
        this.takenCodes = takenCodes;
    }

    void check(RowReader r, ImportStep s) {
        ParsedRows.ProjectRow p = ParsedRows.project(r, checks.references);
        if (!r.ok()) {
            return;
        }
        Project candidate = new Project(p.details());
        List<Jurisdiction> homes = new ArrayList<>();
        for (int i = 0; i < p.staff().size(); i++) {
            Jurisdiction home = checks.created.home(p.staff().get(i).personId());
            candidate.addStaff("staffing[" + i + "]", p.staff().get(i), home);
            homes.add(home);
        }
        s.homes = homes;
        checks.uniqueInFile(r, RecordKind.PROJECT, candidate.getCode(), "code", "project code");
        Long existing = checks.existing(s, RecordKind.PROJECT, candidate.getCode());
        s.accessColumn = "participants";
        Long own = checks.access.ownInstitution();
        if (existing == null) {
            if (own != null && !candidate.parties().contains(own)) {
                throw new AccessDeniedException(
                        "A technology-transfer office imports projects its institution leads or joins: list institution "
                                + own + " among the participants");
            }
            if (codeFree(r, candidate.getCode(), null)) {
                checks.decide(s, null, p);
            }
            return;
        }
        Project current = checks.em.find(Project.class, existing);
        checks.access.checkWrite(Project.KIND, existing, current.parties());
        if (!checks.decide(s, existing, p)) {
            return;
        }
        if (own != null) {
            if (!candidate.parties().contains(own)) {
                throw new AccessDeniedException("Institution " + own + " cannot take itself off project " + existing);
            }
            current.firstChangedRoleOtherThan(own, p.details()).ifPresent(other -> {
                throw new AccessDeniedException("The role of institution " + other + " on project " + existing
                        + " is that institution's to change, not yours");
            });
        }
        codeFree(r, candidate.getCode(), existing);
    }

    /**
     * Fails the row when another project holds the code; the words are the API's, whether or not the
     * importer may read that project, and only one it may read is named.
     */
    private boolean codeFree(RowReader r, String code, Long self) {
        Long byCode = checks.lookups.byNaturalKey(RecordKind.PROJECT, code);
        if (byCode == null || byCode.equals(self)) {
            return true;
        }
        boolean readable = checks.visibility.readable(RecordKind.PROJECT, byCode);
        r.error("code", ProjectCodeTakenException.message(code) + (readable ? " (project " + byCode + ")" : ""));
        takenCodes.add(new TakenCode(r.row().row(), code, byCode, readable));
        return false;
    }
}
