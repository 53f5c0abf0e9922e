package org.hetao.registry.api.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.hetao.registry.lucene.DocType;
import org.hetao.registry.lucene.Facet;

/**
 * What every operation of the API has in common, added to the OpenAPI document at {@code /openapi}
 * (registered as {@code mp.openapi.filter}), so that each resource documents only what is its own
 * (its operationId, success status and schema, parameters):
 * <ul>
 *   <li>the error answers, each an RFC 9457 {@code Problem} ({@code application/problem+json}), as
 *       the exception mappers give them: 400 for an operation that reads a body or parameters, 401 and
 *       403 for one that needs a token, 404 for one addressed by an id, 409 for a write, 412 and 428
 *       for one that takes {@code If-Match}, 413 and 415 for one that reads a body, 429 for a public
 *       operation and sign-in (limited per address or username), 500 (with an {@code incidentId}) and
 *       503 (with {@code Retry-After}) for all;</li>
 *   <li>a page of a list: an operation with {@code page} and {@code size} whose success schema is an
 *       array of {@code X} answers an {@code XPage} ({@code items}, {@code total}, {@code page},
 *       {@code size});</li>
 *   <li>the Bean Validation constraints of the request bodies ({@code required}, lengths, counts,
 *       ranges, patterns, e-mail formats), read from the request classes ({@link RequestConstraints});</li>
 *   <li>{@code security: [{}]} (no requirement) on the operations that need no token (marked {@code x-public});</li>
 *   <li>each tag once and no top-level {@code endpoints} map (both added by Payara Micro's scanner);</li>
 *   <li>no {@code default} response where a status is documented, no {@code Accept} or
 *       {@code Content-Type} header parameters (HTTP's own headers), ids as 64-bit integers, server
 *       URLs without a trailing slash.</li>
 * </ul>
 */
public class ApiContract implements OASFilter {
    /** The name of the shared error schema. */
    public static final String PROBLEM = "Problem";
    /** Marks an operation that needs no bearer token ({@code @Extension} on its method); replaced by no security requirement. */
    public static final String PUBLIC = "x-public";
    /** Marks an operation that takes a search's record types and facet filters as query parameters. */
    public static final String SEARCH_FILTERS = "x-search-filters";
    /** The name of the schema of a free-form JSON document (a framework, an import's report). */
    public static final String JSON_DOCUMENT = "JsonDocument";

    private static final String PAGE_SUFFIX = "Page";
    /** The package of the resource classes whose operations' request bodies are documented with their constraints. */
    private static final String RESOURCES = "org.hetao.registry.api";

    private static final Set<String> HTTP_HEADERS = Set.of("accept", "content-type", "content-length");

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "The request is malformed or has invalid values (`errors` names each field)");
        ERRORS.put("401", "No valid bearer token: sign in first");
        ERRORS.put("403", "The caller's role or institution may not do this");
        ERRORS.put("404", "No such record, or the caller may not see it");
        ERRORS.put("409", "The change conflicts with the registry's records (a taken code, a record still in use)");
        ERRORS.put(
                "412",
                "The record changed since it was read (the If-Match version is not the current one): re-read it");
        ERRORS.put("413", "The body is larger than the limit");
        ERRORS.put("415", "The body's Content-Type is not one this operation reads");
        ERRORS.put("428", "If-Match is required: send the ETag of the version read");
        ERRORS.put("429", "Too many requests from this address or for this username: wait for Retry-After seconds");
        ERRORS.put("500", "An unexpected failure; `incidentId` names it in the server log");
        ERRORS.put(
                "503",
                "Temporarily unavailable (the database, the disk or the search index): retry after Retry-After seconds");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        withoutServerAdditions(openAPI);
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema("FieldError", fieldErrorSchema());
        components.addSchema(
                JSON_DOCUMENT,
                OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesBoolean(Boolean.TRUE)
                        .description("A JSON document of its own shape, described in docs/api.md"));
        if (openAPI.getServers() != null) {
            for (Server s : openAPI.getServers()) {
                if (s.getUrl() != null && s.getUrl().endsWith("/") && s.getUrl().length() > 1) {
                    s.setUrl(s.getUrl().substring(0, s.getUrl().length() - 1));
                }
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> named = components.getSchemas() == null ? Map.of() : components.getSchemas();
        named.values().forEach(ApiContract::withoutFalseDefaults);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> {
                        withoutFalseDefaults(p.getSchema());
                        if (p.getIn() == Parameter.In.QUERY) {
                            p.setAllowEmptyValue(true); // a blank query parameter counts as absent
                        }
                    });
                }
                if (op.getRequestBody() != null) {
                    byName(op.getRequestBody().getContent(), named);
                }
                if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                    op.getResponses().getAPIResponses().values().forEach(r -> byName(r.getContent(), named));
                }
            }
        }
        constrainRequests(openAPI, named);
        Map<String, Schema> pages = new TreeMap<>();
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    path.getValue().getOperations().entrySet()) {
                document(path.getKey(), op.getKey(), op.getValue(), pages);
            }
        }
        pages.forEach(components::addSchema);
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiContract::integerIds);
        }
    }

    /**
     * Payara Micro's scanner adds a copy of a tag for each resource class that uses it, and its model
     * carries a top-level {@code endpoints} map (not part of OpenAPI) that its serializer writes unless
     * it is empty: each tag once, and no endpoints. Payara offers no setting for either; its model's
     * {@code setEndpoints} is called if it is there (another implementation has no such map).
     */
    private static void withoutServerAdditions(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Set<String> seen = new java.util.HashSet<>();
            List<Tag> once = openAPI.getTags().stream()
                    .filter(t -> seen.add(t.getName()))
                    .toList();
            if (once.size() != openAPI.getTags().size()) {
                openAPI.setTags(new ArrayList<>(once));
            }
        }
        try {
            Method endpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
            endpoints.invoke(openAPI, new TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException e) {
            // not Payara's model: nothing of the kind to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            java.util.logging.Logger.getLogger(ApiContract.class.getName())
                    .fine(() -> "The OpenAPI model's endpoints map stays in the document: " + e);
        }
    }

    /**
     * Whether an operation carries the extension {@code name}, which is then taken off: the scanner
     * puts a method's {@code @Extension} on the operation or on each of its responses.
     */
    private static boolean marked(Operation op, String name) {
        boolean found = false;
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            for (APIResponse r : op.getResponses().getAPIResponses().values()) {
                if (r.getExtensions() != null && r.getExtensions().containsKey(name)) {
                    found = true;
                    r.removeExtension(name);
                }
            }
        }
        if (op.getExtensions() != null && op.getExtensions().containsKey(name)) {
            found = true;
            op.removeExtension(name);
        }
        return found;
    }

    /**
     * The parameters of a search with its record types and facet filters, one per {@link Facet} (so a
     * new facet is documented wherever searches are), after the paging parameters.
     */
    private static List<Parameter> withSearchFilters(List<Parameter> declared) {
        List<Parameter> paging = new ArrayList<>();
        List<Parameter> others = new ArrayList<>();
        for (Parameter p : declared == null ? List.<Parameter>of() : declared) {
            (p.getName() != null && (p.getName().equals("page") || p.getName().equals("size")) ? paging : others)
                    .add(p);
        }
        List<Parameter> all = new ArrayList<>(paging);
        for (Facet facet : Facet.values()) {
            String description = facet == Facet.TYPE
                    ? "Record types: "
                            + java.util.Arrays.stream(DocType.values())
                                    .map(DocType::urlName)
                                    .collect(java.util.stream.Collectors.joining(", "))
                            + " (repeat or comma-separate)"
                    : "Facet filter: " + facet.dimension()
                            + " (repeat or comma-separate; OR within the facet, AND across facets)";
            all.add(OASFactory.createParameter()
                    .name(facet.dimension())
                    .in(Parameter.In.QUERY)
                    .description(description)
                    .allowEmptyValue(true)
                    .explode(true)
                    .schema(OASFactory.createSchema()
                            .type(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().type(Schema.SchemaType.STRING))));
        }
        all.addAll(others);
        return all;
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op, Map<String, Schema> pages) {
        boolean open = marked(op, PUBLIC);
        if (open) {
            // security: [{}], "no requirement" (an empty list is not written by Payara's serializer)
            op.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        if (marked(op, SEARCH_FILTERS)) {
            op.setParameters(withSearchFilters(op.getParameters()));
        }
        List<Parameter> parameters = op.getParameters() == null ? List.of() : new ArrayList<>(op.getParameters());
        boolean ifMatch = false;
        boolean paged = false;
        boolean pageSeen = false;
        for (Parameter p : parameters) {
            String name = p.getName() == null ? "" : p.getName();
            if (p.getIn() == Parameter.In.HEADER && HTTP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                op.removeParameter(p);
                continue;
            }
            if (p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase("If-Match")) {
                ifMatch = true;
                if (p.getDescription() == null) {
                    p.setDescription("The ETag of the version read (\"3\")");
                }
            }
            if (p.getIn() == Parameter.In.PATH) {
                p.setRequired(true);
                if (isIdName(name) && p.getSchema() != null && p.getSchema().getType() == Schema.SchemaType.NUMBER) {
                    p.setSchema(OASFactory.createSchema()
                            .type(Schema.SchemaType.INTEGER)
                            .format("int64"));
                }
            }
            if (p.getIn() == Parameter.In.QUERY && name.equals("page")) {
                pageSeen = true;
            }
            if (p.getIn() == Parameter.In.QUERY && name.equals("size")) {
                paged = pageSeen;
            }
        }
        paged = paged || (pageSeen && parameters.stream().anyMatch(p -> "size".equals(p.getName())));
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        Map<String, APIResponse> existing =
                responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        boolean documentedSuccess = existing.keySet().stream().anyMatch(k -> k.startsWith("2") || k.startsWith("3"));
        APIResponse fallback = existing.get("default");
        if (fallback != null) {
            responses.removeAPIResponse("default");
            if (!documentedSuccess) {
                fallback.setDescription(
                        fallback.getDescription() == null
                                        || fallback.getDescription().startsWith("Default")
                                ? "OK"
                                : fallback.getDescription());
                responses.addAPIResponse("200", fallback);
            }
        }
        if (paged) {
            for (APIResponse r : responses.getAPIResponses().values()) {
                pageOf(r, pages);
            }
        }
        boolean body = op.getRequestBody() != null;
        boolean input = body || !parameters.isEmpty();
        boolean write = method != PathItem.HttpMethod.GET;
        for (Map.Entry<String, String> e : ERRORS.entrySet()) {
            boolean applies = switch (e.getKey()) {
                case "400" -> input;
                case "401", "403" -> !open;
                case "404" ->
                    path.contains("{") || open; // a public operation answers 404 while closed or for an unknown secret
                case "409" -> write && !open;
                case "412", "428" -> ifMatch;
                case "413", "415" -> body;
                case "429" -> open;
                default -> true;
            };
            if (applies && !responses.hasAPIResponse(e.getKey())) {
                responses.addAPIResponse(e.getKey(), problem(e.getValue(), e.getKey()));
            }
        }
        // an error a resource declares itself (e.g. 410) answers a problem like every other
        responses.getAPIResponses().forEach((status, r) -> {
            if (status.matches("[45][0-9][0-9]") && r.getContent() == null) {
                r.setContent(problem(r.getDescription(), status).getContent());
            }
        });
        // an error an operation documents itself (with its own description) is a problem as well
        responses.getAPIResponses().forEach((status, r) -> {
            if ((status.startsWith("4") || status.startsWith("5"))
                    && (r.getContent() == null
                            || r.getContent().getMediaTypes() == null
                            || r.getContent().getMediaTypes().isEmpty())) {
                r.setContent(problem(r.getDescription(), status).getContent());
                if (ERRORS.containsKey(status) && problem("", status).getHeaders() != null) {
                    r.setHeaders(problem("", status).getHeaders());
                }
            }
        });
    }

    /**
     * The scanner writes the schema of an {@code @Schema(implementation = X.class)} inline, with every
     * attribute of the annotation at its default ({@code maxProperties: 0}, {@code readOnly: false}, …),
     * and an array of X as an array with X's properties: refer to X's component instead.
     */
    private static void byName(Content content, Map<String, Schema> named) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType m : content.getMediaTypes().values()) {
            Schema s = m.getSchema();
            withoutFalseDefaults(s);
            if (s != null && s.getRef() != null && s.getProperties() != null) {
                s.setProperties(null); // a reference is all there is to say
            }
            if (s != null
                    && s.getType() != null
                    && s.getType() != Schema.SchemaType.OBJECT
                    && s.getType() != Schema.SchemaType.ARRAY) {
                s.setProperties(null); // a string (a file, a feed) has no properties
                continue;
            }
            if (s == null
                    || s.getRef() != null
                    || s.getProperties() == null
                    || s.getProperties().isEmpty()) {
                continue;
            }
            String name = named.entrySet().stream()
                    .filter(e -> e.getValue().getProperties() != null
                            && e.getValue()
                                    .getProperties()
                                    .keySet()
                                    .equals(s.getProperties().keySet()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            Schema item = name != null
                    ? OASFactory.createSchema().ref(name)
                    : OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(s.getProperties());
            if (s.getType() == Schema.SchemaType.ARRAY) {
                m.setSchema(
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item));
            } else if (name != null) {
                m.setSchema(item);
            }
        }
    }

    /**
     * The Bean Validation constraints of each operation's request body, read from the Java class of
     * the body parameter of the resource method that has the operation's id ({@link RequestConstraints}),
     * written into the body's schema and the schemas of its {@code @Valid} parts; a body the method
     * requires ({@code @NotNull}) is {@code required}. A property that is not required is
     * {@code nullable} (unless it refers to another schema, which OpenAPI 3.0 cannot qualify).
     */
    private static void constrainRequests(OpenAPI openAPI, Map<String, Schema> named) {
        Map<String, Method> methods = RequestConstraints.operations(ApiContract.class, RESOURCES);
        Set<Schema> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                Method method = op.getOperationId() == null ? null : methods.get(op.getOperationId());
                if (method == null || op.getRequestBody() == null) {
                    continue;
                }
                java.util.Optional<java.lang.reflect.Parameter> body = RequestConstraints.body(method);
                if (body.isEmpty()) {
                    continue;
                }
                if (RequestConstraints.bodyRequired(method)) {
                    op.getRequestBody().setRequired(Boolean.TRUE);
                }
                Content content = op.getRequestBody().getContent();
                if (content == null || content.getMediaTypes() == null) {
                    continue;
                }
                for (MediaType m : content.getMediaTypes().values()) {
                    constrain(resolve(m.getSchema(), named), body.get().getType(), named, done);
                }
            }
        }
    }

    private static void constrain(Schema schema, Class<?> type, Map<String, Schema> named, Set<Schema> done) {
        if (schema == null || schema.getProperties() == null || !done.add(schema)) {
            return;
        }
        if (type.isAnnotationPresent(TextForm.class)) {
            // its properties describe the object form; without a type, one string (the earlier form) is valid too
            schema.setType(null);
        }
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        RequestConstraints.of(type).forEach((name, constraints) -> {
            Schema property = schema.getProperties().get(name);
            if (property == null) {
                return;
            }
            if (constraints.required() && !required.contains(name)) {
                required.add(name);
            }
            limits(property, constraints);
            if (constraints.nested() != null) {
                constrain(resolve(property, named), constraints.nested(), named, done);
            }
            if (constraints.items() != null && property.getItems() != null) {
                limits(property.getItems(), constraints.items());
                if (constraints.items().nested() != null) {
                    constrain(
                            resolve(property.getItems(), named),
                            constraints.items().nested(),
                            named,
                            done);
                }
            }
        });
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
        // a property the request may leave out may as well be sent as null: the server reads both as absent
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name) && property.getRef() == null) {
                property.setNullable(Boolean.TRUE);
            }
        });
    }

    private static void limits(Schema s, RequestConstraints.Property c) {
        if (s.getRef() != null) {
            return; // the referenced schema says what the value is
        }
        if (c.minLength() != null) {
            s.setMinLength(c.minLength());
        }
        if (c.maxLength() != null) {
            s.setMaxLength(c.maxLength());
        }
        if (c.minItems() != null) {
            s.setMinItems(c.minItems());
        }
        if (c.maxItems() != null) {
            s.setMaxItems(c.maxItems());
        }
        if (c.minimum() != null) {
            s.setMinimum(c.minimum());
            s.setExclusiveMinimum(c.exclusiveMinimum() ? Boolean.TRUE : null);
        }
        if (c.maximum() != null) {
            s.setMaximum(c.maximum());
            s.setExclusiveMaximum(c.exclusiveMaximum() ? Boolean.TRUE : null);
        }
        if (c.pattern() != null) {
            s.setPattern(c.pattern());
        }
        if (c.format() != null) {
            s.setFormat(c.format());
        }
    }

    private static Schema resolve(Schema s, Map<String, Schema> named) {
        if (s == null || s.getRef() == null) {
            return s;
        }
        return named.get(s.getRef().substring(s.getRef().lastIndexOf('/') + 1));
    }

    /** Drops the attributes the scanner writes at their defaults, as if they had been set. */
    private static void withoutFalseDefaults(Schema s) {
        if (s == null) {
            return;
        }
        if (Integer.valueOf(0).equals(s.getMaxProperties())) {
            s.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinProperties())) {
            s.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(s.getMinLength())) {
            s.setMinLength(null);
        }
        if (Boolean.FALSE.equals(s.getExclusiveMaximum())) {
            s.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(s.getExclusiveMinimum())) {
            s.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(s.getUniqueItems())) {
            s.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(s.getNullable())) {
            s.setNullable(null);
        }
        if (Boolean.FALSE.equals(s.getReadOnly())) {
            s.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(s.getWriteOnly())) {
            s.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(s.getDeprecated())) {
            s.setDeprecated(null);
        }
        if (s.getMultipleOf() != null && s.getMultipleOf().signum() == 0) {
            s.setMultipleOf(null);
        }
        if (s.getMaxLength() != null && s.getMaxLength() == Integer.MAX_VALUE) {
            s.setMaxLength(null);
        }
        if (s.getMaxItems() != null && (s.getMaxItems() == Integer.MIN_VALUE || s.getMaxItems() == Integer.MAX_VALUE)) {
            s.setMaxItems(null);
        }
        if (s.getMinItems() != null && (s.getMinItems() == Integer.MAX_VALUE || s.getMinItems() <= 0)) {
            s.setMinItems(null);
        }
        if (s.getType() == Schema.SchemaType.INTEGER && s.getDefaultValue() instanceof String text) {
            s.setDefaultValue(text.strip().matches("-?\\d{1,9}") ? Integer.valueOf(text.strip()) : null);
        }
        if (s.getDefaultValue() instanceof String text && text.isEmpty()) {
            s.setDefaultValue(null);
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(ApiContract::withoutFalseDefaults);
        }
        withoutFalseDefaults(s.getItems());
    }

    private static boolean isIdName(String name) {
        return name.equals("id") || name.endsWith("Id") || name.equals("version");
    }

    /** An array of {@code X} as the success of a paged list becomes a {@code XPage}. */
    private static void pageOf(APIResponse r, Map<String, Schema> pages) {
        if (r.getContent() == null || r.getContent().getMediaTypes() == null) {
            return;
        }
        for (MediaType m : r.getContent().getMediaTypes().values()) {
            Schema s = m.getSchema();
            if (s == null
                    || s.getType() != Schema.SchemaType.ARRAY
                    || s.getItems() == null
                    || s.getItems().getRef() == null) {
                continue;
            }
            String item = s.getItems().getRef().substring(s.getItems().getRef().lastIndexOf('/') + 1);
            String page = item + PAGE_SUFFIX;
            pages.computeIfAbsent(
                    page,
                    k -> OASFactory.createSchema()
                            .type(Schema.SchemaType.OBJECT)
                            .description(
                                    "A page of a list: the items of the page, how many there are in all, the page number (from 1) and size")
                            .addProperty(
                                    "items",
                                    OASFactory.createSchema()
                                            .type(Schema.SchemaType.ARRAY)
                                            .items(OASFactory.createSchema().ref(item)))
                            .addProperty(
                                    "total",
                                    OASFactory.createSchema()
                                            .type(Schema.SchemaType.INTEGER)
                                            .format("int64")
                                            .minimum(java.math.BigDecimal.ZERO))
                            .addProperty(
                                    "page",
                                    OASFactory.createSchema()
                                            .type(Schema.SchemaType.INTEGER)
                                            .format("int32")
                                            .minimum(java.math.BigDecimal.ONE))
                            .addProperty(
                                    "size",
                                    OASFactory.createSchema()
                                            .type(Schema.SchemaType.INTEGER)
                                            .format("int32")
                                            .minimum(java.math.BigDecimal.ONE))
                            .required(List.of("items", "total", "page", "size")));
            m.setSchema(OASFactory.createSchema().ref(page));
        }
    }

    private static APIResponse problem(String description, String status) {
        APIResponse r = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM))));
        if (status.equals("429") || status.equals("503")) {
            r.addHeader(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait before trying again")
                            .schema(OASFactory.createSchema()
                                    .type(Schema.SchemaType.INTEGER)
                                    .format("int32")));
        }
        return r;
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, in words a person can act on")
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .format("uri-reference")
                                .description(
                                        "A URI naming the kind of problem; about:blank when the status says it all"))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("A short summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .minimum(java.math.BigDecimal.valueOf(400))
                                .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty(
                        "detail",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("What went wrong in this request"))
                .addProperty(
                        "instance",
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).description("The path of the request"))
                .addProperty(
                        "code",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description(
                                        "A stable, machine-readable name of the problem (database-unavailable, …)"))
                .addProperty(
                        "incidentId",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("Of an unexpected failure (500): the id of its entry in the server log"))
                .addProperty(
                        "conflictsWith",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description(
                                        "Of a conflict (409): the path of the record it is with, when the caller may read it"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("FieldError"))
                                .description("Of an invalid request (400): each offending field"))
                .required(List.of("title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("One invalid field of a request")
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description(
                                        "The field as a path into the request (participants[1].role), or a parameter's name"))
                .addProperty(
                        "code",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("A stable, machine-readable name of the rule the value breaks"))
                .addProperty(
                        "message",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("What is wrong with the value"))
                .addProperty(
                        "params",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.OBJECT)
                                .additionalPropertiesBoolean(Boolean.TRUE)
                                .description("The rule's parameters (a limit, the allowed values)"))
                .required(List.of("message"));
    }

    /** Java {@code long} ids are documented as {@code number}: they are 64-bit integers. */
    private static void integerIds(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (property.getType() == Schema.SchemaType.NUMBER && property.getFormat() == null && isIdName(name)) {
                property.setType(Schema.SchemaType.INTEGER);
                property.setFormat("int64");
            }
            if (property.getType() == Schema.SchemaType.ARRAY
                    && property.getItems() != null
                    && property.getItems().getType() == Schema.SchemaType.NUMBER
                    && property.getItems().getFormat() == null
                    && name.endsWith("Ids")) {
                property.getItems().setType(Schema.SchemaType.INTEGER);
                property.getItems().setFormat("int64");
            }
        });
    }
}
