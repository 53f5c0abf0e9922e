package org.hetao.registry.proposal;

/** Who proposes a change: the account's name and the institution its office acts for (null: it acts for none). */
public record Proposer(String username, Long institutionId) {}
