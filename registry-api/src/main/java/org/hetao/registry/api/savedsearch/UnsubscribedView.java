package org.hetao.registry.api.savedsearch;

/** The digest stopped: the saved search's name, so the reader knows which one. */
public record UnsubscribedView(String name, String digest) {}
