package org.hetao.registry.agreement;

import java.util.List;
import org.hetao.registry.common.LocalizedText;

/** One numbered section of an agreement (e.g. "Publication") with the paragraphs the options call for. */
public record AgreementSection(String key, LocalizedText heading, List<AgreementClause> clauses) {

    public AgreementSection {
        clauses = List.copyOf(clauses);
    }

    public boolean has(String clauseKey) {
        return clauses.stream().anyMatch(c -> c.key().equals(clauseKey));
    }
}
