package org.hetao.registry.docket;

/** Narrows an office's docket: a status, a rule, an office (each null: any). */
public record DocketFilter(DocketEntry.Status status, String rule, String office) {
    public static final DocketFilter ALL = new DocketFilter(null, null, null);

    boolean test(DocketEntry e) {
        return (status == null || e.status() == status)
                && (rule == null || rule.isBlank() || e.deadline().ruleId().equals(rule))
                && (office == null || office.isBlank() || e.deadline().office().equalsIgnoreCase(office));
    }
}
