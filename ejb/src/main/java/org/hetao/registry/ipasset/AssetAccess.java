package org.hetao.registry.ipasset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.hetao.registry.account.AccessGuard;
import org.hetao.registry.common.Confidentiality;
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

    public void checkRead(IpAsset asset) {
        Project project = projects.get(asset.getProjectId());
        Set<Long> parties = new HashSet<>(project.parties());
        parties.addAll(ownership.everOwners(asset.getId()));
        boolean projectPublic = project.getConfidentiality() == Confidentiality.PUBLIC;
        access.checkRead(IpAsset.KIND, asset.getId(), project.getConfidentiality(), parties, projectPublic && asset.isOfferedPublicly());
        access.checkRead(IpAsset.KIND, asset.getId(), asset.getConfidentiality(), parties, projectPublic && asset.isOfferedPublicly());
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
        Set<Long> writers = OwnershipVersion.nextWriters(ownership.current(asset.getId()), projects.get(asset.getProjectId()).parties());
        access.checkWrite("ownership of IP asset", asset.getId(), writers);
    }
}
