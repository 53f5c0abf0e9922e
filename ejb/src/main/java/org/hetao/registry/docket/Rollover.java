package org.hetao.registry.docket;

/** Whether a deadline that falls on a day the office is closed moves to the next day. */
public enum Rollover {
    /** It never moves: the date is the last day whatever the day of the week. */
    NONE,
    /**
     * A Hong Kong deadline on a Sunday or a general holiday (Cap. 149) moves to the next day that is
     * neither (Cap. 1 s.71). A Saturday does not move it.
     */
    HK_GENERAL_HOLIDAY
}
