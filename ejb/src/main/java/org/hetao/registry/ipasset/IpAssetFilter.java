package org.hetao.registry.ipasset;

import org.hetao.registry.common.Confidentiality;

/** Filters of the IP asset list; null means "any". ownerInstitutionId: assets that institution owns a share of today. */
public record IpAssetFilter(
        String text,
        Long projectId,
        AssetType type,
        Licensing licensing,
        Integer minReadinessLevel,
        Confidentiality confidentiality,
        String applicationNumber,
        Long ownerInstitutionId) {}
