package org.hetao.registry.institution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;

/** Registers and maintains institutions (administrators only: the API checks the role); offices keep their own public contact. */
@Stateless
public class InstitutionService {
    @Inject
    InstitutionRepository institutions;

    @Inject
    ChangeRecorder changes;

    @Inject
    AccessGuard access;

    public Page<Institution> list(InstitutionFilter filter, PageRequest page) {
        return institutions.list(filter, page);
    }

    public Institution get(long id) {
        return institutions.get(id);
    }

    public Institution create(InstitutionDetails details) {
        Institution institution = new Institution(details);
        checkUnique(institution, null);
        institutions.add(institution);
        institutions.flush();
        changes.created(Institution.KIND, institution.getId(), institution.details());
        return institution;
    }

    public Institution update(long id, long expectedVersion, InstitutionDetails details) {
        Institution institution = institutions.get(id);
        institution.checkVersion(Institution.KIND, expectedVersion);
        checkUnique(new Institution(details), id);
        InstitutionDetails before = institution.details();
        institution.describe(details);
        institutions.flush();
        changes.updated(Institution.KIND, id, before, institution.details());
        return institution;
    }

    /**
     * Replaces the institution's public licensing contact (all fields blank: withdraws it). An administrator may change any
     * institution's, an office only its own; audited as a change of the institution.
     */
    public Institution changePublicContact(long id, long expectedVersion, PublicContactDetails details) {
        Institution institution = institutions.get(id);
        access.checkActsFor("id", id);
        institution.checkVersion(Institution.KIND, expectedVersion);
        PublicContactDetails before =
                institution.getPublicContact().map(PublicContact::details).orElse(null);
        institution.changePublicContact(details);
        institutions.flush();
        changes.updated(
                Institution.KIND,
                id,
                new ContactChange(before),
                new ContactChange(institution
                        .getPublicContact()
                        .map(PublicContact::details)
                        .orElse(null)));
        return institution;
    }

    /** The public contact as the audit trail records it. */
    public record ContactChange(PublicContactDetails publicContact) {}

    /**
     * Replaces the everyday names the institution is also known by (administrators only: the API checks the role);
     * audited as a change of the institution, whose search documents, and those of its projects, IP assets and
     * people, are then indexed again with the new names.
     */
    public Institution changeAliases(long id, long expectedVersion, List<String> aliases) {
        Institution institution = institutions.get(id);
        institution.checkVersion(Institution.KIND, expectedVersion);
        AliasChange before = new AliasChange(institution.getAliases());
        institution.changeAliases(aliases);
        AliasChange after = new AliasChange(institution.getAliases());
        if (after.equals(before)) {
            return institution;
        }
        institutions.flush();
        changes.updated(Institution.KIND, id, before, after);
        return institution;
    }

    /** The aliases as the audit trail records them. */
    public record AliasChange(List<String> aliases) {}

    public void delete(long id, long expectedVersion) {
        Institution institution = institutions.get(id);
        institution.checkVersion(Institution.KIND, expectedVersion);
        InstitutionDetails before = institution.details();
        institutions.remove(institution);
        try {
            institutions.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(
                    "Institution " + id
                            + " is still referenced by people, projects, IP ownership or accounts; remove those references first");
        }
        changes.deleted(Institution.KIND, id, before);
    }

    private void checkUnique(Institution candidate, Long self) {
        institutions
                .findByShortName(candidate.getShortName())
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new ConflictException("The short name " + candidate.getShortName()
                            + " is already used by institution " + other.getId());
                });
        if (candidate.getRorId() != null) {
            institutions
                    .findByRorId(candidate.getRorId())
                    .filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> {
                        throw new ConflictException("The ROR id " + candidate.getRorId()
                                + " is already used by institution " + other.getId());
                    });
        }
    }
}
