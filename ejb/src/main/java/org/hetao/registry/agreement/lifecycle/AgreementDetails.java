package org.hetao.registry.agreement.lifecycle;

import java.util.List;
import org.hetao.registry.agreement.AgreementOptions;
import org.hetao.registry.agreement.AgreementWarning;

/**
 * An agreement revision with what it says read back: its content, its options, the warnings they
 * give, and the other live revisions (drafts, issued, signed) about the same asset.
 */
public record AgreementDetails(
        Agreement agreement,
        AgreementContent content,
        AgreementOptions options,
        List<AgreementWarning> warnings,
        List<Agreement> others) {

    public List<String> warningCodes() {
        return warnings.stream().map(AgreementWarning::code).toList();
    }
}
