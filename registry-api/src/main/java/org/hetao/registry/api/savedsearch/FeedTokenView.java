package org.hetao.registry.api.savedsearch;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved search's new feed: its secret URL (anyone holding it can read the feed, until it is revoked or replaced). */
@Schema(name = "FeedTokenView")
public record FeedTokenView(long savedSearchId, String token, String url) {}
