package org.hetao.registry.imports;

import java.util.List;

/** The outcome of validating a file: a step per valid row, an error per bad cell or row, and what the steps would do. */
public record ImportPlan(List<ImportStep> steps, List<RowError> errors, ImportCounts counts, int rows) {
    public boolean valid() {
        return errors.isEmpty();
    }
}
