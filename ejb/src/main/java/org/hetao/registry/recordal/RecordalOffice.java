package org.hetao.registry.recordal;

/** The offices with which the registry's offices record transactions: a controlled list. */
public enum RecordalOffice {
    /** China National Intellectual Property Administration. */
    CNIPA,
    /** Intellectual Property Department of the Hong Kong SAR Government. */
    HK_IPD,
    /** Macao's Economic and Technological Development Bureau (intellectual property). */
    MO_DSEDT,
    /** United States Patent and Trademark Office (Assignment Recordation Branch). */
    USPTO,
    /** European Patent Office (register of European patent applications). */
    EPO,
    /** World Intellectual Property Organization (PCT: changes recorded by the International Bureau). */
    WIPO,
    /** Japan Patent Office. */
    JPO,
    /** United Kingdom Intellectual Property Office. */
    UKIPO
}
