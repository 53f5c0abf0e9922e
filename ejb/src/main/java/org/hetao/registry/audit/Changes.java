package org.hetao.registry.audit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields that differ between two versions of a record's details, as JSON:
 * {@code {"shortName": {"before": "HKUST", "after": "HKUST-GZ"}}}. Either side may be null (a
 * creation or a deletion). Fields named in {@code hidden} (secrets) are reported as changed without values.
 */
public final class Changes {
    /** Looked up once: each {@code Json.create…} call would search the class path for a provider again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private Changes() {}

    public static String between(Record before, Record after, Set<String> hidden) {
        Record shape = before != null ? before : after;
        if (shape == null) {
            return null;
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (RecordComponent c : shape.getClass().getRecordComponents()) {
            Object b = before == null ? null : read(c, before);
            Object a = after == null ? null : read(c, after);
            if (!Objects.equals(b, a)) {
                if (hidden.contains(c.getName())) {
                    out.add(c.getName(), JSON.createObjectBuilder().add("changed", true));
                } else {
                    out.add(
                            c.getName(),
                            JSON.createObjectBuilder().add("before", json(b)).add("after", json(a)));
                }
            }
        }
        JsonObject o = out.build();
        return o.isEmpty() ? null : o.toString();
    }

    public static String between(Record before, Record after) {
        return between(before, after, Set.of());
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    static JsonValue json(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return JSON.createValue(((Number) v).longValue());
        }
        if (v instanceof BigDecimal d) {
            return JSON.createValue(d);
        }
        if (v instanceof Record r) {
            JsonObjectBuilder o = JSON.createObjectBuilder();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                o.add(c.getName(), json(read(c, r)));
            }
            return o.build();
        }
        if (v instanceof Collection<?> list) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            list.forEach(i -> a.add(json(i)));
            return a.build();
        }
        if (v instanceof Map<?, ?> map) {
            JsonObjectBuilder o = JSON.createObjectBuilder();
            map.forEach((k, val) -> o.add(String.valueOf(k), json(val)));
            return o.build();
        }
        return JSON.createValue(v.toString());
    }
}
