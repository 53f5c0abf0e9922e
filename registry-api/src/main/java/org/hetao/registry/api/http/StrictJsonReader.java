package org.hetao.registry.api.http;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Reads every JSON request body of the API strictly: {@link StrictJsonParser} reads exactly one JSON
 * value (UTF-8, no duplicate keys, no trailing content, no unpaired surrogates), {@link JsonShape}
 * checks it against the request type with no coercion and every fault reported at once, and only then
 * does JSON-B ({@link StrictJsonb}) bind it, so the records and their JSON-B annotations stay the one
 * description of each request. It intercepts the reading of the body rather than competing with the
 * platform's JSON-B reader, so no ordering of readers can pass a body around it.
 */
@Provider
public class StrictJsonReader implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !isRequest(context.getType())) {
            return context.proceed();
        }
        return read(context.getType(), context.getGenericType(), context.getInputStream());
    }

    /** The body as the type, or an {@link UnreadableBodyException} with every fault; null for an empty body. */
    static Object read(Class<?> type, Type genericType, InputStream body) throws IOException {
        JsonValue value = StrictJsonParser.parse(body.readAllBytes());
        if (value == null) {
            return null;
        }
        Type target = genericType == null ? type : genericType;
        List<FieldError> faults = JsonShape.check(value, target);
        if (!faults.isEmpty()) {
            throw new UnreadableBodyException(faults);
        }
        if (JsonValue.class.isAssignableFrom(type)) {
            return value;
        }
        return StrictJsonb.JSONB.fromJson(value.toString(), target);
    }

    static boolean isJson(MediaType mediaType) {
        return mediaType != null
                && ("json".equalsIgnoreCase(mediaType.getSubtype())
                        || mediaType
                                .getSubtype()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith("+json"));
    }

    /** The request types of the API (records of its own) and parsed JSON; not files, text or forms. */
    static boolean isRequest(Class<?> type) {
        return JsonValue.class.isAssignableFrom(type) || type.getName().startsWith("org.hetao.registry.");
    }
}
