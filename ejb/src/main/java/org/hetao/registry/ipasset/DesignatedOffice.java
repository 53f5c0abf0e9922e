package org.hetao.registry.ipasset;

/** The patent offices whose patents a Hong Kong standard patent (R) may be based on (Cap. 514 s.2, Schedule). */
public enum DesignatedOffice {
    /** China National Intellectual Property Administration. */
    CN,
    /** European Patent Office, for a European patent designating the United Kingdom. */
    EP,
    /** United Kingdom Intellectual Property Office. */
    GB
}
