package org.hetao.registry.agreement.lifecycle;

import java.time.Instant;
import java.util.List;
import org.hetao.registry.agreement.AgreementLanguage;

/**
 * What a new agreement revision is made of: the asset, the ownership and framework versions it is
 * drafted from, its options and content as JSON, its parties, and who drafted it when.
 */
public record DraftedRevision(
        long ipAssetId,
        int ownershipVersionNo,
        int frameworkVersion,
        AgreementLanguage language,
        String optionsJson,
        String contentJson,
        List<AgreementParty> parties,
        String createdBy,
        Instant createdAt) {}
