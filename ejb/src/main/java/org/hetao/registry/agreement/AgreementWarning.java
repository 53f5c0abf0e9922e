package org.hetao.registry.agreement;

import org.hetao.registry.common.LocalizedText;

/** A point the chosen options leave to default rules that differ between Hong Kong and the Mainland. */
public record AgreementWarning(String code, LocalizedText text) {
}
