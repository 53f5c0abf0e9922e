package org.hetao.registry.api.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.hetao.registry.common.InvalidValueException;

/**
 * Whole-number and true/false query and header parameters declared with a Java type (for example
 * {@code @QueryParam("page") int page}) read by {@link Params}: a malformed or out-of-range value is a
 * 400 naming the parameter, where JAX-RS alone answers 404 for a query parameter. Path parameters are
 * left to JAX-RS: a malformed id names no record, and answers 404 as an id that does not exist.
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
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, v -> (int) Params.whole(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, v -> Params.whole(name, v, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, v -> Params.booleanValue(name, v));
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

    private record Converter<T>(String name, java.util.function.Function<String, T> read) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                throw new IllegalArgumentException("no value");
            }
            if (value.isBlank()) {
                throw new InvalidParameterException(Params.invalid(name, "param.integer", "must not be blank", java.util.Map.of()));
            }
            try {
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
