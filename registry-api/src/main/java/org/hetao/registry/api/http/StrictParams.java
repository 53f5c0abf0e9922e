package org.hetao.registry.api.http;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException;

/**
 * Whole-number and true/false query and header parameters declared with a Java type (for example
 * {@code @QueryParam("page") int page}) read by {@link Params}: a malformed or out-of-range value is a
 * 400 naming the parameter, where JAX-RS alone answers 404 for a query parameter. Path parameters are
 * left to JAX-RS: a malformed id names no record, and answers 404 as an id that does not exist.
 * An empty value ({@code ?page=}) is the declared default, as an absent one is.
 */
@Provider
public class StrictParams implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        String fallback = fallback(annotations);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, ErrorCode.PARAM_INTEGER, fallback, v ->
                    (int) Params.whole(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(
                    name,
                    ErrorCode.PARAM_INTEGER,
                    fallback,
                    v -> Params.whole(name, v, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>)
                    new Converter<>(name, ErrorCode.PARAM_BOOLEAN, fallback, v -> Params.booleanValue(name, v));
        }
        return null;
    }

    /** The parameter's declared default, which an empty value stands for (as an absent one does). */
    private static String fallback(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof DefaultValue d) {
                    return d.value();
                }
            }
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private record Converter<T>(
            String name, ErrorCode code, String fallback, java.util.function.Function<String, T> read)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            try {
                if (value.isBlank()) {
                    if (fallback == null) {
                        throw Params.invalid(name, code, "must not be empty", java.util.Map.of());
                    }
                    return read.apply(fallback);
                }
                return read.apply(value);
            } catch (InvalidValueException e) {
                throw new InvalidParameterException(e);
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
