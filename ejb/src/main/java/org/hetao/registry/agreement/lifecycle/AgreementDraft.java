package org.hetao.registry.agreement.lifecycle;

import java.util.List;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.BackgroundIp;

/**
 * A legal team's request for a new agreement about an IP asset: the options chosen within the IP
 * framework, a signatory for each party and the parties' Background IP. Parties are named by their
 * codes, the short names of their institutions.
 */
public record AgreementDraft(
        long ipAssetId, AgreementOptions options, List<Signatory> signatories, List<BackgroundIp> backgroundIp) {}
