package org.wfed.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/reference} of the exported jars is a valid OpenAPI 3.1 document: checked against the
 * official JSON Schema of OpenAPI 3.1 (test resources), each schema it carries against JSON Schema 2020-12,
 * its paths free of JAX-RS regular expressions. The full jar and each partial one.
 */
@ExtendWith(WfedServer.class)
class ApiReferenceValidityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema OPENAPI_31 = openApi31();
    private static final Schema JSON_SCHEMA = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private static Schema openApi31() {
        try (InputStream in = ApiReferenceValidityTest.class.getResourceAsStream("/openapi-3.1/schema.json")) {
            return REGISTRY.getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode reference(String baseUrl) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/api/reference")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** Everything wrong with a document, empty when it is valid. */
    private static List<String> problems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        for (Error e : OPENAPI_31.validate(doc)) {
            problems.add("OpenAPI 3.1: " + e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> s = it.next();
            for (Error e : JSON_SCHEMA.validate(s.getValue())) {
                problems.add("schema " + s.getKey() + ": " + e);
            }
        }
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.matches("(/([^/{}:]|\\{[A-Za-z0-9_]+})+)+")) {
                problems.add("path " + path + " is no OpenAPI path template");
            }
        });
        return problems;
    }

    @Test
    void theFullDeploymentsReferenceIsValidOpenApi31() throws Exception {
        JsonNode doc = reference(WfedServer.url());
        assertEquals("3.1.0", doc.path("openapi").asText());
        assertTrue(doc.path("paths").size() > 100, "paths: " + doc.path("paths").size());
        assertEquals(List.of(), problems(doc));
    }

    @Test
    void theValidatorRefusesABrokenDocument() throws Exception {
        ObjectNode doc = (ObjectNode) reference(WfedServer.url());
        doc.remove("info");
        ((ObjectNode) doc.path("paths")).set("/api/elections/{id: [0-9]+}", JSON.createObjectNode().put("get", "not an operation"));
        List<String> problems = problems(doc);
        assertTrue(problems.stream().anyMatch(p -> p.contains("info")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("{id: [0-9]+}")), problems.toString());
        assertFalse(problems.stream().noneMatch(p -> p.contains("get")), problems.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"elections-reporting.jar, elections", "aid-reporting.jar, aid", "activities.jar, activities",
            "rights-reporting.jar, rights", "services-reporting.jar, services"})
    void eachPartialDeploymentsReferenceIsValidAndHasOnlyItsModules(String jar, String module) throws Exception {
        Path data = Files.createTempDirectory("wfed-reference-");
        try (WfedServer.Running server = WfedServer.launch(jar, data, data, Map.of())) {
            ApiClient.admin(server.url()).awaitModule(module, true);
            JsonNode doc = reference(server.url());
            assertEquals(List.of(), problems(doc));
            List<String> tags = new ArrayList<>();
            doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
            assertTrue(tags.contains(module) && tags.contains("core"), tags.toString());
            assertFalse(jar.startsWith("activities") && tags.contains("elections"), tags.toString());
        } finally {
            WfedServer.deleteTree(data);
        }
    }
}
