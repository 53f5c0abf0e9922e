package org.hetao.registry.api.common;

import jakarta.validation.constraints.Size;
import org.hetao.registry.common.LocalizedText;

/** A text in English, Traditional and Simplified Chinese, as sent by a client. */
public record TextRequest(
        @Size(max = 10000) String en,
        @Size(max = 10000) String zhHant,
        @Size(max = 10000) String zhHans) {
    public LocalizedText toText() {
        return new LocalizedText(en, zhHant, zhHans);
    }

    /** The text of a request field that may be absent. */
    public static LocalizedText text(TextRequest t) {
        return t == null ? null : t.toText();
    }
}
