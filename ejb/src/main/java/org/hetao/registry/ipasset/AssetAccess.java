package org.hetao.registry.ipasset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.hetao.registry.account.AccessGuard;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectRepository;

/**
 * Who may read and change an IP asset. Its parties are the institutions of its project and its
 * owners (present and past, for reading; present, for changing). It is readable when both the
 * project and the asset are; an investor sees it only when both are public and it is offered for licensing.
 */
@ApplicationScoped
public class AssetAccess {
    @Inject
    AccessGuard access;

    @Inject
    ProjectRepository projects;

    @Inject
    OwnershipRepository ownership;

    /** For the container. */
    public AssetAccess() {}

    /** The rules over given repositories, for the caller {@code access} stands for (tests outside the container). */
    public AssetAccess(AccessGuard access, ProjectRepository projects, OwnershipRepository ownership) {
        this.access = access;
        this.projects = projects;
        this.ownership = ownership;
    }

    /** Fails with "not found" unless the caller may read the asset. */
    public void checkRead(IpAsset asset) {
        if (!readable(access, projects.get(asset.getProjectId()), asset, ownership.everOwners(asset.getId()))) {
            throw new NotFoundException(IpAsset.KIND, asset.getId());
        }
    }

    /**
     * The rule for reading an asset, for whoever holds the facts ({@code everOwners}: the institutions
     * that own or owned a share): both its project and the asset itself are readable to the caller.
     */
    public static boolean readable(AccessGuard access, Project project, IpAsset asset, Set<Long> everOwners) {
        Set<Long> parties = new HashSet<>(project.parties());
        parties.addAll(everOwners);
        boolean projectPublic = project.getConfidentiality() == Confidentiality.PUBLIC;
        boolean offered = projectPublic && asset.isOfferedPublicly();
        return access.canRead(project.getConfidentiality(), parties, offered)
                && access.canRead(asset.getConfidentiality(), parties, offered);
    }

    /** Changing the asset's description: the project's parties and the current owners. */
    public void checkWrite(IpAsset asset) {
        Set<Long> parties = new HashSet<>(projects.get(asset.getProjectId()).parties());
        ownership.current(asset.getId()).ifPresent(v -> v.getShares().forEach(s -> parties.add(s.getInstitutionId())));
        access.checkWrite(IpAsset.KIND, asset.getId(), parties);
    }

    /** Changing who owns it: a current co-owner's office (before the first owners, a party of the project), LEGAL or ADMIN. */
    public void checkOwnershipWrite(IpAsset asset) {
        Long own = access.ownInstitution();
        if (own == null) {
            return;
        }
        Set<Long> writers = OwnershipVersion.nextWriters(
                ownership.current(asset.getId()),
                projects.get(asset.getProjectId()).parties());
        access.checkWrite("ownership of IP asset", asset.getId(), writers);
    }
}
