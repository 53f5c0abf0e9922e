package org.hetao.registry.agreement.lifecycle;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyOrderStrategy;
import org.hetao.registry.agreement.AgreementOptions;

/**
 * Stores an agreement's options and content as JSON, with properties in a fixed (lexicographical)
 * order, and reads them back into the same records.
 */
final class AgreementJson {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL)
            .withNullValues(false));

    private AgreementJson() {}

    static String write(AgreementOptions options) {
        return JSONB.toJson(options);
    }

    static String write(AgreementContent content) {
        return JSONB.toJson(content);
    }

    static AgreementOptions options(String json) {
        return read(json, AgreementOptions.class);
    }

    static AgreementContent content(String json) {
        return read(json, AgreementContent.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSONB.fromJson(json, type);
        } catch (JsonbException e) {
            throw new IllegalStateException(
                    "A stored agreement's " + type.getSimpleName() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
