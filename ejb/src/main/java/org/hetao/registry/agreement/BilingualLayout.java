package org.hetao.registry.agreement;

/** How a bilingual agreement places its two versions: in two columns, or one after the other per clause. */
public enum BilingualLayout {
    SIDE_BY_SIDE,
    CLAUSE_BY_CLAUSE
}
