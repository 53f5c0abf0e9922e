package org.hetao.registry.ipasset;

/** An inventor and the share of the invention that is theirs, in basis points (1 bp = 0.01 %). */
public record InventorDetails(Long personId, Integer shareBp) {}
