package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.draft;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.person;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The registers of issue 13 in core (docs/organisation.md): cadres sent elsewhere (派驻干部), a station's posted rules
 * (制度上墙) and zones (功能区), and leaders seated without an election — each with the registers' rules: subtree 404, role
 * 403, stale version 409, 400 naming the form's field in Chinese, changes only of what is sent.
 */
class OrganisationRecordsTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear();
    private static final LocalDate UNITS = LocalDate.of(YEAR - 5, 1, 1);
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
        admin = Api.admin();
    }

    @Test
    void cadresSentAreKeptByTheUnitsClerksWithinTheirSubtree() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("派驻街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("派驻社区"), UNITS);
        long other = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"), UNITS);
        Api clerk = admin.createUser(street, "STAFF");
        Api stranger = admin.createUser(other, "STAFF");
        Api auditor = admin.createUser(street, "AUDITOR");
        long cadre = person(clerk, street);
        String list = "orgs/" + street + "/secondments";
        Map<String, Object> in = body(cadre, community, null);
        JsonNode made = clerk.post(list, in).expect(201).body();
        assertEquals(community, made.path("toUnitId").asLong());
        assertTrue(made.path("destination").asText().startsWith("派驻社区"), made.toString());
        assertEquals(1, clerk.get(list).expect(200).body().size());

        String both = clerk.post(list, body(cadre, community, "大托新村")).expect(400).body().path("fields").toString();
        assertTrue(both.contains("\"field\":\"toPlace\"") && both.contains("派驻单位和派驻地点只填写一项"), both);
        String none = clerk.post(list, body(cadre, null, " ")).expect(400).body().path("fields").toString();
        assertTrue(none.contains("派驻单位和派驻地点须填写一项"), none);
        Map<String, Object> backwards = body(cadre, null, "大托新村");
        backwards.put("toOn", TODAY.minusDays(30).toString());
        String dates = clerk.post(list, backwards).expect(400).body().path("fields").toString();
        assertTrue(dates.contains("\"field\":\"toOn\"") && dates.contains("结束日期不能早于派驻日期"), dates);
        // a unit or a person outside the caller's subtree is not found; nor is the list of another street
        clerk.post(list, body(cadre, other, null)).expect(404);
        clerk.post(list, body(person(admin, other), null, "大托新村")).expect(404);
        assertEquals("NOT_FOUND", stranger.get(list).expect(404).code());
        auditor.post(list, body(cadre, null, "大托新村")).expect(403);

        // a change names only what changes: the end date; the destination stays
        String one = "orgs/secondments/" + made.path("id").asLong();
        JsonNode changed = clerk.put(one, Map.of("toOn", TODAY.toString(), "version", 0)).expect(200).body();
        assertEquals(TODAY.toString(), changed.path("toOn").asText());
        assertEquals(community, changed.path("toUnitId").asLong());
        assertEquals("参加防疫抗疫", changed.path("purpose").asText());
        assertEquals("VERSION_CONFLICT", clerk.put(one, Map.of("toOn", TODAY.toString(), "version", 0)).expect(409).code());
        stranger.put(one, Map.of("toOn", TODAY.toString(), "version", 1)).expect(404);
        // moved to a place outside the tree: the unit goes
        JsonNode moved = clerk.put(one, Map.of("toPlace", "大托 新村", "version", 1)).expect(200).body();
        assertTrue(moved.path("toUnitId").isNull(), moved.toString());
        assertEquals("大托新村", moved.path("destination").asText());
    }

    @Test
    void aStationsRulesAndZonesAreListsReplacedOnlyWhenSent() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("上墙街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("上墙社区"), UNITS);
        Map<String, Object> s = new HashMap<>();
        s.put("kind", "WOMEN_HOME");
        s.put("name", "妇女之家");
        s.put("rules", List.of(Map.of("name", "工作制度", "postedOn", TODAY.toString()), Map.of("name", "学习制度", "postedOn", TODAY.toString())));
        s.put("zones", List.of(Map.of("name", "阅读区", "openedOn", TODAY.toString())));
        JsonNode station = admin.post("orgs/" + community + "/stations", s).expect(201).body();
        assertEquals(2, station.path("rules").size());
        assertEquals("工作制度", station.path("rules").get(0).path("name").asText());
        assertEquals(1, station.path("zones").size());
        String path = "orgs/stations/" + station.path("id").asLong();
        // a change without the lists keeps them
        JsonNode renamed = admin.put(path, Map.of("kind", "WOMEN_HOME", "name", "妇女之家（新）", "version", 0)).expect(200).body();
        assertEquals(2, renamed.path("rules").size());
        assertEquals(1, renamed.path("zones").size());
        // a change with a list replaces it
        JsonNode zones = admin.put(path, Map.of("kind", "WOMEN_HOME", "name", "妇女之家（新）", "version", 1,
                "zones", List.of(Map.of("name", "阅读区", "openedOn", TODAY.toString()), Map.of("name", "手工区", "openedOn", TODAY.toString()))))
                .expect(200).body();
        assertEquals(2, zones.path("zones").size());
        assertEquals(2, zones.path("rules").size());

        Map<String, Object> bad = new HashMap<>(Map.of("kind", "WOMEN_HOME", "name", "妇女之家（新）", "version", 2));
        bad.put("rules", List.of(Map.of("name", "工作制度", "postedOn", TODAY.toString()), Map.of("name", "工作制度", "postedOn", TODAY.toString())));
        String twice = admin.put(path, bad).expect(400).body().path("fields").toString();
        assertTrue(twice.contains("\"field\":\"rules\"") && twice.contains("制度“工作制度”重复"), twice);
        bad.put("rules", List.of(Map.of("name", "值班制度")));
        String undated = admin.put(path, bad).expect(400).body().path("fields").toString();
        assertTrue(undated.contains("制度“值班制度”须填写上墙日期"), undated);
        bad.remove("rules");
        bad.put("zones", List.of(Map.of("name", "活动[区]", "openedOn", TODAY.toString())));
        String brackets = admin.put(path, bad).expect(400).body().path("fields").toString();
        assertTrue(brackets.contains("\"field\":\"zones\"") && brackets.contains("不含括号"), brackets);
        assertEquals("VERSION_CONFLICT", admin.put(path, Map.of("kind", "WOMEN_HOME", "name", "x", "version", 0)).expect(409).code());
    }

    @Test
    void leadersAreSeatedWithoutAnElectionOneChairAtATime() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("任职街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("任职社区"), UNITS);
        long other = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"), UNITS);
        Api streetAdmin = admin.createUser(street, "UNIT_ADMIN");
        Api clerk = admin.createUser(community, "STAFF");
        Api stranger = admin.createUser(other, "UNIT_ADMIN");
        String seats = "orgs/" + community + "/seats";
        long chair = person(admin, community);
        JsonNode seat = streetAdmin.post(seats, Map.of("personId", chair, "position", "CHAIR", "inTwoCommittees", true,
                "termFrom", TODAY.minusYears(1).toString())).expect(201).body();
        assertEquals("core", seat.path("source").asText());
        String second = streetAdmin.post(seats, Map.of("personId", person(admin, community), "position", "CHAIR",
                "termFrom", TODAY.toString())).expect(400).body().path("fields").toString();
        assertTrue(second.contains("\"field\":\"position\"") && second.contains("该单位当日已有在任主席"), second);
        String again = streetAdmin.post(seats, Map.of("personId", chair, "position", "VICE_CHAIR", "termFrom", TODAY.toString()))
                .expect(400).body().path("fields").toString();
        assertTrue(again.contains("此人当日已在本单位任职"), again);
        clerk.post(seats, Map.of("personId", chair, "position", "VICE_CHAIR", "termFrom", TODAY.toString())).expect(403);
        stranger.get(seats).expect(404);
        streetAdmin.post(seats, Map.of("personId", person(admin, other), "position", "VICE_CHAIR", "termFrom", TODAY.toString()))
                .expect(404);

        // the chair leaves: a change naming her end of term; the old version is refused
        String one = "orgs/seats/" + seat.path("id").asLong();
        String backwards = streetAdmin.put(one, Map.of("termTo", TODAY.minusYears(2).toString(), "version", 0)).expect(400).body()
                .path("fields").toString();
        assertTrue(backwards.contains("\"field\":\"termTo\"") && backwards.contains("离任日期不能早于任职日期"), backwards);
        JsonNode left = streetAdmin.put(one, Map.of("termTo", TODAY.minusDays(1).toString(), "version", 0)).expect(200).body();
        assertTrue(left.path("inTwoCommittees").asBoolean(), left.toString());
        assertEquals("VERSION_CONFLICT", streetAdmin.put(one, Map.of("termTo", TODAY.toString(), "version", 0)).expect(409).code());
        assertEquals(0, clerk.get("orgs/" + community + "/leaders").expect(200).body().size());
        streetAdmin.post(seats, Map.of("personId", person(admin, community), "position", "CHAIR", "termFrom", TODAY.toString())).expect(201);
        assertEquals(2, clerk.get(seats).expect(200).body().size());
        assertFalse(draft(admin, community).contains("0位"));
    }

    private static Map<String, Object> body(long person, Long toUnit, String toPlace) {
        Map<String, Object> s = new HashMap<>();
        s.put("personId", person);
        s.put("toUnitId", toUnit);
        s.put("toPlace", toPlace);
        s.put("purpose", "参加防疫抗疫");
        s.put("fromOn", TODAY.minusDays(10).toString());
        return s;
    }
}
