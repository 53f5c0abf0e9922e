package org.hetao.registry.agreement;

import org.hetao.registry.common.Checks;

/**
 * An inventor: name, the party they work for, their contribution in basis points, and where the
 * contribution was made ({@code null} if not given).
 */
public record Inventor(String name, String party, int contributionBasisPoints, ContributionPlace place) {

    public Inventor {
        name = Checks.requireText("inventor.name", name, 200);
        party = Checks.requireText("inventor.party", party, 40);
    }
}
