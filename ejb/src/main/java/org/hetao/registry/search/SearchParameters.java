package org.hetao.registry.search;

import java.util.List;
import java.util.Map;

/**
 * A search as a client asked for it, not yet checked.
 *
 * @param query the query text, possibly blank
 * @param types record types by URL name ({@code project}, {@code ip-asset}, {@code institution}, {@code person}); empty: all
 * @param filters facet name to the values to keep ({@code sector}, {@code jurisdiction}, ...)
 * @param page 1-based page, or null for 1
 * @param size hits per page, or null for the default
 * @param sort {@code relevance} (default), {@code newest} or {@code title}
 * @param language BCP-47 tag of the language wanted for titles and snippets, or null for English
 */
public record SearchParameters(
        String query,
        List<String> types,
        Map<String, List<String>> filters,
        Long page,
        Long size,
        String sort,
        String language) {}
