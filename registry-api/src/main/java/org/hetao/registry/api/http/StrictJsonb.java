package org.hetao.registry.api.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for the API: nulls are left out of responses; request bodies are checked by
 * {@link StrictJsonReader} before JSON-B binds them (unknown properties stay an error here too, should a
 * body ever reach JSON-B another way).
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {
    /** Shared: a Jsonb is thread-safe and costly to build. Request bodies reach it through {@link StrictJsonReader}. */
    static final Jsonb JSONB = JsonbBuilder.create(
            new JsonbConfig().withNullValues(false).setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
