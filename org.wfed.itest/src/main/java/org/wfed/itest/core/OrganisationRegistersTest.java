package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The organisation registers' rules (issue 15): stations and teams are kept by unit admins of the subtree, volunteers,
 * members and pairings by whoever keeps its people; a unit or person outside the caller's subtree answers 404; a stale
 * version 409; a bad field a 400 in Chinese naming it; and a merged community's station rolls up to the street it
 * belonged to in that year.
 */
class OrganisationRegistersTest {
    private static final int YEAR = LocalDate.now().getYear();
    private static final LocalDate UNITS = LocalDate.of(YEAR - 2, 1, 1);
    private static Api admin;
    private static long streetA;
    private static long streetB;
    private static long communityA;
    private static long communityB;
    private static Api adminA;
    private static Api clerkA;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("reporting");
        admin = Api.admin();
        streetA = admin.createUnit(admin.unitId(), "STREET", Api.unique("甲街道"), UNITS);
        streetB = admin.createUnit(admin.unitId(), "STREET", Api.unique("乙街道"), UNITS);
        communityA = admin.createUnit(streetA, "COMMUNITY", Api.unique("甲社区"), UNITS);
        communityB = admin.createUnit(streetB, "COMMUNITY", Api.unique("乙社区"), UNITS);
        adminA = admin.createUser(streetA, "UNIT_ADMIN");
        clerkA = admin.createUser(communityA, "STAFF");
    }

    private static Map<String, Object> station(String kind, String name) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", kind);
        s.put("name", name);
        s.put("openedOn", LocalDate.of(YEAR - 1, 5, 1).toString());
        return s;
    }

    @Test
    void stationsAreKeptInTheSubtreeByItsAdmins() {
        adminA.post("orgs/" + communityA + "/stations", station("AFTER_SCHOOL", "四点半学校")).expect(201);
        assertEquals("NOT_FOUND", adminA.post("orgs/" + communityB + "/stations", station("AFTER_SCHOOL", "越权")).expect(404).code());
        clerkA.post("orgs/" + communityA + "/stations", station("AFTER_SCHOOL", "无权")).expect(403);
        JsonNode list = clerkA.get("orgs/" + communityA + "/stations").expect(200).body();
        boolean listed = false;
        for (JsonNode s : list) {
            listed |= s.path("name").asText().equals("四点半学校") && s.path("kindName").asText().equals("四点半学校");
        }
        assertTrue(listed, list.toString());
        assertTrue(clerkA.get("orgs/station-kinds").expect(200).body().toString().contains("未成年人活动室"));
    }

    @Test
    void aStaleVersionIsAConflict() {
        JsonNode s = adminA.post("orgs/" + communityA + "/stations", station("WOMEN_HOME", "妇女之家")).expect(201).body();
        Map<String, Object> change = station("WOMEN_HOME", "妇女之家（改）");
        change.put("items", List.of(Map.of("item", "VENUE", "metOn", LocalDate.of(YEAR, 1, 5).toString())));
        change.put("version", 0);
        JsonNode changed = adminA.put("orgs/stations/" + s.path("id").asLong(), change).expect(200).body();
        assertEquals(1, changed.path("sixHave").asInt());
        assertEquals(1, changed.path("version").asInt());
        assertEquals("VERSION_CONFLICT", adminA.put("orgs/stations/" + s.path("id").asLong(), change).expect(409).code());
        // a change without items or a count keeps the 六有 met
        Map<String, Object> rename = station("WOMEN_HOME", "妇女之家（再改）");
        rename.put("version", 1);
        JsonNode kept = adminA.put("orgs/stations/" + s.path("id").asLong(), rename).expect(200).body();
        assertEquals(1, kept.path("sixHave").asInt());
        assertEquals(1, kept.path("items").size());
    }

    @Test
    void aBadFieldIsNamedInChinese() {
        Map<String, Object> bad = station("NO_SUCH_KIND", "");
        bad.put("modelGrade", "CITY");
        JsonNode e = adminA.post("orgs/" + communityA + "/stations", bad).expect(400).body();
        String fields = e.path("fields").toString();
        assertTrue(fields.contains("\"field\":\"name\"") && fields.contains("\"field\":\"kind\"") && fields.contains("\"field\":\"modelYear\""),
                fields);
        assertTrue(fields.contains("填写示范等级时，命名年份必填") && fields.contains("阵地类型不在阵地类型表中"), fields);
        Map<String, Object> twice = station("WOMEN_HOME", "重复六有");
        twice.put("items", List.of(Map.of("item", "PLAN", "metOn", "2025-01-01"), Map.of("item", "PLAN", "metOn", "2025-02-01")));
        assertTrue(adminA.post("orgs/" + communityA + "/stations", twice).expect(400).body().path("fields").toString()
                .contains("“六有”中有计划重复"));
        Map<String, Object> pairing = new HashMap<>();
        pairing.put("kind", "LOVING_MOTHER");
        pairing.put("covered", 0);
        pairing.put("startedOn", LocalDate.now().toString());
        String p = clerkA.post("orgs/" + communityA + "/pairings", pairing).expect(400).body().path("fields").toString();
        assertTrue(p.contains("\"field\":\"personId\"") && p.contains("结对对象人数（户数）必须大于0"), p);
    }

    @Test
    void volunteersAndPairingsNameOnlyPeopleOfTheSubtree() {
        long own = admin.post("people", Map.of("unitId", communityA, "name", "甲志愿者", "sex", "F", "birthDate", "1985-01-01"))
                .expect(201).body().path("id").asLong();
        long foreign = admin.post("people", Map.of("unitId", communityB, "name", "乙志愿者", "sex", "F", "birthDate", "1985-01-01"))
                .expect(201).body().path("id").asLong();
        String today = LocalDate.now().toString();
        clerkA.post("orgs/" + communityA + "/volunteers", Map.of("personId", foreign, "joinedOn", today)).expect(404);
        JsonNode v = clerkA.post("orgs/" + communityA + "/volunteers", Map.of("personId", own, "joinedOn", today, "skills", "家庭教育"))
                .expect(201).body();
        assertEquals("甲志愿者", v.path("name").asText());
        JsonNode again = clerkA.post("orgs/" + communityA + "/volunteers", Map.of("personId", own, "joinedOn", today)).expect(400).body();
        assertTrue(again.path("fields").toString().contains("此人已登记为本单位志愿者"), again.toString());
        clerkA.put("orgs/volunteers/" + v.path("id").asLong(), Map.of("personId", own, "joinedOn", today, "skills", "法律", "version", 0))
                .expect(200);
        clerkA.put("orgs/volunteers/" + v.path("id").asLong(), Map.of("personId", own, "joinedOn", today, "version", 0)).expect(409);
        clerkA.post("orgs/" + communityB + "/pairings", Map.of("kind", "GRID_SISTER", "personId", own, "covered", 3, "startedOn", today))
                .expect(404);
        long team = adminA.post("orgs/" + communityA + "/teams", Map.of("kind", "CULTURE", "name", "腰鼓队", "foundedOn", today))
                .expect(201).body().path("id").asLong();
        clerkA.post("orgs/teams/" + team + "/members", Map.of("personId", foreign, "joinedOn", today)).expect(404);
        JsonNode t = clerkA.post("orgs/teams/" + team + "/members", Map.of("personId", own, "joinedOn", today)).expect(201).body();
        assertEquals(1, t.path("memberList").size());
    }

    /** A community merged into another street this year: its station of last year stays with its old street then. */
    @Test
    void aMergedCommunitysStationRollsUpToItsStreetOfThatYear() {
        long sA = admin.createUnit(admin.unitId(), "STREET", Api.unique("并前街道"), UNITS);
        long sB = admin.createUnit(admin.unitId(), "STREET", Api.unique("并入街道"), UNITS);
        long x = admin.createUnit(sA, "COMMUNITY", Api.unique("被并社区"), UNITS);
        long y = admin.createUnit(sB, "COMMUNITY", Api.unique("并入社区"), UNITS);
        admin.post("orgs/" + x + "/stations", station("MINORS_ROOM", "未成年人活动室")).expect(201);
        int version = admin.get("orgs/" + x).expect(200).body().path("unit").path("version").asInt();
        admin.post("orgs/" + x + "/merge", Map.of("intoId", y, "effective", LocalDate.of(YEAR, 1, 1).toString(), "version", version))
                .expect(200);
        assertEquals(1, figure(sA, YEAR - 1, "core.stations[MINORS_ROOM]"));
        assertEquals(0, figure(sB, YEAR - 1, "core.stations[MINORS_ROOM]"));
    }

    private static long figure(long unit, int year, String key) {
        JsonNode values = admin.get("reporting/table?unitId=" + unit + "&year=" + year + "&compare=false").expect(200).body()
                .path("total").path("values");
        return values.has(key) && !values.path(key).isNull() ? values.path(key).decimalValue().longValueExact() : 0;
    }
}
