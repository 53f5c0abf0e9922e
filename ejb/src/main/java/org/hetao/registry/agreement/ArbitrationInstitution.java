package org.hetao.registry.agreement;

/** The arbitral institution that administers disputes. */
public enum ArbitrationInstitution {
    /** Hong Kong International Arbitration Centre. */
    HKIAC,
    /** Shenzhen Court of International Arbitration. */
    SCIA
}
