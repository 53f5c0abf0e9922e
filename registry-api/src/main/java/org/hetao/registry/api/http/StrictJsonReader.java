package org.hetao.registry.api.http;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Reads every JSON request body of the API strictly: {@link StrictJsonParser} reads exactly one JSON
 * value (UTF-8, no duplicate keys, no trailing content, no unpaired surrogates), {@link JsonShape}
 * checks it against the request type with no coercion and every fault reported at once, and only then
 * does JSON-B ({@link StrictJsonb}) bind it, so the records and their JSON-B annotations stay the one
 * description of each request.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {
    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type) || type.getName().startsWith("org.hetao.registry.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonValue value = StrictJsonParser.parse(body.readAllBytes());
        if (value == null) {
            return null;
        }
        List<FieldError> faults = JsonShape.check(value, genericType == null ? type : genericType);
        if (!faults.isEmpty()) {
            throw new UnreadableBodyException(faults);
        }
        if (JsonValue.class.isAssignableFrom(type)) {
            return value;
        }
        return StrictJsonb.JSONB.fromJson(value.toString(), genericType == null ? type : genericType);
    }

}
