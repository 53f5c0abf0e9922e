package org.hetao.registry.search.index;

import java.util.Map;

/**
 * What each commit records besides the documents: the schema version it was written with and
 * whether a complete rebuild has been committed. An index of another version is rebuilt.
 */
public final class IndexCommitData {

  /** Bump whenever fields, analysis or facets change, so existing indexes get rebuilt. */
  public static final int FORMAT_VERSION = 1;

  static final String FORMAT_KEY = "hetao.search.format";
  static final String COMPLETE_KEY = "hetao.search.complete";

  private IndexCommitData() {}

  /** The user data of a commit of the current format. */
  public static Map<String, String> of(boolean complete) {
    return Map.of(FORMAT_KEY, Integer.toString(FORMAT_VERSION), COMPLETE_KEY, Boolean.toString(complete));
  }

  static boolean isCurrentFormat(Map<String, String> userData) {
    return Integer.toString(FORMAT_VERSION).equals(userData.get(FORMAT_KEY));
  }

  static boolean isComplete(Map<String, String> userData) {
    return Boolean.parseBoolean(userData.get(COMPLETE_KEY));
  }
}
