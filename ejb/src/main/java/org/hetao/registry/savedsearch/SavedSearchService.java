package org.hetao.registry.savedsearch;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hetao.registry.access.AccessGuard;
import org.hetao.registry.access.Caller;
import org.hetao.registry.account.Account;
import org.hetao.registry.account.AccountRepository;
import org.hetao.registry.common.ConflictException;
import org.hetao.registry.common.NotFoundException;
import org.hetao.registry.common.RegistryClock;
import org.hetao.registry.common.SecretTokens;
import org.hetao.registry.search.SearchParameters;
import org.hetao.registry.search.SearchService;

/**
 * The caller's saved searches, and running them. A saved search is its owner's alone: for anyone
 * else it does not exist (404). It runs through the search service with its owner's read scope as
 * of now, and each record found is checked again against the database with the owner's access
 * rules, so a record that became confidential (or was deleted) drops out at once, before the index
 * has caught up ({@link SavedSearchRunner}). A feed is read with the secret of its URL instead of a token, as its owner; a feed of
 * a disabled account does not exist.
 */
@Stateless
public class SavedSearchService {
    /** How many searches an account may save. */
    public static final int MAX_PER_ACCOUNT = 50;
    /** How many records (newest first) a run of a saved search answers. */
    public static final int MAX_RESULTS = 50;

    @Inject
    AccessGuard access;

    @Inject
    SavedSearchRepository searches;

    @Inject
    AccountRepository accounts;

    @Inject
    RegistryClock clock;

    @Inject
    SavedSearchRunner runner;

    public SavedSearch create(
            String name, String query, List<String> types, Map<String, List<String>> filters, String language) {
        Caller caller = caller();
        if (searches.countOfAccount(caller.accountId()) >= MAX_PER_ACCOUNT) {
            throw new ConflictException(
                    "An account may save at most " + MAX_PER_ACCOUNT + " searches; delete one first");
        }
        SavedSearch s =
                new SavedSearch(caller.accountId(), name, query, withTypes(types, filters), language, clock.now());
        SearchService.check(parameters(s));
        searches.add(s);
        searches.flush();
        return s;
    }

    public List<SavedSearch> list() {
        return searches.ofAccount(caller().accountId());
    }

    public SavedSearch get(long id) {
        return owned(id);
    }

    public SavedSearch update(
            long id,
            long expectedVersion,
            String name,
            String query,
            List<String> types,
            Map<String, List<String>> filters,
            String language) {
        SavedSearch s = owned(id);
        s.checkVersion(SavedSearch.KIND, expectedVersion);
        s.change(name, query, withTypes(types, filters), language);
        SearchService.check(parameters(s));
        searches.flush();
        return s;
    }

    public void delete(long id, long expectedVersion) {
        SavedSearch s = owned(id);
        s.checkVersion(SavedSearch.KIND, expectedVersion);
        searches.remove(s);
    }

    /** Runs the search for its owner and records the visit: what is new is new since the visit before. */
    public SavedSearchResults results(long id) {
        SavedSearch s = owned(id);
        SavedSearchResults r = run(s, caller());
        s.visited(clock.now());
        return r;
    }

    /** A new secret URL for the search's feed; the previous one stops working. */
    public IssuedFeed newFeedToken(long id) {
        SavedSearch s = owned(id);
        String token = SecretTokens.newToken();
        s.feedToken(SecretTokens.hash(token));
        searches.flush();
        return new IssuedFeed(s, token);
    }

    public SavedSearch revokeFeedToken(long id, long expectedVersion) {
        SavedSearch s = owned(id);
        s.checkVersion(SavedSearch.KIND, expectedVersion);
        s.revokeFeedToken();
        searches.flush();
        return s;
    }

    /** What the feed with this secret shows now, as its owner may see it; not a visit. Unknown secret or disabled owner: not found. */
    public SavedSearchResults feed(String token) {
        NotFoundException none = new NotFoundException("No feed at this address; its owner may have revoked it");
        if (!SecretTokens.wellFormed(token)) {
            throw none;
        }
        SavedSearch s = searches.findByFeedTokenHash(SecretTokens.hash(token)).orElseThrow(() -> none);
        Account owner =
                accounts.find(s.getAccountId()).filter(Account::isEnabled).orElseThrow(() -> none);
        return run(s, owner.asCaller());
    }

    private SavedSearchResults run(SavedSearch s, Caller owner) {
        return runner.run(s, owner);
    }

    static SearchParameters parameters(SavedSearch s) {
        return new SearchParameters(
                s.getQuery(), s.getTypes(), s.getFacetFilters(), 1L, (long) MAX_RESULTS, "newest", s.getLanguage());
    }

    private static Map<String, List<String>> withTypes(List<String> types, Map<String, List<String>> filters) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        if (types != null && !types.isEmpty()) {
            all.put(SavedSearch.TYPE, types);
        }
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (!SavedSearch.TYPE.equals(k)) {
                    all.put(k, v);
                }
            });
        }
        return all;
    }

    private SavedSearch owned(long id) {
        long me = caller().accountId();
        return searches.find(id)
                .filter(s -> s.getAccountId() == me)
                .orElseThrow(() -> new NotFoundException(SavedSearch.KIND, id));
    }

    private Caller caller() {
        Caller c = access.caller();
        if (c == null) {
            throw new IllegalStateException("Saved searches belong to a signed-in account");
        }
        return c;
    }
}
