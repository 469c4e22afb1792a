package org.wfed.core.internal.rest.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.wfed.core.internal.rest.ErrorBody;
import org.wfed.core.internal.rest.JsonProvider;

class OpenApiDocumentTest {

    private static final String PREFIX = "org/wfed/core/internal/rest/reference/";

    private static Map<String, Object> document() {
        MethodScan scan = new MethodScan(
                name -> name.startsWith(PREFIX) ? OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name + ".class") : null,
                OpenApiDocumentTest.class.getClassLoader(), Set.of(ThingResource.READ, ThingResource.MANAGE, "other.perm"));
        OpenApiDocument.Module module = new OpenApiDocument.Module("things", "物品", "Things");
        return OpenApiDocument.build(List.of(new OpenApiDocument.Resource(ThingResource.class, module, scan)),
                new OpenApiDocument.Settings("/api", "things/open"::equals, ErrorBody.class, JsonProvider.MAPPER));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... keys) {
        Object at = o;
        for (String k : keys) {
            at = ((Map<String, Object>) at).get(k);
        }
        return (Map<String, Object>) at;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> op, String key) {
        return (List<Map<String, Object>>) op.get(key);
    }

    @Test
    void pathTemplatesAreOpenApiWithTheirPatternKeptInTheParameter() {
        Map<String, Object> paths = map(document(), "paths");
        assertEquals(Set.of("/api/things", "/api/things/{id}", "/api/things/{id}/sheet", "/api/things/open"), paths.keySet());
        Map<String, Object> id = list(map(paths, "/api/things/{id}", "get"), "parameters").get(0);
        assertEquals("id", id.get("name"));
        assertEquals("path", id.get("in"));
        assertEquals(true, id.get("required"));
        assertEquals("integer", map(id, "schema").get("type"));
        assertEquals("int64", map(id, "schema").get("format"));
        assertEquals("matches [0-9]+", id.get("description"));
    }

    @Test
    void queryParametersCarryTheirTypeAndDefault() {
        List<Map<String, Object>> params = list(map(document(), "paths", "/api/things", "get"), "parameters");
        assertEquals(2, params.size(), "the SecurityContext is no parameter: " + params);
        assertEquals("unitId", params.get(0).get("name"));
        assertEquals(false, params.get(0).get("required"));
        assertEquals("page", params.get(1).get("name"));
        assertEquals(1L, map(params.get(1), "schema").get("default"));
        assertEquals("int32", map(params.get(1), "schema").get("format"));
    }

    @Test
    void bodiesAndResponsesAreNamedSchemasWithThePropertiesJacksonUses() {
        Map<String, Object> doc = document();
        Map<String, Object> create = map(doc, "paths", "/api/things", "post");
        assertEquals("#/components/schemas/ThingInput",
                map(create, "requestBody", "content", "application/json", "schema").get("$ref"));
        assertEquals("#/components/schemas/Thing",
                map(create, "responses", "201", "content", "application/json", "schema").get("$ref"));
        assertNull(map(create, "responses").get("200"), "201 is what create answers");
        Map<String, Object> input = map(doc, "components", "schemas", "ThingInput", "properties");
        assertEquals(Set.of("name", "founded", "kind"), input.keySet());
        assertEquals("date", map(input, "founded").get("format"));
        assertEquals(List.of("SMALL", "LARGE"), map(input, "kind").get("enum"));
        Map<String, Object> listed = map(doc, "paths", "/api/things", "get", "responses", "200", "content", "application/json", "schema");
        assertEquals("array", listed.get("type"));
        assertEquals("#/components/schemas/Thing", map(listed, "items").get("$ref"));
        assertTrue(map(doc, "components", "schemas", "Thing", "properties").containsKey("tags"));
    }

    @Test
    void errorsAnswerWithTheOneEnvelope() {
        Map<String, Object> doc = document();
        Map<String, Object> responses = map(doc, "paths", "/api/things/{id}", "delete", "responses");
        assertEquals(Set.of("204", "400", "401", "403", "404", "409", "default"), responses.keySet());
        assertEquals("#/components/responses/NotFound", map(responses, "404").get("$ref"));
        Map<String, Object> error = map(doc, "components", "schemas", "ErrorBody", "properties");
        assertEquals(Set.of("status", "code", "message", "messageEn", "fields", "errorId"), error.keySet());
    }

    @Test
    void permissionsAreReadFromTheCodeTheOperationRuns() {
        Map<String, Object> paths = map(document(), "paths");
        assertEquals(List.of("things.read"), map(paths, "/api/things", "get").get("x-wfed-permissions"));
        assertEquals(List.of("things.manage"), map(paths, "/api/things", "post").get("x-wfed-permissions"));
        assertEquals(List.of("things.read"), map(paths, "/api/things/{id}", "get").get("x-wfed-permissions"),
                "checked in the service's lambda");
        assertEquals(List.of("things.manage"), map(paths, "/api/things/{id}", "delete").get("x-wfed-permissions"),
                "checked in a private helper");
    }

    @Test
    void aPublicOperationNeedsNoSignIn() {
        Map<String, Object> open = map(document(), "paths", "/api/things/open", "get");
        assertEquals(List.of(), open.get("security"));
        assertFalse(open.containsKey("x-wfed-permissions"));
        assertFalse(map(open, "responses").containsKey("401"));
    }

    @Test
    void aDownloadIsBinaryInItsOwnMediaType() {
        Map<String, Object> content = map(document(), "paths", "/api/things/{id}/sheet", "get", "responses", "200", "content");
        assertEquals("binary", map(content, "text/csv", "schema").get("format"));
        assertEquals(Map.of(), map(content, "application/json"), "bytes are no JSON schema");
    }

    @Test
    void operationIdsAreUniqueAndTagsNameTheModuleInBothLanguages() {
        Map<String, Object> doc = document();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tags = (List<Map<String, Object>>) doc.get("tags");
        assertEquals("物品 · Things", tags.get(0).get("description"));
        assertEquals("3.1.0", doc.get("openapi"));
    }

    @Test
    void templatesWithoutPatternsAndNestedBracesAreRewritten() {
        Map<String, String> params = new LinkedHashMap<>();
        assertEquals("/a/{id}/b/{code}/{n}", OpenApiDocument.template("/a/{id}/b/{ code : [A-Z]{2} }/{n:\\d+}", params));
        assertEquals(java.util.Arrays.asList(null, "[A-Z]{2}", "\\d+"), new java.util.ArrayList<>(params.values()));
    }

    @Test
    void aRuntimeRebuildingItsApplicationIsReadAsNoResources() {
        RuntimeDTO dto = new RuntimeDTO();
        assertEquals(List.of(), ReferenceResource.resourceServiceIds(dto));
        ApplicationDTO rebuilding = new ApplicationDTO();
        rebuilding.name = "wfed";
        ApplicationDTO other = new ApplicationDTO();
        other.name = ".default";
        ResourceDTO r = new ResourceDTO();
        r.serviceId = 42;
        other.resourceDTOs = new ResourceDTO[] {r};
        dto.applicationDTOs = new ApplicationDTO[] {rebuilding, other};
        assertEquals(List.of(), ReferenceResource.resourceServiceIds(dto));
        ApplicationDTO wfed = new ApplicationDTO();
        wfed.name = "wfed";
        wfed.resourceDTOs = new ResourceDTO[] {r, null};
        dto.applicationDTOs = new ApplicationDTO[] {rebuilding, wfed};
        assertEquals(List.of(42L), ReferenceResource.resourceServiceIds(dto));
    }
}
