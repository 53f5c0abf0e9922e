package org.hetao.registry.transfer.imports;

import java.util.function.LongUnaryOperator;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.StaffingDetails;

/** Replaces the placeholder ids of records the same file creates with their ids once written. */
final class Placeholders {
    private Placeholders() {}

    static Long id(LongUnaryOperator ids, Long id) {
        return id == null ? null : ids.applyAsLong(id);
    }

    static PersonDetails person(PersonDetails d, LongUnaryOperator ids) {
        return new PersonDetails(d.nameEn(), d.nameZh(), d.orcid(), id(ids, d.institutionId()), d.email());
    }

    static ProjectDetails project(ProjectDetails d, LongUnaryOperator ids) {
        return new ProjectDetails(
                d.code(),
                d.title(),
                d.abstractText(),
                d.keywords(),
                d.sectors(),
                d.site(),
                d.status(),
                d.startDate(),
                d.endDate(),
                d.confidentiality(),
                d.participants().stream()
                        .map(p -> new ParticipantDetails(id(ids, p.institutionId()), p.role()))
                        .toList(),
                d.funding());
    }

    static StaffingDetails staffing(StaffingDetails d, LongUnaryOperator ids) {
        return new StaffingDetails(
                id(ids, d.personId()),
                d.role(),
                d.ftePercent(),
                d.startDate(),
                d.endDate(),
                d.park(),
                d.whiteListStatus(),
                d.whiteListFrom(),
                d.whiteListUntil());
    }

    static IpAssetDetails asset(IpAssetDetails d, LongUnaryOperator ids) {
        return d.inProject(id(ids, d.projectId()))
                .with(
                        d.filings(),
                        d.inventors().stream()
                                .map(i -> new InventorDetails(id(ids, i.personId()), i.shareBp()))
                                .toList());
    }

    static OwnershipChange owners(OwnershipChange c, LongUnaryOperator ids) {
        return new OwnershipChange(
                c.shares().stream()
                        .map(s -> new ShareDetails(id(ids, s.institutionId()), s.shareBp()))
                        .toList(),
                c.effectiveFrom(),
                c.reason());
    }
}
