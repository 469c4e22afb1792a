package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Role;
import org.wfed.itest.Api;

/**
 * Activities and volunteer services: trainings count batches and trainees, lists filter by subtree, type and
 * period with paging, exports are UTF-8 CSV with BOM and XLSX, locked years refuse writes, versions guard edits.
 */
class ActivitiesTest {
    private static Api admin;
    private static long street;
    private static long community;
    private static long other;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("activities");
        admin = Api.admin();
        street = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("活动街道"));
        community = ContestSteps.unit(admin, street, "COMMUNITY", Api.unique("活动社区"));
        other = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("别的街道"));
        activity(community, "2026-03-08", "TRAINING", "妇女创业技能培训", 2, 80);
        activity(community, "2026-05-12", "LEGAL_EDUCATION", "民法典进社区", 0, 0);
        activity(street, "2026-06-01", "TRAINING", "=执委履职培训", 1, 60);
        activity(community, "2025-12-20", "LECTURE", "去年的讲座", 0, 0);
        activity(other, "2026-04-01", "LECTURE", "别的街道讲座", 0, 0);
    }

    private static JsonNode activity(long unit, String day, String type, String theme, int batches, int trainees) {
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "heldOn", day, "typeCode", type, "theme", theme,
                "stationName", "妇女之家", "participants", 50, "volunteers", 5, "batches", batches, "trainees", trainees));
        body.putAll(Map.of("mediaReports", 1, "wechatPosts", 2, "originalPosts", 1, "partners", "司法所"));
        return admin.post("activities/events", body).expect(201).body();
    }

    @Test
    void theListFiltersBySubtreeTypeAndPeriod() {
        JsonNode all = admin.get("activities/events?unitId=" + street + "&from=2026-01-01&to=2026-12-31").expect(200).body();
        assertEquals(3, all.path("total").asInt(), all.toString());
        assertEquals("2026-06-01", all.path("items").get(0).path("heldOn").asText());
        JsonNode trainings = admin.get("activities/events?unitId=" + street + "&type=TRAINING&from=2026-01-01&to=2026-12-31")
                .expect(200).body();
        assertEquals(2, trainings.path("total").asInt());
        JsonNode page2 = admin.get("activities/events?unitId=" + street + "&from=2026-01-01&to=2026-12-31&page=2&size=2")
                .expect(200).body();
        assertEquals(1, page2.path("items").size());
        assertEquals(3, page2.path("total").asInt());
        assertEquals(1, admin.get("activities/events?unitId=" + community + "&from=2025-01-01&to=2025-12-31").expect(200)
                .body().path("total").asInt());
        admin.get("activities/events?unitId=" + street + "&from=2026-13-01").expect(400);
        admin.get("activities/events?unitId=" + street + "&size=500").expect(400);
    }

    @Test
    void aRecordCannotPredateItsUnit() {
        long young = admin.createUnit(other, "COMMUNITY", Api.unique("新建社区"), java.time.LocalDate.of(2025, 3, 1));
        Api.Reply r = admin.post("activities/events", Map.of("unitId", young, "heldOn", "2024-07-01", "typeCode", "LECTURE",
                "theme", "成立前的讲座"));
        JsonNode field = r.expect(400).body().path("fields").get(0);
        assertEquals("BEFORE_UNIT_FOUNDED", field.path("code").asText());
        assertEquals("heldOn", field.path("field").asText());
        assertTrue(field.path("message").asText().contains("2025-03-01"), field.toString());
    }

    @Test
    void aUnitOfUnknownFoundingDateTakesEarlierRecords() {
        // created without a founding date: unknown, not "today", so a record of last year is not refused
        long unknown = admin.createUnit(other, "COMMUNITY", Api.unique("成立日期不详社区"));
        JsonNode founded = admin.get("orgs/" + unknown).expect(200).body().path("validFrom");
        assertTrue(founded.isNull() || founded.isMissingNode(), founded.toString());
        admin.post("activities/events", Map.of("unitId", unknown, "heldOn", "2024-07-01", "typeCode", "LECTURE",
                "theme", "补录的讲座")).expect(201);
    }

    @Test
    void onlyTrainingsCountBatchesAndTrainees() {
        Api.Reply r = admin.post("activities/events", Map.of("unitId", community, "heldOn", "2026-07-01", "typeCode", "LECTURE",
                "theme", "讲座", "batches", 1));
        assertEquals("batches", r.expect(400).body().path("fields").get(0).path("field").asText());
        r = admin.post("activities/events", Map.of("unitId", community, "heldOn", "2026-07-01", "typeCode", "TRAINING",
                "theme", "培训"));
        assertEquals("batches", r.expect(400).body().path("fields").get(0).path("field").asText());
        r = admin.post("activities/events", Map.of("unitId", community, "heldOn", "2026-07-01", "typeCode", "NO_SUCH",
                "theme", "x"));
        assertEquals("typeCode", r.expect(400).body().path("fields").get(0).path("field").asText());
        admin.post("activities/events", Map.of("unitId", community, "heldOn", "2026-07-01", "typeCode", "LECTURE",
                "theme", "x", "wechatPosts", 1, "originalPosts", 3)).expect(400);
    }

    @Test
    void csvExportHasABomAndDefusesFormulas() {
        Api.Reply r = admin.get("activities/events/export.csv?unitId=" + street + "&from=2026-01-01&to=2026-12-31").expect(200);
        String body = r.raw().body();
        assertTrue(body.startsWith("\uFEFF日期,单位,单位代码,活动类型,活动主题"), body);
        assertTrue(body.contains("'=执委履职培训"), body);
        assertTrue(body.contains("2026-06-01,") && body.contains(",培训,"), "dates as yyyy-MM-dd, types in words: " + body);
        assertEquals(4, body.split("\r\n").length);
        assertTrue(r.raw().headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    }

    @Test
    void xlsxExportIsAWorkbook() {
        Api.Download r = admin.download("activities/events/export.xlsx?unitId=" + street + "&from=2026-01-01&to=2026-12-31")
                .expect(200);
        assertTrue(r.header("Content-Type").contains("spreadsheetml"));
        java.util.List<org.wfed.core.imports.SheetRow> rows = org.wfed.core.imports.SheetFile.read(r.body());
        assertEquals("日期", rows.get(0).text(0));
        assertEquals("单位代码", rows.get(0).text(2));
        assertEquals(4, rows.size(), "the header and three activities");
        org.wfed.core.imports.SheetRow first = rows.stream().filter(x -> x.text(0).equals("2026-06-01")).findFirst().orElseThrow();
        assertEquals(org.wfed.core.imports.CellKind.DATE, first.kind(0));
        assertEquals("2026-06-01", first.text(0));
        assertEquals("培训", first.text(3));
        assertEquals(org.wfed.core.imports.CellKind.NUMBER, first.kind(7), "participants as a number");
        assertEquals("=执委履职培训", first.text(4), "a text cell in XLSX is never a formula");
    }

    @Test
    void editsAreVersioned() {
        long unit = ContestSteps.unit(admin, other, "COMMUNITY", Api.unique("编辑社区"));
        JsonNode a = activity(unit, "2026-08-08", "READING", "亲子阅读打卡", 0, 0);
        Map<String, Object> body = new HashMap<>(Map.of("unitId", unit, "heldOn", "2026-08-08", "typeCode", "READING",
                "theme", "亲子阅读打卡（改）", "participants", 30, "version", a.path("version").asInt()));
        assertEquals("亲子阅读打卡（改）", admin.put("activities/events/" + a.path("id").asLong(), body).expect(200).body()
                .path("theme").asText());
        assertEquals("VERSION_CONFLICT", admin.put("activities/events/" + a.path("id").asLong(), body).expect(409).code());
        admin.delete("activities/events/" + a.path("id").asLong() + "?version=0").expect(409);
        admin.delete("activities/events/" + a.path("id").asLong() + "?version=1").expect(204);
        admin.get("activities/events/" + a.path("id").asLong()).expect(404);
    }

    @Test
    void aLockedYearRefusesNewRecords() {
        long unit = ContestSteps.unit(admin, other, "COMMUNITY", Api.unique("锁定社区"));
        Caller system = new Caller(1, "admin", "系统管理员", admin.unitId(), "/" + admin.unitId() + "/", Set.of(Role.SYSTEM_ADMIN), Set.of());
        Api.service(Database.class).write(c -> {
            Api.service(PeriodLocks.class).lock(c, system, unit, 2024);
            return null;
        });
        admin.post("activities/events", Map.of("unitId", unit, "heldOn", "2024-05-01", "typeCode", "LECTURE", "theme", "补录"))
                .expect(409);
        admin.post("activities/volunteer-services", Map.of("unitId", unit, "servedOn", "2024-05-01", "teamName", "志愿队",
                "content", "清扫", "volunteers", 3, "hours", 6)).expect(409);
        admin.post("activities/events", Map.of("unitId", unit, "heldOn", "2025-05-01", "typeCode", "LECTURE", "theme", "今年"))
                .expect(201);
        assertTrue(Instant.now().isAfter(Instant.EPOCH));
    }

    @Test
    void volunteerServicesCountVolunteersAndHours() {
        long unit = ContestSteps.unit(admin, other, "COMMUNITY", Api.unique("志愿社区"));
        admin.post("activities/volunteer-services", Map.of("unitId", unit, "servedOn", "2026-03-05", "teamName", "美丽大姐志愿队",
                "content", "走访空巢老人", "volunteers", 12, "hours", 36.5, "beneficiaries", 20)).expect(201);
        admin.post("activities/volunteer-services", Map.of("unitId", unit, "servedOn", "2026-03-06", "teamName", "美丽大姐志愿队",
                "content", "x", "volunteers", 0, "hours", 1)).expect(400);
        admin.post("activities/volunteer-services", Map.of("unitId", unit, "servedOn", "2026-03-06", "teamName", "美丽大姐志愿队",
                "content", "x", "volunteers", 1, "hours", 1.25)).expect(400);
        JsonNode list = admin.get("activities/volunteer-services?unitId=" + unit + "&from=2026-01-01&to=2026-12-31").expect(200).body();
        assertEquals(1, list.path("total").asInt());
        assertEquals(36.5, list.path("items").get(0).path("hours").asDouble());
    }

    @Test
    void aClerkCannotRecordForAnotherStreet() {
        Api clerk = admin.createUser(ContestSteps.unit(admin, street, "COMMUNITY", Api.unique("文员社区")), "STAFF");
        clerk.post("activities/events", Map.of("unitId", other, "heldOn", "2026-07-01", "typeCode", "LECTURE", "theme", "越权"))
                .expect(404);
        assertEquals(0, clerk.get("activities/events?from=2026-04-01&to=2026-04-30").expect(200).body().path("total").asInt());
        clerk.get("activities/events?unitId=" + other).expect(404);
    }
}
