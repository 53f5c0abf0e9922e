package org.hetao.registry.api.savedsearch;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A search to save: a name, the query text ({@code q}), the record types and facet filters (as
 * {@code /api/search} takes them: {@code {"sector":["biotech"]}}) and the display language
 * ({@code en}, {@code zh-Hant}, {@code zh-Hans}).
 */
public record SavedSearchRequest(
        @NotNull @Size(max = 100) String name,
        @Size(max = 500) String q,
        @Size(max = 10) List<String> types,
        @Size(max = 20) Map<String, List<String>> filters,
        String lang) {}
