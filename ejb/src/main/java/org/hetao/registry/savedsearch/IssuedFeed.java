package org.hetao.registry.savedsearch;

/** A saved search's new feed secret: shown once, stored only as its hash. */
public record IssuedFeed(SavedSearch search, String token) {}
