package org.hetao.registry.api.common;

import org.hetao.registry.common.LocalizedText;

/** A text in English, Traditional and Simplified Chinese. */
public record TextView(String en, String zhHant, String zhHans) {
    public static TextView of(LocalizedText t) {
        return new TextView(t.en(), t.zhHant(), t.zhHans());
    }
}
