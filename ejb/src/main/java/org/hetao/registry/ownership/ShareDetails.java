package org.hetao.registry.ownership;

/** One owner's share, in basis points (1 bp = 0.01 %), as a client states it. */
public record ShareDetails(Long institutionId, Integer shareBp) {}
