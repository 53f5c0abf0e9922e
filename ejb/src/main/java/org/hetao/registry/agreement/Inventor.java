package org.hetao.registry.agreement;

import org.hetao.registry.common.Checks;

/**
 * An inventor as the agreement states it: name, the party they work for, their contribution in basis
 * points, and where the contribution was made ({@code null} if not given). Drawn when the agreement is
 * drafted from the registry's person, institution and inventor share records, and frozen with it.
 */
public record Inventor(String name, String party, int contributionBasisPoints, ContributionPlace place) {

    public Inventor {
        name = Checks.requireText("inventor.name", name, 200);
        party = Checks.requireText("inventor.party", party, 40);
    }
}
