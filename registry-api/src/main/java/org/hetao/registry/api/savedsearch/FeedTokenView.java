package org.hetao.registry.api.savedsearch;

/** A saved search's new feed: its secret URL (anyone holding it can read the feed, until it is revoked or replaced). */
public record FeedTokenView(long savedSearchId, String token, String url) {
}
