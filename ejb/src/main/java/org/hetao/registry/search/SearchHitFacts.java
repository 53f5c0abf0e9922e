package org.hetao.registry.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.RegistrySetting;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.ipasset.IpAssetRepository;

/**
 * The database's facts about the IP assets of a page of search results, read as the caller may
 * read them: an asset the index still lists but the caller may no longer read (it changed since it
 * was indexed) has no facts. Two queries a page, whatever its size.
 */
@Stateless
public class SearchHitFacts {
    @Inject
    AccessGuard access;

    @Inject
    IpAssetRepository assets;

    /** The facts of those of these assets the caller may read, by id. */
    public Map<Long, AssetFacts> assets(Collection<Long> ids) {
        Map<Long, AssetFacts> facts = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        Set<Long> inCatalogue = RegistrySetting.PUBLIC_CATALOGUE_ENABLED.booleanValue()
                ? assets.readable(ids, ReadScope.INVESTOR).stream()
                        .map(IpAsset::getId)
                        .collect(Collectors.toSet())
                : Set.of();
        for (IpAsset asset : assets.readable(ids, access.scope())) {
            facts.put(
                    asset.getId(),
                    new AssetFacts(
                            asset.getId(),
                            asset.getLicensing(),
                            asset.getReadinessLevel(),
                            asset.getFilings().stream()
                                    .map(f -> f.getJurisdiction() + " " + f.getStatus())
                                    .toList(),
                            inCatalogue.contains(asset.getId())));
        }
        return facts;
    }
}
