package org.hetao.registry.demo;

import java.util.List;
import org.hetao.registry.institution.InstitutionDetails;
import org.hetao.registry.ipasset.IpAssetDetails;
import org.hetao.registry.ownership.OwnershipChange;
import org.hetao.registry.person.PersonDetails;
import org.hetao.registry.project.ProjectDetails;
import org.hetao.registry.project.StaffingDetails;

/**
 * The whole demo data set as the services take it. Records refer to each other by position, not
 * by stored id: institution {@code n} is {@code institutions().get(n - 1)}, person {@code n} is
 * {@code people().get(n - 1)}, and an asset's project id is its project's position plus one.
 * The loader replaces these numbers with the ids the registry assigns.
 */
public record DemoDataSet(List<InstitutionDetails> institutions, List<PersonDetails> people, List<Project> projects) {

    /** A project with its staff and the IP assets it produced. */
    public record Project(ProjectDetails details, List<StaffingDetails> staff, List<Asset> assets) {}

    /** An IP asset and its ownership versions, oldest first. */
    public record Asset(IpAssetDetails details, List<OwnershipChange> ownership) {}

    public InstitutionDetails institution(long position) {
        return institutions.get((int) position - 1);
    }

    public PersonDetails person(long position) {
        return people.get((int) position - 1);
    }

    public List<Asset> assets() {
        return projects.stream().flatMap(p -> p.assets().stream()).toList();
    }

    public int staffCount() {
        return projects.stream().mapToInt(p -> p.staff().size()).sum();
    }

    public int ownershipVersionCount() {
        return projects.stream()
                .flatMap(p -> p.assets().stream())
                .mapToInt(a -> a.ownership().size())
                .sum();
    }

    /** A one-line account of the set's size, for the log. */
    public String summary() {
        return institutions.size() + " institutions, " + people.size() + " people, " + projects.size()
                + " projects with "
                + staffCount() + " staffing lines, " + assets().size() + " IP assets with " + ownershipVersionCount()
                + " ownership versions";
    }
}
