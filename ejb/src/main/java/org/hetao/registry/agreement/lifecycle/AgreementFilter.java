package org.hetao.registry.agreement.lifecycle;

import org.hetao.registry.agreement.AgreementStatus;

/** Filters of the agreement list; null means "any". */
public record AgreementFilter(Long ipAssetId, AgreementStatus status, Boolean outOfDate) {}
