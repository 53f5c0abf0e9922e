package org.hetao.registry.api.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hetao.registry.common.DateBounds;
import org.hetao.registry.common.ErrorCode;
import org.hetao.registry.common.InvalidValueException.FieldError;

/**
 * Checks a parsed JSON value against the Java type a request binds it to, before JSON-B binds it, so
 * that nothing is coerced: whole numbers must be integral JSON numbers within the Java type's range,
 * text must be a JSON string, true/false a JSON boolean, an enum one of its names, a date an ISO-8601
 * date within {@link DateBounds}, objects and lists their shape, and every property a field of the
 * request (named as JSON-B names it, {@link JsonbProperty} included). Every fault of the body is
 * collected, each naming its field, the expected kind of value and what came instead.
 */
public final class JsonShape {
    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();
    private static final int MAX_SHOWN = 40;

    private final List<FieldError> errors = new ArrayList<>();

    private JsonShape() {}

    /** Every fault of {@code value} as a {@code type}; empty when it binds as it is. */
    public static List<FieldError> check(JsonValue value, Type type) {
        JsonShape shape = new JsonShape();
        shape.check(value, type, "body");
        return shape.errors;
    }

    private void check(JsonValue v, Type type, String path) {
        Class<?> c = raw(type);
        if (JsonValue.class.isAssignableFrom(c)) {
            if (!(c.isInstance(v) || v.getValueType() == JsonValue.ValueType.NULL)) {
                wrong(
                        path,
                        JsonObject.class.isAssignableFrom(c)
                                ? "object"
                                : JsonArray.class.isAssignableFrom(c) ? "array" : "value",
                        v,
                        JsonObject.class.isAssignableFrom(c) ? "an object {…}" : "a list […]");
            }
            return;
        }
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            if (c.isPrimitive()) {
                wrong(path, expected(c), v, describe(c));
            }
            return;
        }
        if (c == String.class || c == CharSequence.class) {
            expect(v instanceof JsonString, path, "string", v, "text in double quotes");
        } else if (c == boolean.class || c == Boolean.class) {
            expect(v == JsonValue.TRUE || v == JsonValue.FALSE, path, "boolean", v, "true or false");
        } else if (INTEGERS.containsKey(c)) {
            integer(v, c, path);
        } else if (c == BigDecimal.class
                || c == double.class
                || c == Double.class
                || c == float.class
                || c == Float.class
                || c == Number.class) {
            expect(v instanceof JsonNumber, path, "number", v, "a number");
        } else if (c.isEnum()) {
            enumValue(v, c, path);
        } else if (TEMPORALS.containsKey(c)) {
            temporal(v, c, path);
        } else if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            if (!(v instanceof JsonArray array)) {
                wrong(path, "array", v, "a list […]");
                return;
            }
            Type element = element(type);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(c)) {
            if (!(v instanceof JsonObject object)) {
                wrong(path, "object", v, "an object {…}");
                return;
            }
            Type valueType = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            object.forEach((k, item) -> check(item, valueType, StrictJsonParser.Paths.child(path, k)));
        } else if (v instanceof JsonString && c.isAnnotationPresent(TextForm.class)) {
            return;
        } else if (c.getName().startsWith("org.hetao.registry.")) {
            if (!(v instanceof JsonObject object)) {
                wrong(path, "object", v, "an object {…}");
                return;
            }
            Map<String, Type> properties = PROPERTIES.computeIfAbsent(c, JsonShape::properties);
            object.forEach((k, item) -> {
                String child = StrictJsonParser.Paths.child(path, k);
                Type t = properties.get(k);
                if (t == null) {
                    errors.add(new FieldError(
                            child,
                            ErrorCode.JSON_UNKNOWN_PROPERTY,
                            "is not a field of this request; its fields are " + String.join(", ", properties.keySet()),
                            Map.of("allowed", List.copyOf(properties.keySet()))));
                } else {
                    check(item, t, child);
                }
            });
        }
    }

    /** The smallest and largest value of each whole-number type. */
    private static final Map<Class<?>, long[]> INTEGERS = Map.ofEntries(
            Map.entry(byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}),
            Map.entry(Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE}),
            Map.entry(short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}),
            Map.entry(Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE}),
            Map.entry(int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}),
            Map.entry(Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE}),
            Map.entry(long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}),
            Map.entry(Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}),
            Map.entry(BigInteger.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}));

    private void integer(JsonValue v, Class<?> c, String path) {
        long[] range = INTEGERS.get(c);
        if (!(v instanceof JsonNumber n)) {
            wrong(path, "integer", v, "a whole number");
            return;
        }
        BigDecimal d = n.bigDecimalValue();
        boolean integral = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        if (!integral) {
            wrong(path, "integer", v, "a whole number");
            return;
        }
        // precision - scale is the count of digits before the point: no need to expand 1e999999999 to know it is too
        // large
        boolean inRange = d.signum() == 0
                || (d.precision() - d.scale() <= 19
                        && d.compareTo(BigDecimal.valueOf(range[0])) >= 0
                        && d.compareTo(BigDecimal.valueOf(range[1])) <= 0);
        if (!inRange) {
            errors.add(new FieldError(
                    path,
                    ErrorCode.JSON_TYPE,
                    "must be a whole number from " + range[0] + " to " + range[1] + "; got " + shown(v),
                    Map.of("expected", "integer", "min", range[0], "max", range[1])));
        }
    }

    private void enumValue(JsonValue v, Class<?> c, String path) {
        List<String> names = Arrays.stream(c.getEnumConstants())
                .map(e -> ((Enum<?>) e).name())
                .toList();
        if (!(v instanceof JsonString s) || !names.contains(s.getString())) {
            errors.add(new FieldError(
                    path,
                    ErrorCode.JSON_TYPE,
                    "must be one of " + String.join(", ", names) + "; got " + shown(v),
                    Map.of("expected", "enum", "allowed", names)));
        }
    }

    /** Each date type JSON-B reads by default, with the ISO-8601 form it reads it in. */
    private record Temporal(String expected, String form, DateTimeFormatter format, TemporalQuery<?> query) {}

    private static final Map<Class<?>, Temporal> TEMPORALS = Map.of(
            LocalDate.class,
                    new Temporal(
                            "date", "a date in the form YYYY-MM-DD", DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from),
            LocalDateTime.class,
                    new Temporal(
                            "date-time",
                            "a date-time in the form YYYY-MM-DDThh:mm:ss",
                            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                            LocalDateTime::from),
            OffsetDateTime.class,
                    new Temporal(
                            "date-time",
                            "a date-time with offset, e.g. 2026-11-22T08:00:00+08:00",
                            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                            OffsetDateTime::from),
            ZonedDateTime.class,
                    new Temporal(
                            "date-time",
                            "a date-time with offset, e.g. 2026-11-22T08:00:00+08:00",
                            DateTimeFormatter.ISO_ZONED_DATE_TIME,
                            ZonedDateTime::from),
            Instant.class,
                    new Temporal(
                            "date-time",
                            "a UTC date-time, e.g. 2026-11-22T00:00:00Z",
                            DateTimeFormatter.ISO_INSTANT,
                            Instant::from));

    private void temporal(JsonValue v, Class<?> c, String path) {
        Temporal t = TEMPORALS.get(c);
        if (!(v instanceof JsonString s)) {
            wrong(path, t.expected(), v, t.form());
            return;
        }
        TemporalAccessor value;
        try {
            value = (TemporalAccessor) t.format().parse(s.getString(), t.query());
        } catch (DateTimeParseException e) {
            wrong(path, t.expected(), v, t.form());
            return;
        }
        if (!DateBounds.contains(value)) {
            errors.add(new FieldError(
                    path,
                    ErrorCode.DATE_RANGE,
                    DateBounds.rule() + "; got " + shown(v),
                    Map.of("min", DateBounds.MIN.toString(), "max", DateBounds.MAX.toString())));
        }
    }

    private void expect(boolean ok, String path, String expected, JsonValue v, String words) {
        if (!ok) {
            wrong(path, expected, v, words);
        }
    }

    private void wrong(String path, String expected, JsonValue v, String words) {
        errors.add(new FieldError(
                path, ErrorCode.JSON_TYPE, "must be " + words + "; got " + shown(v), Map.of("expected", expected)));
    }

    /** What came instead, in plain words, with a short value. */
    static String shown(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> "text " + cut(v.toString());
            case NUMBER -> "the number " + cut(v.toString());
            case TRUE, FALSE -> v.toString();
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
        };
    }

    private static String cut(String s) {
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
    }

    private static String expected(Class<?> c) {
        if (c == boolean.class) {
            return "boolean";
        }
        return INTEGERS.containsKey(c) ? "integer" : "number";
    }

    private static String describe(Class<?> c) {
        if (c == boolean.class) {
            return "true or false";
        }
        return INTEGERS.containsKey(c) ? "a whole number" : "a number";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0)
                    .getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static Type element(Type type) {
        if (type instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        return Object.class;
    }

    /** The JSON names of a request type's properties and their types, as JSON-B binds them. */
    static Map<String, Type> properties(Class<?> c) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                if (!transientProperty(rc.getAccessor(), field(c, rc.getName()))) {
                    properties.put(name(rc.getName(), rc.getAccessor(), field(c, rc.getName())), rc.getGenericType());
                }
            }
            return properties;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() || transientProperty(f)) {
                    continue;
                }
                properties.putIfAbsent(name(f.getName(), f), f.getGenericType());
            }
        }
        return properties;
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean transientProperty(AnnotatedElement... elements) {
        return Arrays.stream(elements).anyMatch(e -> e != null && e.isAnnotationPresent(JsonbTransient.class));
    }

    private static String name(String javaName, AnnotatedElement... elements) {
        for (AnnotatedElement e : elements) {
            JsonbProperty p = e == null ? null : e.getAnnotation(JsonbProperty.class);
            if (p != null && !p.value().isEmpty()) {
                return p.value();
            }
        }
        return javaName;
    }
}
