package org.hetao.registry.capital;

/** The currencies of the zone's funding: Hong Kong dollars and renminbi (ISO 4217). */
public enum GrantCurrency {
    HKD,
    CNY
}
