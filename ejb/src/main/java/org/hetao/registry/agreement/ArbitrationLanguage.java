package org.hetao.registry.agreement;

/** The language of the arbitral proceedings. */
public enum ArbitrationLanguage {
    ENGLISH,
    CHINESE,
    ENGLISH_AND_CHINESE
}
