package org.hetao.registry.institution;

/** Where an institution is established: its legal system decides default IP rules. */
public enum Jurisdiction {
    HK,
    MAINLAND,
    MACAO,
    OVERSEAS
}
