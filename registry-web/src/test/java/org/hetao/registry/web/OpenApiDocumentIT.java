package org.hetao.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hetao.registry.web.support.ApiContractCheck;
import org.hetao.registry.web.support.RegistryDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live OpenAPI document ({@code /openapi}) is one a generated client can live by: swagger-parser
 * finds no error in it, its operationIds are unique lowerCamel names, every operation documents its
 * success and its problems, and it is the committed snapshot (src/test/openapi/registry.json, less
 * {@code servers}), from which the build generates a Java client (docs/api.md, "The OpenAPI document").
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {
    static final Path SNAPSHOT = Path.of("src/test/openapi/registry.json");
    static final Path LIVE_COPY = Path.of("target/openapi/registry.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RegistryDeployment.war();
    }

    @ArquillianResource
    URL base;

    private String live() throws Exception {
        return ApiContractCheck.document(base.toURI());
    }

    @Test
    void theDocumentIsValidOpenApi() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(live(), null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser's findings in the live document");
        OpenAPI api = result.getOpenAPI();
        api.getServers()
                .forEach(s ->
                        assertTrue(!s.getUrl().endsWith("/"), "a server URL without a trailing slash: " + s.getUrl()));
        Set<String> ids = new HashSet<>();
        List<String> findings = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    path.getValue().readOperationsMap().entrySet()) {
                Operation op = e.getValue();
                String where = e.getKey() + " " + path.getKey();
                String id = op.getOperationId();
                if (id == null || !id.matches("[a-z][a-zA-Z0-9]*")) {
                    findings.add(where + ": operationId " + id + " is not a lowerCamel name");
                } else if (!ids.add(id)) {
                    findings.add(where + ": operationId " + id + " is used twice");
                }
                if (op.getResponses().containsKey("default")) {
                    findings.add(where + ": a default response instead of its statuses");
                }
                if (op.getResponses().keySet().stream().noneMatch(s -> s.startsWith("2"))) {
                    findings.add(where + ": no success status");
                }
                for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
                    if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                        if (r.getValue().getContent() == null
                                || !r.getValue().getContent().containsKey("application/problem+json")) {
                            findings.add(where + ": " + r.getKey() + " is not application/problem+json");
                        }
                    }
                    if (r.getKey().equals("204")
                            && r.getValue().getContent() != null
                            && !r.getValue().getContent().isEmpty()) {
                        findings.add(where + ": 204 has a body");
                    }
                }
                if (op.getParameters() != null) {
                    op.getParameters().stream()
                            .filter(p -> "header".equals(p.getIn()))
                            .filter(p -> Set.of("accept", "content-type", "authorization")
                                    .contains(p.getName().toLowerCase(java.util.Locale.ROOT)))
                            .forEach(p -> findings.add(where + ": " + p.getName() + " as a parameter"));
                }
            }
        }
        assertEquals(List.of(), findings);
    }

    @Test
    void requestBodiesStateTheirBeanValidationConstraints() throws Exception {
        @SuppressWarnings("rawtypes")
        Map<String, io.swagger.v3.oas.models.media.Schema> schemas = new OpenAPIV3Parser()
                .readContents(live(), null, new ParseOptions())
                .getOpenAPI()
                .getComponents()
                .getSchemas();
        io.swagger.v3.oas.models.media.Schema<?> project = schemas.get("ProjectRequest");
        assertTrue(
                project.getRequired()
                        .containsAll(List.of(
                                "code", "title", "site", "status", "startDate", "confidentiality", "participants")),
                "the @NotNull/@NotBlank fields of a project are required: " + project.getRequired());
        assertTrue(!project.getRequired().contains("endDate"), "an end date may be left out");
        io.swagger.v3.oas.models.media.Schema<?> code = project.getProperties().get("code");
        assertEquals(1, code.getMinLength());
        assertEquals(32, code.getMaxLength());
        io.swagger.v3.oas.models.media.Schema<?> participants =
                project.getProperties().get("participants");
        assertEquals(1, participants.getMinItems());
        assertEquals(50, participants.getMaxItems());
        assertEquals(
                List.of("institutionId", "role"),
                schemas.get("ParticipantRequest").getRequired(),
                "a @Valid list's elements are constrained");
        io.swagger.v3.oas.models.media.Schema<?> currency = property(schemas, "FundingRequest", "currency");
        assertEquals(3, currency.getMinLength());
        assertEquals(3, currency.getMaxLength());
        io.swagger.v3.oas.models.media.Schema<?> readiness = property(schemas, "IpAssetRequest", "readinessLevel");
        assertEquals(0, readiness.getMinimum().compareTo(java.math.BigDecimal.ONE));
        assertEquals(0, readiness.getMaximum().compareTo(java.math.BigDecimal.valueOf(9)));
        io.swagger.v3.oas.models.media.Schema<?> shares = property(schemas, "OwnershipRequest", "shares");
        assertEquals(1, shares.getMinItems());
        assertEquals(50, shares.getMaxItems());
        assertEquals(
                List.of("institutionId", "shareBp"),
                schemas.get("OwnershipShareRequest").getRequired());
        assertEquals(500, property(schemas, "OnBehalfRequest", "documentRef").getMaxLength());
        io.swagger.v3.oas.models.media.Schema<?> abstractText =
                project.getProperties().get("abstract");
        assertEquals(null, abstractText.getRequired(), "the abstract is JSON-B's name of abstractText, and optional");
        OpenAPI api = new OpenAPIV3Parser()
                .readContents(live(), null, new ParseOptions())
                .getOpenAPI();
        assertEquals(
                Boolean.TRUE,
                api.getPaths().get("/api/projects").getPost().getRequestBody().getRequired(),
                "a body the method needs (@NotNull) is required");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServedDocumentHasNoEndpointsMapAndEachTagOnce() throws Exception {
        Map<String, Object> served = JSON.readValue(ApiContractCheck.served(base.toURI()), Map.class);
        assertTrue(!served.containsKey("endpoints"), "a top-level key that is not OpenAPI's");
        List<Object> tags = ((List<Map<String, Object>>) served.get("tags"))
                .stream().map(t -> t.get("name")).toList();
        assertEquals(new HashSet<>(tags).size(), tags.size(), "tags named twice: " + tags);
        assertTrue(tags.contains("projects"), "the tags are still there: " + tags);
    }

    @SuppressWarnings("rawtypes")
    private static io.swagger.v3.oas.models.media.Schema<?> property(
            Map<String, io.swagger.v3.oas.models.media.Schema> schemas, String schema, String name) {
        io.swagger.v3.oas.models.media.Schema<?> s = schemas.get(schema);
        return s.getProperties().get(name);
    }

    @Test
    void theDocumentIsTheCommittedSnapshot() throws Exception {
        String normalised = normalised(live());
        String committed = Files.isRegularFile(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        if (!normalised.equals(committed)) {
            Files.createDirectories(LIVE_COPY.getParent());
            Files.writeString(LIVE_COPY, normalised, StandardCharsets.UTF_8);
            fail("The live OpenAPI document differs from the committed snapshot " + SNAPSHOT.toAbsolutePath()
                    + ". If the change to the API is meant, review it (diff " + SNAPSHOT + " " + LIVE_COPY
                    + ") and copy it over the snapshot: cp " + LIVE_COPY.toAbsolutePath() + " "
                    + SNAPSHOT.toAbsolutePath());
        }
    }

    /** The document with its keys sorted, indented, without {@code servers} (they name the test's port). */
    @SuppressWarnings("unchecked")
    static String normalised(String document) throws IOException {
        Map<String, Object> tree = JSON.readValue(document, Map.class);
        tree.remove("servers");
        return JSON.writeValueAsString(tree) + "\n";
    }
}
