package org.hetao.registry.agreement;

/** How the results are owned (after the Lambert toolkit's models). */
public enum OwnershipModel {
    /** The owners hold the results jointly in the stated shares. */
    JOINT_SHARES,
    /** One lead party owns the results and licenses the others. */
    LEAD_OWNS_AND_LICENSES,
    /** Each party owns what it creates; the parties grant each other licences. */
    EACH_OWNS_OWN_RESULTS_WITH_CROSS_LICENCES
}
