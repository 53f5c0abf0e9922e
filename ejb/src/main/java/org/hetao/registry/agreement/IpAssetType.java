package org.hetao.registry.agreement;

/** The kind of result an agreement covers. */
public enum IpAssetType {
    PATENT,
    PATENT_APPLICATION,
    SOFTWARE,
    DATA_SET,
    DESIGN,
    KNOW_HOW,
    BIOLOGICAL_MATERIAL,
    TRADEMARK
}
