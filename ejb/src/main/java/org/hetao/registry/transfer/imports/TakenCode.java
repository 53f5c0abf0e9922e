package org.hetao.registry.transfer.imports;

/** A row refused because another project holds its code; {@code readable}: whether the importer may read that project. */
public record TakenCode(int row, String code, long projectId, boolean readable) {
    /** The audit detail of the refusal: it names the project, for administrators' eyes only. */
    public String detail(long jobId) {
        return "import job " + jobId + ", row " + row + ": the project code " + code
                + " is already used by this project, which the importer " + (readable ? "may" : "may not") + " read";
    }
}
