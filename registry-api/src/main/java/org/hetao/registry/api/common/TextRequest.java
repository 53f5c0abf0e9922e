package org.hetao.registry.api.common;

import jakarta.validation.constraints.Size;

/** A text in English, Traditional and Simplified Chinese, as sent by a client. */
public record TextRequest(@Size(max = 10000) String en, @Size(max = 10000) String zhHant, @Size(max = 10000) String zhHans) {
}
