package org.hetao.registry.api.savedsearch;

/** A digest sent on request: how many records it listed (0: nothing was new, no e-mail was sent). */
public record DigestSentView(long savedSearchId, int records) {}
