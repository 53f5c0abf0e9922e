package org.hetao.registry.ipasset;

public enum AssetType {
    PATENT,
    PATENT_APPLICATION,
    SOFTWARE,
    DATA_SET,
    DESIGN,
    KNOW_HOW,
    BIOLOGICAL_MATERIAL,
    TRADEMARK
}
