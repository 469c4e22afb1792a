package org.wfed.itest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Every endpoint the runtime serves × {anonymous, other community, other street, auditor, own unit,
 * admin}, aimed at community A's records: nobody signed in gets 401; a clerk of the sibling community
 * or of another street never gets A's data (403, 404, or an answer without it) and changes nothing; the
 * auditor changes nothing and sees no personal data; A's own clerk and the admin reach A's records. A
 * new endpoint is in the matrix the moment its resource is registered (see {@link Endpoints}).
 */
class AccessMatrixTest {
    /** Answer without a sign-in. */
    private static final Set<String> PUBLIC = Set.of("GET health", "GET reference", "POST auth/login");
    private static World w;
    private static List<Endpoints.Endpoint> endpoints;

    @BeforeAll
    static void up() {
        w = World.get();
        endpoints = Endpoints.all();
    }

    @Test
    void everyEndpointIsAimedAtARecordOfA() {
        List<String> missing = new ArrayList<>();
        for (Endpoints.Endpoint e : endpoints) {
            if (Paths.forA(e, w) == null) {
                missing.add(e + " needs a " + Paths.missing(e.path(), w.ids) + " record in World");
            }
        }
        // objections are only lodged during a notice; the rest must all be there
        missing.removeIf(m -> m.contains("needs a objections"));
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        assertTrue(endpoints.size() >= 150, "endpoints: " + endpoints.size());
    }

    @Test
    void nobodySignedInGetsSignInFirst() {
        Api anonymous = new Api();
        List<String> wrong = new ArrayList<>();
        for (Endpoints.Endpoint e : endpoints) {
            String path = path(e);
            if (PUBLIC.contains(e.method() + " " + e.path())) {
                continue;
            }
            Api.Reply r = anonymous.sendRaw(e.method(), path, e.write() ? "application/json" : null,
                    e.write() ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : null, Map.of("Accept", "*/*"));
            if (r.status() != 401 || !"UNAUTHENTICATED".equals(r.code())) {
                wrong.add(e + " → " + r.status() + " " + r.raw().body());
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void otherCommunitiesAndStreetsNeitherSeeNorChangeA() {
        Map<String, JsonNode> before = snapshot();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Api> who : Map.of("other community", w.staffB, "other street", w.staffC).entrySet()) {
            for (Endpoints.Endpoint e : foreignTargets()) {
                Api.Reply r = call(who.getValue(), e);
                String body = r.raw().body();
                // refused: 403, 404, or any other 4xx (a missing filter, a wrong state) that carries nothing of A
                boolean refused = r.status() >= 400 && r.status() < 500 && !body.contains(World.MARK);
                boolean harmless = !e.write() && r.status() == 200 && !body.contains(World.MARK);
                if (!(refused || harmless)) {
                    wrong.add(who.getKey() + ": " + e + " → " + r.status() + " " + body.substring(0, Math.min(200, body.length())));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(before, snapshot(), "A's records changed");
    }

    /**
     * The district's auditor reads what her role holds (the organisation, elections, statistics, the audit log)
     * and changes nothing; the registry and the aid records, which hold personal data, stay closed to her.
     */
    @Test
    void theAuditorChangesNothingAndSeesNoPersonalRecords() {
        Map<String, JsonNode> before = snapshot();
        List<String> wrong = new ArrayList<>();
        for (Endpoints.Endpoint e : foreignTargets()) {
            Api.Reply r = call(w.auditor, e);
            boolean ok = e.write() ? r.status() >= 400 && r.status() < 500 : r.status() == 200 || (r.status() >= 400 && r.status() < 500);
            boolean personal = e.path().startsWith("people") || e.path().startsWith("aid/");
            if (!ok || (personal && !e.write() && r.status() == 200 && r.raw().body().contains(w.personName))) {
                wrong.add("auditor: " + e + " → " + r.status() + " " + r.raw().body().substring(0, Math.min(200, r.raw().body().length())));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(before, snapshot(), "A's records changed");
        assertEquals(403, w.auditor.get("people?unitId=" + w.a).status());
        assertEquals(403, w.auditor.get("aid/beneficiaries?unitId=" + w.a).status());
    }

    private static Api.Reply call(Api who, Endpoints.Endpoint e) {
        return who.sendRaw(e.method(), path(e), e.write() ? "application/json" : null,
                e.write() ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : null, Map.of("Accept", "*/*"));
    }

    @Test
    void aMissingRecordAndOneOutsideTheSubtreeAnswerAlike() {
        Api.Reply foreign = w.staffB.get("people/" + w.person).expect(404);
        Api.Reply missing = w.staffB.get("people/999999999").expect(404);
        assertEquals(missing.raw().body(), foreign.raw().body());
        Api.Reply foreignUnit = w.staffB.get("aid/beneficiaries?unitId=" + w.a).expect(404);
        assertEquals(missing.raw().body(), foreignUnit.raw().body());
        assertEquals(missing.raw().body(), w.staffB.get("no-such-endpoint").expect(404).raw().body());
    }

    @Test
    void ownUnitAndAdminReachTheRecordsOfA() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Api> who : Map.of("own unit", w.staffA, "admin", w.admin).entrySet()) {
            for (Endpoints.Endpoint e : foreignTargets()) {
                if (e.write()) {
                    continue;
                }
                Api.Reply r = call(who.getValue(), e);
                // a system admin (IT) holds none of the rights module's permissions (docs/rights.md): refused, never shown
                boolean permission = r.status() == 403 && (who.getKey().equals("own unit") || e.path().startsWith("rights/"));
                // 400: a required filter the matrix does not give (e.g. the kind of an import template); 409: not yet, by the workflow
                boolean ok = r.status() == 200 || permission || r.status() == 400 || r.status() == 409;
                if (!ok) {
                    wrong.add(who.getKey() + ": " + e + " → " + r.status() + " " + r.raw().body());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The endpoints that touch someone's records: not the caller's own sign-in and account. */
    private static List<Endpoints.Endpoint> foreignTargets() {
        List<Endpoints.Endpoint> out = new ArrayList<>();
        for (Endpoints.Endpoint e : endpoints) {
            if (e.path().startsWith("auth/") || e.path().startsWith("users/me") || PUBLIC.contains(e.method() + " " + e.path())
                    || Paths.forA(e, w) == null) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    private static String path(Endpoints.Endpoint e) {
        String p = Paths.forA(e, w);
        return p == null ? Paths.fill(e.path().replaceAll("\\{\\w+}", "1"), Map.of()) : p;
    }

    /** A's records as the admin sees them: what no one else's request may have changed. */
    private static Map<String, JsonNode> snapshot() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String p : List.of("people/" + w.person, "aid/beneficiaries/" + w.ids.get("beneficiaries"),
                "aid/applications/" + w.ids.get("applications"), "elections/" + w.ids.get("elections"),
                "activities/contests/" + w.ids.get("contests"), "activities/events/" + w.ids.get("events"),
                "activities/volunteer-services/" + w.ids.get("volunteer-services"),
                "activities/honours-above/" + w.ids.get("honours-above"), "orgs/" + w.a,
                "services/jobs/" + w.ids.get("jobs"), "services/placements/" + w.ids.get("placements"),
                "services/courses/" + w.ids.get("courses") + "/trainees", "services/wishes/" + w.ids.get("wishes"),
                "reporting/summaries/" + w.ids.get("summaries"), "users?unitId=" + w.a)) {
            out.put(p, w.admin.get(p).expect(200).body());
        }
        return out;
    }
}
