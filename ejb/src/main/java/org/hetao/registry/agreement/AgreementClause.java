package org.hetao.registry.agreement;

import org.hetao.registry.common.LocalizedText;

/** One numbered paragraph of an agreement: the framework key it comes from and its text, filled in, in each script. */
public record AgreementClause(String key, LocalizedText text) {}
