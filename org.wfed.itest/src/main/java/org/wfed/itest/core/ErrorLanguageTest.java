package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.wfed.core.NoticeCalendar;
import org.wfed.itest.Api;

/**
 * One error language (docs/errors.md): the same bad input sent to every module's create endpoint (core, elections,
 * aid, activities, rights, services, reporting and the example plugin) answers the same codes, each field error
 * naming the field as the form calls it, in Chinese and English.
 */
class ErrorLanguageTest {

    /**
     * A create endpoint: its path, a date field, a text field and its maximum, a required field (null: none), and what
     * every request to it carries besides (a number the JSON reader needs before the rules run).
     */
    record Create(String path, String dateField, String textField, int maxLength, String requiredField, Map<String, Object> base) {
        Map<String, Object> with(String field, Object value) {
            Map<String, Object> body = new java.util.HashMap<>(base);
            if (field != null) {
                body.put(field, value);
            }
            return body;
        }
    }

    static List<Create> creates() {
        long unit = admin.unitId();
        return List.of(
                new Create("orgs", "effective", "name", 100, "name", Map.of()),
                new Create("elections", "electionDate", "title", 100, "title", Map.of("unitId", unit)),
                new Create("aid/applications", "appliedOn", "reason", 500, "reason", Map.of("programmeId", 1, "personId", 1)),
                new Create("activities/events", "heldOn", "theme", 200, "theme", Map.of("unitId", unit)),
                new Create("rights/cases", "intakeOn", "handler", 50, "handler", Map.of("unitId", unit)),
                new Create("services/jobs", "openedOn", "employer", 200, "employer", Map.of("unitId", unit, "places", 1)),
                new Create("reporting/summaries", null, null, 0, "unitId", Map.of()),
                new Create("insurance/policies", "boughtOn", "insurer", 100, null,
                        Map.of("personId", 1, "year", 2026, "premiumFen", 100)));
    }

    static Api admin;
    static Bundle plugin;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Api.admin();
        BundleContext context = FrameworkUtil.getBundle(ErrorLanguageTest.class).getBundleContext();
        try (InputStream in = ErrorLanguageTest.class.getResourceAsStream("/plugins/insurance.jar")) {
            plugin = context.installBundle("file:/wfed-itest/plugins/errors-insurance.jar", in);
        }
        plugin.start();
        long until = System.currentTimeMillis() + 30_000;
        while (admin.get("insurance/policies").status() == 404 && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (plugin != null) {
            plugin.uninstall();
        }
    }

    @Test
    void anEmptyBodyIsBodyRequiredEverywhere() {
        for (Create c : creates()) {
            Api.Reply r = admin.postRaw(c.path(), "").expect(400);
            assertEquals("BODY_REQUIRED", r.code(), c.path() + ": " + r.raw().body());
            assertEquals("请求内容为空", r.body().path("message").asText(), c.path());
            assertEquals("The request has no body", r.body().path("messageEn").asText(), c.path());
        }
    }

    @Test
    void aDateThatDoesNotExistIsInvalidDateOnItsField() {
        for (Create c : creates()) {
            if (c.dateField() == null) {
                continue;
            }
            JsonNode f = onlyField(admin.post(c.path(), c.with(c.dateField(), "2026-02-30")), c.dateField());
            assertEquals("INVALID_DATE", f.path("code").asText(), c.path() + ": " + f);
            assertEquals("日期格式应为 YYYY-MM-DD（且该日期存在）", f.path("message").asText(), c.path());
            assertEquals("A date is written YYYY-MM-DD and must exist", f.path("messageEn").asText(), c.path());
        }
        // a query's date speaks the same language (reporting's table)
        JsonNode q = onlyField(admin.get("reporting/table?unitId=" + admin.unitId() + "&from=2026-02-30&to=2026-03-31"), "from");
        assertEquals("INVALID_DATE", q.path("code").asText(), q.toString());
    }

    @Test
    void aTooLongTextIsTooLongOnItsField() {
        for (Create c : creates()) {
            if (c.textField() == null) {
                continue;
            }
            JsonNode f = onlyField(admin.post(c.path(), c.with(c.textField(), "长".repeat(c.maxLength() + 1))), c.textField());
            assertEquals("TOO_LONG", f.path("code").asText(), c.path() + ": " + f);
            assertEquals("不能超过" + c.maxLength() + "个字符", f.path("message").asText(), c.path());
            assertEquals("At most " + c.maxLength() + " characters", f.path("messageEn").asText(), c.path());
        }
    }

    @Test
    void aMissingRequiredFieldIsRequiredOnItsField() {
        for (Create c : creates()) {
            if (c.requiredField() == null) {
                continue;
            }
            JsonNode f = onlyField(admin.post(c.path(), c.with(null, null)), c.requiredField());
            assertEquals("REQUIRED", f.path("code").asText(), c.path() + ": " + f);
            assertEquals("必填", f.path("message").asText(), c.path());
            assertEquals("Required", f.path("messageEn").asText(), c.path());
        }
    }

    @Test
    void aMissingNumberIsRequiredLikeAMissingText() {
        // elections' unitId is a number: left out, it is REQUIRED (not a type error)
        JsonNode f = onlyField(admin.post("elections", Map.of("title", "换届")), "unitId");
        assertEquals("REQUIRED", f.path("code").asText(), f.toString());
    }

    @Test
    void theSharedCalendarSkipsNationalDayAndCountsItsMakeUpSaturday() {
        // aid (ApplicationService.notice) and activities (NoticeDays) both end a notice on this service: 5 working days from Wed 30 Sep 2026 skip 1–7 Oct
        // (国庆) and count Sat 10 Oct (调休): 30 Sep, 8, 9, 10, 12 Oct
        NoticeCalendar calendar = Api.service(NoticeCalendar.class);
        assertEquals(LocalDate.of(2026, 10, 12), calendar.end(LocalDate.of(2026, 9, 30), 5, true));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 10)));
    }

    /** The answer is a 400 VALIDATION_FAILED with an error on {@code field}; that error. */
    private static JsonNode onlyField(Api.Reply r, String field) {
        r.expect(400);
        assertEquals("VALIDATION_FAILED", r.code(), r.raw().body());
        for (JsonNode f : r.body().path("fields")) {
            if (field.equals(f.path("field").asText())) {
                return f;
            }
        }
        throw new AssertionError("no error on " + field + ": " + r.raw().body());
    }
}
