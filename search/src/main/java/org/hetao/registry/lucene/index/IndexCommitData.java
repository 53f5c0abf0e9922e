package org.hetao.registry.lucene.index;

import java.util.Map;

/**
 * What each commit records besides the documents: the schema version it was written with,
 * whether a complete rebuild has been committed, and the generation of the latest rebuild. An
 * index of another version is rebuilt.
 */
public final class IndexCommitData {

    /** Bump whenever fields, analysis or facets change, so existing indexes get rebuilt. */
    public static final int FORMAT_VERSION = 6;

    static final String FORMAT_KEY = "hetao.search.format";
    static final String COMPLETE_KEY = "hetao.search.complete";
    static final String GENERATION_KEY = "hetao.search.generation";

    private IndexCommitData() {}

    /** The user data of a commit of the current format. */
    public static Map<String, String> of(boolean complete, long generation) {
        return Map.of(
                FORMAT_KEY, Integer.toString(FORMAT_VERSION),
                COMPLETE_KEY, Boolean.toString(complete),
                GENERATION_KEY, Long.toString(generation));
    }

    static boolean isCurrentFormat(Map<String, String> userData) {
        return Integer.toString(FORMAT_VERSION).equals(userData.get(FORMAT_KEY));
    }

    static boolean isComplete(Map<String, String> userData) {
        return Boolean.parseBoolean(userData.get(COMPLETE_KEY));
    }

    static long generation(Map<String, String> userData) {
        try {
            return Long.parseLong(userData.getOrDefault(GENERATION_KEY, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
