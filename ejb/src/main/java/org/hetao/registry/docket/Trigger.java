package org.hetao.registry.docket;

/** The date a rule counts from, and which filings of a family it applies to. */
public enum Trigger {
    /** The family's earliest priority: the earliest priority claimed, or the earliest filing date. Once per family. */
    EARLIEST_PRIORITY,
    /** Each PCT application's priority date (its earliest priority claim, else its filing date), once per office. */
    PCT_PRIORITY,
    /** A Hong Kong standard patent (R): the publication of its designated patent application. */
    DESIGNATED_PUBLICATION,
    /** A Hong Kong standard patent (R): the later of the designated patent's grant and the publication of the request to record. */
    LATER_OF_DESIGNATED_GRANT_AND_RECORD_PUBLICATION,
    /** A Hong Kong short-term patent: its filing date (or, when granted after the renewal date, its grant date). */
    SHORT_TERM_RENEWAL,
    /** A granted Chinese patent: each anniversary of its filing date after the grant, until the end of its term. */
    CN_ANNUAL_FEE
}
