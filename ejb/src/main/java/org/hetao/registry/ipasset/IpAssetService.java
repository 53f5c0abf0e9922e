package org.hetao.registry.ipasset;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.audit.ChangeRecorder;
import org.hetao.registry.common.Page;
import org.hetao.registry.common.PageRequest;
import org.hetao.registry.common.ReferenceNotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.institution.InstitutionRepository;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipShare;
import org.hetao.registry.ownership.OwnershipTimeline;
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

    @Inject
    OwnershipRepository ownership;

    @Inject
    InstitutionRepository institutions;

    @Inject
    RegistryClock clock;

    /** For the container. */
    public IpAssetService() {}

    /** A service over given collaborators, outside the container (plain tests over a test database). */
    public IpAssetService(
            IpAssetRepository assets,
            ProjectRepository projects,
            PersonRepository people,
            AccessGuard access,
            AssetAccess assetAccess,
            ChangeRecorder changes,
            OwnershipRepository ownership,
            InstitutionRepository institutions,
            RegistryClock clock) {
        this.assets = assets;
        this.projects = projects;
        this.people = people;
        this.access = access;
        this.assetAccess = assetAccess;
        this.changes = changes;
        this.ownership = ownership;
        this.institutions = institutions;
        this.clock = clock;
    }

    public Page<IpAsset> list(IpAssetFilter filter, PageRequest page) {
        return assets.list(filter, page, access.scope());
    }

    /** Each asset's project code and owners in force today, by asset id (a few queries for a whole page). */
    public Map<Long, AssetContext> contexts(Collection<IpAsset> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = list.stream().map(IpAsset::getId).collect(Collectors.toSet());
        Map<Long, String> codes =
                projects.codes(list.stream().map(IpAsset::getProjectId).collect(Collectors.toSet()));
        LocalDate today = clock.today();
        Map<Long, List<OwnershipShare>> shares = new HashMap<>();
        ownership
                .histories(ids)
                .forEach((asset, versions) -> new OwnershipTimeline(versions)
                        .inForceOn(today)
                        .ifPresent(v -> shares.put(
                                asset,
                                v.getShares().stream()
                                        .sorted(OwnershipShare.LARGEST_FIRST)
                                        .toList())));
        Map<Long, String> names = institutions.shortNames(shares.values().stream()
                .flatMap(List::stream)
                .map(OwnershipShare::getInstitutionId)
                .collect(Collectors.toSet()));
        Map<Long, AssetContext> result = new HashMap<>();
        for (IpAsset a : list) {
            List<AssetContext.Owner> owners = shares.getOrDefault(a.getId(), List.of()).stream()
                    .map(s -> new AssetContext.Owner(
                            s.getInstitutionId(), names.get(s.getInstitutionId()), s.getShareBp()))
                    .toList();
            result.put(a.getId(), new AssetContext(codes.get(a.getProjectId()), owners));
        }
        return result;
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
            people.reference(
                    "inventors[" + i + "].personId", asset.getInventors().get(i).getPersonId());
        }
    }
}
