package org.hetao.registry.transfer.imports;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.transfer.format.RecordKind;

/**
 * Which of the registry's records an import may see, under the same rules as the API: a project or
 * IP asset the importer may not read is, to every row of its file, not there — a reference to it reads
 * exactly as a reference to nothing, and a row naming it is about a new record. Answers are cached for the run.
 */
final class ImportVisibility {
    private final EntityManager em;
    private final AccessGuard access;
    private final boolean everything;
    private final Map<String, Boolean> answers = new HashMap<>();

    ImportVisibility(EntityManager em, AccessGuard access) {
        this.em = em;
        this.access = access;
        this.everything = access.scope().everything();
    }

    /** The id if the importer may read that record (or it is a record the file itself creates), else null. */
    Long visible(RecordKind kind, Long id) {
        return id == null || readable(kind, id) ? id : null;
    }

    boolean readable(RecordKind kind, long id) {
        if (everything || id < 0 || (kind != RecordKind.PROJECT && kind != RecordKind.IP_ASSET)) {
            return true;
        }
        return answers.computeIfAbsent(kind + ":" + id, k -> kind == RecordKind.PROJECT ? project(id) : asset(id));
    }

    private boolean project(long id) {
        Project p = em.find(Project.class, id);
        return p != null && ProjectAccess.readable(access, p);
    }

    private boolean asset(long id) {
        IpAsset a = em.find(IpAsset.class, id);
        if (a == null) {
            return false;
        }
        return AssetAccess.readable(
                access, em.find(Project.class, a.getProjectId()), a, OwnershipRepository.everOwners(em, id));
    }
}
