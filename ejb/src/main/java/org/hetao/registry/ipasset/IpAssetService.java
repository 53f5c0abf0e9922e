package org.hetao.registry.ipasset;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.person.PersonRepository;
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

    public Page<IpAsset> list(IpAssetFilter filter, PageRequest page) {
        return assets.list(filter, page);
    }

    public IpAsset get(long id) {
        return assets.get(id);
    }

    public IpAsset create(IpAssetDetails details) {
        IpAsset asset = new IpAsset(details);
        checkReferences(asset);
        assets.add(asset);
        assets.flush();
        return asset;
    }

    public IpAsset update(long id, long expectedVersion, IpAssetDetails details) {
        IpAsset asset = assets.get(id);
        asset.checkVersion(IpAsset.KIND, expectedVersion);
        checkReferences(new IpAsset(details));
        asset.describe(details);
        assets.flush();
        return asset;
    }

    /** Deletes the asset with its filings, inventors and ownership history. */
    public void delete(long id, long expectedVersion) {
        IpAsset asset = assets.get(id);
        asset.checkVersion(IpAsset.KIND, expectedVersion);
        assets.remove(asset);
        assets.flush();
    }

    private void checkReferences(IpAsset asset) {
        projects.reference("projectId", asset.getProjectId());
        for (int i = 0; i < asset.getInventors().size(); i++) {
            people.reference("inventors[" + i + "].personId", asset.getInventors().get(i).getPersonId());
        }
    }
}
