package org.hetao.registry.agreement;

/** A party's share of something (ownership, revenue, costs) in basis points: 10,000 bp = 100.00 %. */
public record PartyShare(String party, int basisPoints) {}
