package org.hetao.registry.demo;

import java.util.HashMap;
import java.util.Map;
import org.hetao.registry.ipasset.InventorDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.ownership.ShareDetails;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.ParticipantDetails;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.StaffingDetails;

/** Maps the positions by which demo records refer to each other to the ids the registry assigned. */
final class DemoIds {
    private final Map<Long, Long> institutions = new HashMap<>();
    private final Map<Long, Long> people = new HashMap<>();

    void institutionStored(long position, long id) {
        institutions.put(position, id);
    }

    void personStored(long position, long id) {
        people.put(position, id);
    }

    long institution(long position) {
        return id(institutions, "institution", position);
    }

    long person(long position) {
        return id(people, "person", position);
    }

    private static long id(Map<Long, Long> ids, String kind, long position) {
        Long id = ids.get(position);
        if (id == null) {
            throw new IllegalStateException("The demo " + kind + " at position " + position + " has not been stored");
        }
        return id;
    }

    PersonDetails person(PersonDetails d) {
        return new PersonDetails(d.nameEn(), d.nameZh(), d.orcid(), institution(d.institutionId()), d.email());
    }

    ProjectDetails project(ProjectDetails d) {
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
                        .map(p -> new ParticipantDetails(institution(p.institutionId()), p.role()))
                        .toList(),
                d.funding());
    }

    StaffingDetails staffing(StaffingDetails s) {
        return new StaffingDetails(
                person(s.personId()),
                s.role(),
                s.ftePercent(),
                s.startDate(),
                s.endDate(),
                s.park(),
                s.whiteListStatus(),
                s.whiteListFrom(),
                s.whiteListUntil());
    }

    IpAssetDetails asset(IpAssetDetails d, long projectId) {
        return d.inProject(projectId)
                .with(
                        d.filings(),
                        d.inventors().stream()
                                .map(i -> new InventorDetails(person(i.personId()), i.shareBp()))
                                .toList());
    }

    OwnershipChange ownership(OwnershipChange c) {
        return new OwnershipChange(
                c.shares().stream()
                        .map(s -> new ShareDetails(institution(s.institutionId()), s.shareBp()))
                        .toList(),
                c.effectiveFrom(),
                c.reason());
    }
}
