package org.hetao.registry.transfer.imports;

import java.util.List;

/**
 * The outcome of validating a file: a step per valid row, an error per bad cell or row, what the
 * steps would do, where the names the rows give their records are recorded, and the rows refused
 * because another project holds their code (each is audited).
 */
public record ImportPlan(
        List<ImportStep> steps,
        List<RowError> errors,
        ImportCounts counts,
        int rows,
        RefScopes scopes,
        List<TakenCode> takenCodes) {
    public boolean valid() {
        return errors.isEmpty();
    }
}
