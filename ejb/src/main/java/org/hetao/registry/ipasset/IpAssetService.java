package org.hetao.registry.ipasset;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hetao.registry.account.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.person.PersonRepository;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.project.ProjectRepository;

/** Registers and maintains IP assets; their ownership is {@code OwnershipService}'s. */
@Stateless
public class IpAssetService {
    @Inject
    IpAssetRepository assets;
    @Inject
    ProjectRepository projects;
    @Inject
    PersonRepository people;
    @Inject
    AccessGuard access;
    @Inject
    AssetAccess assetAccess;
    @Inject
    ChangeRecorder changes;

    public Page<IpAsset> list(IpAssetFilter filter, PageRequest page) {
        return assets.list(filter, page, access.scope());
    }

    /** The asset, if the caller may read it; otherwise "not found". */
    public IpAsset get(long id) {
        IpAsset asset = assets.get(id);
        assetAccess.checkRead(asset);
        return asset;
    }

    public IpAsset create(IpAssetDetails details) {
        IpAsset asset = new IpAsset(details);
        checkReferences(asset);
        assets.add(asset);
        assets.flush();
        changes.created(IpAsset.KIND_NAME, asset.getId(), asset.details());
        return asset;
    }

    public IpAsset update(long id, long expectedVersion, IpAssetDetails details) {
        IpAsset asset = get(id);
        assetAccess.checkWrite(asset);
        asset.checkVersion(IpAsset.KIND, expectedVersion);
        checkReferences(new IpAsset(details));
        IpAssetDetails before = asset.details();
        asset.describe(details);
        assets.flush();
        changes.updated(IpAsset.KIND_NAME, id, before, asset.details());
        return asset;
    }

    /** Deletes the asset with its filings, inventors and ownership history. */
    public void delete(long id, long expectedVersion) {
        IpAsset asset = get(id);
        assetAccess.checkWrite(asset);
        asset.checkVersion(IpAsset.KIND, expectedVersion);
        IpAssetDetails before = asset.details();
        assets.remove(asset);
        assets.flush();
        changes.deleted(IpAsset.KIND_NAME, id, before);
    }

    /** The project exists, the caller may add results to it, and the inventors exist. */
    private void checkReferences(IpAsset asset) {
        Project project = projects.reference("projectId", asset.getProjectId());
        if (!ProjectAccess.readable(access, project)) {
            throw new ReferenceNotFoundException("projectId", Project.KIND, project.getId());
        }
        access.checkWrite(Project.KIND, project.getId(), project.parties());
        for (int i = 0; i < asset.getInventors().size(); i++) {
            people.reference("inventors[" + i + "].personId", asset.getInventors().get(i).getPersonId());
        }
    }
}
