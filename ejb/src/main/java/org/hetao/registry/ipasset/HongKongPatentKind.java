package org.hetao.registry.ipasset;

/** The kind of a Hong Kong application (Patents Ordinance, Cap. 514): what its deadlines follow from. */
public enum HongKongPatentKind {
    /** Standard patent (R): re-registration of a designated CN, EP or GB patent (Part 2 of Cap. 514). */
    STANDARD_R,
    /** Standard patent (O): original grant after substantive examination in Hong Kong (Part 3). */
    STANDARD_O,
    /** Short-term patent: at most 8 years, renewed once after the 4th year (Part 15, s.126). */
    SHORT_TERM
}
