package org.hetao.registry.boundary;

import java.util.Map;

/** The short names of the institutions and the codes of the projects some transfers name. */
public record TransferNames(Map<Long, String> institutions, Map<Long, String> projects) {
    public TransferNames {
        institutions = Map.copyOf(institutions);
        projects = Map.copyOf(projects);
    }

    public String institution(long id) {
        return institutions.get(id);
    }

    public String project(long id) {
        return projects.get(id);
    }
}
