package org.hetao.registry.api.http;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the Bean Validation constraints of a request class say about its JSON, read from the class
 * itself, so that the OpenAPI document states exactly what the server enforces: {@code @NotNull},
 * {@code @NotBlank} and {@code @NotEmpty} make a property required, {@code @Size} limits the length
 * of a text or the count of a list, {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative} and
 * {@code @NegativeOrZero} bound a number, {@code @Pattern} constrains a text (anchored, as Bean
 * Validation matches the whole value) and {@code @Email} marks an e-mail address. A property whose
 * value (or whose list's elements) is {@code @Valid} names the class to read in turn. Properties are
 * named as JSON-B writes them ({@code @JsonbProperty}).
 */
public final class RequestConstraints {
    private static final List<Class<? extends Annotation>> NOT_BODY = List.of(
            PathParam.class,
            QueryParam.class,
            HeaderParam.class,
            CookieParam.class,
            MatrixParam.class,
            FormParam.class,
            BeanParam.class,
            Context.class);

    private RequestConstraints() {}

    /** The constraints of one property (or of a list's elements: {@link #items}); null where there is none. */
    public static final class Property {
        boolean required;
        Integer minLength;
        Integer maxLength;
        Integer minItems;
        Integer maxItems;
        BigDecimal minimum;
        boolean exclusiveMinimum;
        BigDecimal maximum;
        boolean exclusiveMaximum;
        String pattern;
        String format;
        Class<?> nested;
        Property items;

        public boolean required() {
            return required;
        }

        public Integer minLength() {
            return minLength;
        }

        public Integer maxLength() {
            return maxLength;
        }

        public Integer minItems() {
            return minItems;
        }

        public Integer maxItems() {
            return maxItems;
        }

        public BigDecimal minimum() {
            return minimum;
        }

        public boolean exclusiveMinimum() {
            return exclusiveMinimum;
        }

        public BigDecimal maximum() {
            return maximum;
        }

        public boolean exclusiveMaximum() {
            return exclusiveMaximum;
        }

        public String pattern() {
            return pattern;
        }

        public String format() {
            return format;
        }

        /** The request class of the value (or of each element of the list) whose constraints apply as well ({@code @Valid}). */
        public Class<?> nested() {
            return nested;
        }

        /** The constraints of each element of a list, or null. */
        public Property items() {
            return items;
        }

        private boolean isEmpty() {
            return !required
                    && minLength == null
                    && maxLength == null
                    && minItems == null
                    && maxItems == null
                    && minimum == null
                    && maximum == null
                    && pattern == null
                    && format == null
                    && nested == null
                    && items == null;
        }
    }

    /** The constrained properties of a request class by their JSON names, in declaration order. */
    public static Map<String, Property> of(Class<?> type) {
        Map<String, Property> properties = new LinkedHashMap<>();
        for (Field field : fields(type)) {
            if (field.isAnnotationPresent(JsonbTransient.class)) {
                continue;
            }
            JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getName();
            List<Annotation> annotations = new ArrayList<>(List.of(field.getAnnotations()));
            annotations.addAll(List.of(field.getAnnotatedType().getAnnotations()));
            Property p = property(field.getType(), annotations);
            if (field.getAnnotatedType() instanceof AnnotatedParameterizedType list
                    && Collection.class.isAssignableFrom(field.getType())
                    && list.getAnnotatedActualTypeArguments().length == 1) {
                AnnotatedType element = list.getAnnotatedActualTypeArguments()[0];
                if (element.getType() instanceof Class<?> elementType) {
                    Property items = property(elementType, List.of(element.getAnnotations()));
                    if (field.isAnnotationPresent(Valid.class) && isRequestClass(elementType)) {
                        items.nested = elementType; // @Valid on a list cascades to its elements
                    }
                    items.required = false; // an element is not a property
                    p.items = items.isEmpty() ? null : items;
                }
            }
            if (!p.isEmpty()) {
                properties.put(name, p);
            }
        }
        return properties;
    }

    /** The parameter of a resource method that is its request body, if it has one. */
    public static Optional<Parameter> body(Method method) {
        return Stream.of(method.getParameters())
                .filter(p -> NOT_BODY.stream().noneMatch(p::isAnnotationPresent))
                .findFirst();
    }

    /** Whether a resource method refuses a request without a body ({@code @NotNull} on the body). */
    public static boolean bodyRequired(Method method) {
        return body(method).map(p -> p.isAnnotationPresent(NotNull.class)).orElse(false);
    }

    /**
     * The resource methods by their {@code @Operation(operationId)}, of the resource classes
     * ({@code @Path}) found beside the given class (in its jar or its directory of classes, under its
     * top-level package).
     */
    public static Map<String, Method> operations(Class<?> beside, String packagePrefix) {
        Map<String, Method> operations = new LinkedHashMap<>();
        for (Class<?> resource : resourceClasses(beside, packagePrefix)) {
            for (Method m : resource.getMethods()) {
                Operation op = m.getAnnotation(Operation.class);
                if (op != null && !op.operationId().isEmpty()) {
                    operations.putIfAbsent(op.operationId(), m);
                }
            }
        }
        return operations;
    }

    private static List<Class<?>> resourceClasses(Class<?> beside, String packagePrefix) {
        String prefix = packagePrefix.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try {
            URL location = beside.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path root = java.nio.file.Path.of(location.toURI());
            if (Files.isDirectory(root)) {
                try (Stream<java.nio.file.Path> files = Files.walk(root.resolve(prefix))) {
                    files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                            .forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        names.add(e.nextElement().getName());
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot list the resource classes beside " + beside.getName(), e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (!name.startsWith(prefix) || !name.endsWith(".class") || name.contains("$")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(
                        name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false,
                        beside.getClassLoader());
                if (c.isAnnotationPresent(Path.class) && !c.isInterface()) {
                    classes.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot be loaded here is no resource of the application
            }
        }
        return classes;
    }

    private static List<Field> fields(Class<?> type) {
        if (type.isRecord()) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    fields.add(type.getDeclaredField(c.getName()));
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
            }
            return fields;
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static Property property(Class<?> type, List<Annotation> annotations) {
        Property p = new Property();
        boolean text = CharSequence.class.isAssignableFrom(type);
        boolean list = Collection.class.isAssignableFrom(type) || type.isArray();
        boolean number = Number.class.isAssignableFrom(type)
                || (type.isPrimitive() && type != boolean.class && type != char.class);
        for (Annotation a : annotations) {
            if (a instanceof NotNull) {
                p.required = true;
            } else if (a instanceof NotBlank) {
                p.required = true;
                p.minLength = atLeast(p.minLength, 1);
            } else if (a instanceof NotEmpty) {
                p.required = true;
                if (text) {
                    p.minLength = atLeast(p.minLength, 1);
                } else if (list) {
                    p.minItems = atLeast(p.minItems, 1);
                }
            } else if (a instanceof Size size) {
                Integer min = size.min() > 0 ? size.min() : null;
                Integer max = size.max() < Integer.MAX_VALUE ? size.max() : null;
                if (text) {
                    p.minLength = atLeast(p.minLength, min);
                    p.maxLength = max;
                } else if (list) {
                    p.minItems = atLeast(p.minItems, min);
                    p.maxItems = max;
                }
            } else if (number && a instanceof Min min) {
                lower(p, BigDecimal.valueOf(min.value()), false);
            } else if (number && a instanceof Max max) {
                upper(p, BigDecimal.valueOf(max.value()), false);
            } else if (number && a instanceof DecimalMin min) {
                lower(p, new BigDecimal(min.value()), !min.inclusive());
            } else if (number && a instanceof DecimalMax max) {
                upper(p, new BigDecimal(max.value()), !max.inclusive());
            } else if (number && a instanceof Positive) {
                lower(p, BigDecimal.ZERO, true);
            } else if (number && a instanceof PositiveOrZero) {
                lower(p, BigDecimal.ZERO, false);
            } else if (number && a instanceof Negative) {
                upper(p, BigDecimal.ZERO, true);
            } else if (number && a instanceof NegativeOrZero) {
                upper(p, BigDecimal.ZERO, false);
            } else if (text && a instanceof Pattern pattern && pattern.flags().length == 0) {
                p.pattern = anchored(pattern.regexp());
            } else if (text && a instanceof Email email && email.flags().length == 0) {
                p.format = "email";
                if (!email.regexp().equals(".*")) {
                    p.pattern = anchored(email.regexp());
                }
            } else if (a instanceof Valid && isRequestClass(type)) {
                p.nested = type;
            }
        }
        return p;
    }

    private static Integer atLeast(Integer current, Integer limit) {
        if (limit == null) {
            return current;
        }
        return current == null || limit > current ? limit : current;
    }

    private static void lower(Property p, BigDecimal limit, boolean exclusive) {
        if (p.minimum == null || limit.compareTo(p.minimum) > 0 || (limit.compareTo(p.minimum) == 0 && exclusive)) {
            p.minimum = limit;
            p.exclusiveMinimum = exclusive;
        }
    }

    private static void upper(Property p, BigDecimal limit, boolean exclusive) {
        if (p.maximum == null || limit.compareTo(p.maximum) < 0 || (limit.compareTo(p.maximum) == 0 && exclusive)) {
            p.maximum = limit;
            p.exclusiveMaximum = exclusive;
        }
    }

    /** Bean Validation matches the whole value; a JSON Schema pattern matches anywhere unless anchored. */
    static String anchored(String regexp) {
        return "^(?:" + regexp + ")$";
    }

    private static boolean isRequestClass(Class<?> type) {
        return !type.isPrimitive()
                && !type.isEnum()
                && !type.isArray()
                && type.getPackageName().startsWith("org.hetao.");
    }
}
