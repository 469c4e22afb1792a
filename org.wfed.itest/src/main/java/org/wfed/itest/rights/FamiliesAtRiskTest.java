package org.wfed.itest.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Families at risk (三色家庭, issue 14): a colour from the configurable scheme, visits due by colour with the overdue
 * first on the board, colour changes kept as history, names masked and addresses hidden until revealed (audited);
 * and the hotline and consultation log.
 */
class FamiliesAtRiskTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static Api admin;
    private static long street;
    private static long community;
    private static Api streetAdmin;
    private static Api clerk;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("rights");
        admin = Api.admin();
        street = admin.createUnit(admin.unitId(), "STREET", Api.unique("三色街道"), LocalDate.of(TODAY.getYear() - 2, 1, 1));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("三色社区"), LocalDate.of(TODAY.getYear() - 2, 1, 1));
        streetAdmin = admin.createUser(street, "UNIT_ADMIN");
        clerk = admin.createUser(community, "STAFF");
    }

    private static JsonNode family(String colour, LocalDate opened) {
        return clerk.post("rights/families", Map.of("unitId", community, "household", "赵某某户", "address", "和平路8号",
                "colour", colour, "reason", "丈夫酗酒，有家暴倾向", "responsible", "网格员刘芳", "openedOn", opened.toString(),
                "members", List.of(Map.of("name", "赵大明", "relation", "户主"), Map.of("name", "孙丽", "relation", "配偶"))))
                .expect(201).body();
    }

    @Test
    void theBoardPutsOverdueVisitsFirstAndMasksTheHousehold() {
        JsonNode red = family("RED", TODAY.minusDays(10)); // visited weekly: overdue
        JsonNode green = family("GREEN", TODAY.minusDays(10)); // every 90 days: not due
        assertEquals(TODAY.minusDays(3).toString(), red.path("visitDue").asText());
        assertTrue(red.path("overdue").asBoolean());
        assertFalse(green.path("overdue").asBoolean());
        assertEquals("赵***", red.path("household").asText());
        assertTrue(red.path("address").isNull());
        assertEquals("赵**", red.path("members").get(0).path("name").asText());

        JsonNode board = clerk.get("rights/families?unitId=" + community).expect(200).body();
        assertEquals(red.path("id").asLong(), board.path("items").get(0).path("id").asLong(), board.toString());
        assertFalse(board.toString().contains("和平路") || board.toString().contains("赵大明"), board.toString());
        JsonNode overdue = streetAdmin.get("rights/families?unitId=" + street + "&overdue=true").expect(200).body();
        assertTrue(overdue.path("items").findValues("id").stream().anyMatch(x -> x.asLong() == red.path("id").asLong()));
        assertFalse(overdue.path("items").findValues("id").stream().anyMatch(x -> x.asLong() == green.path("id").asLong()));

        // a visit moves the next one a week on; one before the file was opened is refused
        long id = red.path("id").asLong();
        assertEquals("visitedOn", RightsCasesTest.field(clerk.post("rights/families/" + id + "/visits",
                Map.of("visitedOn", TODAY.minusDays(11).toString(), "visitor", "刘芳")).expect(400).body()));
        JsonNode visited = clerk.post("rights/families/" + id + "/visits", Map.of("visitedOn", TODAY.toString(), "visitor", "刘芳",
                "note", "丈夫已戒酒")).expect(200).body();
        assertEquals(TODAY.plusDays(7).toString(), visited.path("visitDue").asText());
        assertFalse(visited.path("overdue").asBoolean());
        assertTrue(visited.path("visits").get(0).path("note").isNull());

        JsonNode full = streetAdmin.post("rights/families/" + id + "/reveal", Map.of("reason", "安排入户走访")).expect(200).body();
        assertEquals("赵某某户", full.path("household").asText());
        assertEquals("和平路8号", full.path("address").asText());
        assertEquals("丈夫已戒酒", full.path("visits").get(0).path("note").asText());
        assertEquals(403, clerk.post("rights/families/" + id + "/reveal", Map.of("reason", "安排入户走访")).status());
        String audit = admin.get("audit?action=rights.family.reveal&size=50").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + id + "\""), audit);
    }

    /** The roll-up's overdue households: open files of the subtree whose visit is overdue today, and only those. */
    @Test
    void theRollUpCountsTheOpenFilesOverdueInItsSubtree() {
        LocalDate opened = LocalDate.of(TODAY.getYear(), 1, 1);
        long own = admin.createUnit(admin.unitId(), "STREET", Api.unique("逾期街道"), opened.minusYears(1));
        long home = admin.createUnit(own, "COMMUNITY", Api.unique("逾期社区"), opened.minusYears(1));
        Api staff = admin.createUser(home, "STAFF");
        java.util.function.BiFunction<String, LocalDate, JsonNode> file = (colour, on) -> staff.post("rights/families",
                Map.of("unitId", home, "household", "钱某某户", "address", "和平路9号", "colour", colour, "reason", "邻里纠纷",
                        "responsible", "网格员刘芳", "openedOn", on.toString(),
                        "members", List.of(Map.of("name", "钱小红", "relation", "户主")))).expect(201).body();
        file.apply("RED", TODAY.minusDays(8)); // weekly: overdue since yesterday
        file.apply("RED", TODAY.minusDays(7)); // due today: not overdue yet
        file.apply("GREEN", TODAY.minusDays(8)); // every 90 days
        JsonNode visited = file.apply("ORANGE", TODAY.minusDays(60));
        staff.post("rights/families/" + visited.path("id").asLong() + "/visits", Map.of("visitedOn", TODAY.minusDays(1).toString(),
                "visitor", "刘芳")).expect(200);
        JsonNode closed = file.apply("RED", TODAY.minusDays(30));
        staff.post("rights/families/" + closed.path("id").asLong() + "/close", Map.of("closedOn", TODAY.toString(), "reason", "家庭稳定",
                "version", closed.path("version").asInt())).expect(200);
        file.apply("RED", TODAY.minusDays(20));

        JsonNode table = admin.get("reporting/table?unitId=" + own + "&year=" + TODAY.getYear() + "&compare=false").expect(200).body();
        assertEquals(2, table.path("total").path("values").path("rights.familiesOverdue").asInt(), table.toString());
        JsonNode before = admin.get("reporting/table?unitId=" + own + "&year=" + (TODAY.getYear() - 1) + "&compare=false").expect(200)
                .body();
        assertEquals(0, before.path("total").path("values").path("rights.familiesOverdue").asInt(0), before.toString());
    }

    @Test
    void aColourChangeKeepsItsHistory() {
        JsonNode f = family("ORANGE", TODAY.minusDays(30));
        long id = f.path("id").asLong();
        assertEquals("colour", RightsCasesTest.field(clerk.post("rights/families/" + id + "/colour", Map.of("colour", "PURPLE",
                "changedOn", TODAY.toString(), "reason", "x", "version", f.path("version").asInt())).expect(400).body()));
        assertEquals("changedOn", RightsCasesTest.field(clerk.post("rights/families/" + id + "/colour", Map.of("colour", "GREEN",
                "changedOn", TODAY.minusDays(31).toString(), "reason", "矛盾化解", "version", f.path("version").asInt())).expect(400).body()));
        JsonNode changed = clerk.post("rights/families/" + id + "/colour", Map.of("colour", "GREEN", "changedOn", TODAY.toString(),
                "reason", "矛盾化解", "version", f.path("version").asInt())).expect(200).body();
        assertEquals("GREEN", changed.path("colour").asText());
        assertEquals(2, changed.path("history").size());
        assertEquals("ORANGE", changed.path("history").get(1).path("fromColour").asText());
        assertEquals(409, clerk.post("rights/families/" + id + "/colour", Map.of("colour", "RED", "changedOn", TODAY.toString(),
                "reason", "再次发生冲突", "version", f.path("version").asInt())).status());
        JsonNode closed = clerk.post("rights/families/" + id + "/close", Map.of("closedOn", TODAY.toString(), "reason", "家庭稳定",
                "version", changed.path("version").asInt())).expect(200).body();
        assertEquals(TODAY.toString(), closed.path("closedOn").asText());
        assertFalse(clerk.get("rights/families?unitId=" + community + "&size=200").expect(200).body().path("items")
                .findValues("id").stream().anyMatch(x -> x.asLong() == id));
    }

    @Test
    void theColourSchemeTakesThreeToFiveColoursAndKeepsThoseInUse() {
        List<?> colours = admin.get("rights/colours").expect(200).body().findValues("code");
        assertEquals(4, colours.size());
        family("YELLOW", TODAY);
        assertEquals("colours", RightsCasesTest.field(admin.put("rights/colours", List.of(
                Map.of("code", "RED", "nameZh", "红色", "meaning", "严重", "visitDays", 7, "sortOrder", 1),
                Map.of("code", "GREEN", "nameZh", "绿色", "meaning", "稳定", "visitDays", 90, "sortOrder", 2))).expect(400).body()));
        JsonNode inUse = admin.put("rights/colours", List.of(
                Map.of("code", "RED", "nameZh", "红色", "meaning", "严重", "visitDays", 7, "sortOrder", 1),
                Map.of("code", "ORANGE", "nameZh", "橙色", "meaning", "矛盾", "visitDays", 14, "sortOrder", 2),
                Map.of("code", "GREEN", "nameZh", "绿色", "meaning", "稳定", "visitDays", 90, "sortOrder", 3))).expect(400).body();
        assertEquals("COLOUR_IN_USE", inUse.path("fields").get(0).path("code").asText());
        assertEquals(403, clerk.put("rights/colours", List.of()).status());
    }

    @Test
    void theHotlineLogCountsPeopleAndProblems() {
        clerk.post("rights/consultations", Map.of("unitId", community, "heldOn", TODAY.toString(), "channel", "HOTLINE",
                "topic", "MARITAL_DISPUTE", "contacts", 3, "solved", 1)).expect(201);
        assertEquals("contacts", RightsCasesTest.field(clerk.post("rights/consultations", Map.of("unitId", community,
                "heldOn", TODAY.toString(), "channel", "HOTLINE", "topic", "MARITAL_DISPUTE", "contacts", 0)).expect(400).body()));
        JsonNode list = streetAdmin.get("rights/consultations?unitId=" + street + "&channel=HOTLINE").expect(200).body();
        assertTrue(list.path("total").asInt() >= 1);
        JsonNode row = list.path("items").get(0);
        clerk.delete("rights/consultations/" + row.path("id").asLong() + "?version=" + row.path("version").asInt()).expect(204);
    }
}
