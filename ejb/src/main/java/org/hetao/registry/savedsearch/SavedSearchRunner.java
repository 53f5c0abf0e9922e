package org.hetao.registry.savedsearch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.access.ReadScope;
import org.hetao.registry.common.RegistryRecord;
import org.hetao.registry.institution.Institution;
import org.hetao.registry.ipasset.AssetAccess;
import org.hetao.registry.ipasset.IpAsset;
import org.hetao.registry.lucene.SearchHit;
import org.hetao.registry.lucene.Snippet;
import org.hetao.registry.ownership.OwnershipRepository;
import org.hetao.registry.person.Person;
import org.hetao.registry.project.Project;
import org.hetao.registry.project.ProjectAccess;
import org.hetao.registry.search.SearchService;

/**
 * Runs a saved search as its owner may see now: through the search service with the owner's read
 * scope, and each record found checked again against the database with the owner's access rules, so
 * a record that became confidential (or was deleted) drops out at once, before the index has caught
 * up. The results page, the feed and the e-mail digest all run it.
 */
@ApplicationScoped
public class SavedSearchRunner {
    @Inject
    SearchService search;

    @Inject
    SavedSearchRepository searches;

    @Inject
    OwnershipRepository ownership;

    public SavedSearchResults run(SavedSearch s, Caller owner) {
        AccessGuard guard = AccessGuard.forCaller(owner);
        List<FoundRecord> found = new ArrayList<>();
        for (SearchHit hit : search.searchAs(SavedSearchService.parameters(s), ReadScope.of(owner))
                .result()
                .hits()) {
            visibleRecord(guard, hit)
                    .ifPresent(r -> found.add(new FoundRecord(
                            hit.type(),
                            hit.id(),
                            hit.title(),
                            summary(hit),
                            r.getCreatedAt(),
                            r.getUpdatedAt(),
                            s.isNew(r.getCreatedAt()))));
        }
        return new SavedSearchResults(s, found, s.getLastVisitedAt());
    }

    /** The hit's record if it still exists and the owner may read it now. */
    private Optional<? extends RegistryRecord> visibleRecord(AccessGuard guard, SearchHit hit) {
        return switch (hit.type()) {
            case IP_ASSET ->
                searches.record(IpAsset.class, hit.id())
                        .filter(a -> searches.record(Project.class, a.getProjectId())
                                .map(p -> AssetAccess.readable(guard, p, a, ownership.everOwners(a.getId())))
                                .orElse(false));
            case PROJECT -> searches.record(Project.class, hit.id()).filter(p -> ProjectAccess.readable(guard, p));
            case INSTITUTION -> searches.record(Institution.class, hit.id());
            case PERSON -> guard.seesInternalFields() ? searches.record(Person.class, hit.id()) : Optional.empty();
        };
    }

    private static String summary(SearchHit hit) {
        return hit.snippets().stream()
                .map(Snippet::text)
                .map(t -> t.plainText().strip())
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse(hit.title());
    }
}
