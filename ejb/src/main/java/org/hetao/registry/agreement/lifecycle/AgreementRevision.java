package org.hetao.registry.agreement.lifecycle;

import java.util.List;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.BackgroundIp;

/**
 * What changes in the revision that supersedes an issued agreement; each part left null is taken
 * over from the revision it replaces (signatories party by party).
 */
public record AgreementRevision(
        AgreementOptions options, List<Signatory> signatories, List<BackgroundIp> backgroundIp) {
    public static final AgreementRevision SAME = new AgreementRevision(null, null, null);
}
