package org.hetao.registry.ipasset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.CriteriaFacts;
import org.hetao.registry.access.ReadRule;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.access.RecordFacts;
import org.hetao.registry.common.Confidentiality;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.ownership.OwnershipVersion;
import org.hetao.registry.ownership.ReadableAssets;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.project.ProjectRepository;

/**
 * Who may read and change an IP asset. Its parties are the institutions of its project and its
 * owners (present and past, for reading; present, for changing). It is readable when both the
 * project and the asset are; an investor sees it only when both are public and it is offered for licensing.
 */
@ApplicationScoped
public class AssetAccess implements ReadableAssets {
    /** The licensing values open to a new licensee ({@link Licensing#isAvailable()}). */
    private static final List<Licensing> AVAILABLE =
            Arrays.stream(Licensing.values()).filter(Licensing::isAvailable).toList();

    @Inject
    AccessGuard access;

    @Inject
    ProjectRepository projects;

    @Inject
    OwnershipRepository ownership;

    @Inject
    IpAssetRepository assets;

    /** For the container. */
    public AssetAccess() {}

    /** The rules over given repositories, for the caller {@code access} stands for (tests outside the container). */
    public AssetAccess(
            AccessGuard access, ProjectRepository projects, OwnershipRepository ownership, IpAssetRepository assets) {
        this.access = access;
        this.projects = projects;
        this.ownership = ownership;
        this.assets = assets;
    }

    @Override
    public void checkReadable(long ipAssetId) {
        checkRead(assets.get(ipAssetId));
    }

    /** Fails with "not found" unless the caller may read the asset. */
    public void checkRead(IpAsset asset) {
        if (!canRead(asset)) {
            throw new NotFoundException(IpAsset.KIND, asset.getId());
        }
    }

    /** Whether the caller may read the asset (the rule of {@link #checkRead}). */
    public boolean canRead(IpAsset asset) {
        return readable(access, projects.get(asset.getProjectId()), asset, ownership.everOwners(asset.getId()));
    }

    /**
     * The rule for reading an asset, for whoever holds the facts ({@code everOwners}: the institutions
     * that own or owned a share): both its project and the asset itself are readable to the caller.
     */
    public static boolean readable(AccessGuard access, Project project, IpAsset asset, Set<Long> everOwners) {
        return access.canRead(facts(project, asset, everOwners));
    }

    /**
     * What decides who may read the asset: the stricter of its and its project's confidentiality, its
     * parties (the project's participants and every institution that owns or owned a share), and
     * whether it is open to a new licensee.
     */
    public static RecordFacts facts(Project project, IpAsset asset, Set<Long> everOwners) {
        Set<Long> parties = new HashSet<>(project.parties());
        parties.addAll(everOwners);
        return RecordFacts.ipAsset(
                asset.getConfidentiality(),
                project.getConfidentiality(),
                parties,
                asset.getLicensing().isAvailable());
    }

    /** The assets of a query's rows ({@code asset}) that a reader with this scope may read: the same facts as criteria. */
    public static Predicate readable(ReadScope scope, CriteriaBuilder cb, Root<IpAsset> asset, AbstractQuery<?> query) {
        return ReadRule.readable(
                scope,
                new CriteriaFacts(
                        cb,
                        () -> {
                            Subquery<Long> publicProjects = query.subquery(Long.class);
                            Root<Project> p = publicProjects.from(Project.class);
                            publicProjects.select(p.get("id")).where(ProjectAccess.isPublic(cb, p));
                            return cb.and(
                                    cb.equal(asset.get("confidentiality"), Confidentiality.PUBLIC),
                                    asset.get("projectId").in(publicProjects));
                        },
                        () -> asset.get("licensing").in(AVAILABLE),
                        institution -> {
                            Subquery<Long> owned = query.subquery(Long.class);
                            Root<OwnershipVersion> v = owned.from(OwnershipVersion.class);
                            owned.select(v.get("ipAssetId"))
                                    .where(cb.equal(v.join("shares").get("institutionId"), institution));
                            return cb.or(
                                    asset.get("projectId").in(ProjectRepository.participating(cb, query, institution)),
                                    asset.get("id").in(owned));
                        }));
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
