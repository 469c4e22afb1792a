package org.wfed.itest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.PeriodLocks;
import org.wfed.core.Role;
import org.wfed.itest.Api;

/**
 * The services module's rules and access: a placement never predates the seeker's registration, a wish is never
 * fulfilled before it was claimed, a post's places are never exceeded without an audited override, bad input is a 400
 * naming the field in Chinese, versions guard edits, locked years refuse writes; another street's user sees 404, a user
 * without the permission 403, and a beneficiary's name is masked in lists. A referral never predates the seeker's
 * registration nor the post, and a placement naming a referral is of its seeker and post.
 */
class ServicesRulesTest {
    private static Api admin;
    private static long street;
    private static long community;
    private static long other;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("services");
        admin = Api.admin();
        street = admin.createUnit(admin.unitId(), "STREET", Api.unique("规则街道"), LocalDate.of(2020, 1, 1));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("规则社区"), LocalDate.of(2020, 1, 1));
        other = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"), LocalDate.of(2020, 1, 1));
    }

    private static JsonNode field(Api.Reply r) {
        return r.expect(400).body().path("fields").get(0);
    }

    @Test
    void aPlacementBeforeTheSeekersRegistrationIsRefused() {
        long seeker = ServicesFiguresTest.seeker(admin, community, "王女士", "2025-05-01").path("id").asLong();
        JsonNode f = field(admin.post("services/placements", Map.of("seekerId", seeker, "employer", "某超市",
                "placedOn", "2025-04-30")));
        assertEquals("placedOn", f.path("field").asText(), f.toString());
        assertEquals("BEFORE_REGISTRATION", f.path("code").asText());
        assertTrue(f.path("message").asText().contains("2025-05-01"), f.toString());
        admin.post("services/placements", Map.of("seekerId", seeker, "employer", "某超市", "placedOn", "2025-05-01")).expect(201);
        assertEquals("seekerId", field(admin.post("services/placements", Map.of("seekerId", 987654321L, "employer", "x",
                "placedOn", "2025-05-01"))).path("field").asText());
        assertEquals("employer", field(admin.post("services/placements", Map.of("seekerId", seeker,
                "placedOn", "2025-05-01"))).path("field").asText());
    }

    @Test
    void aPostsPlacesAreNotExceededWithoutAnAuditedOverride() {
        long job = ServicesFiguresTest.job(admin, community, "EMPLOYER", "2025-03-01", 1).path("id").asLong();
        long a = ServicesFiguresTest.seeker(admin, community, "甲", "2025-03-02").path("id").asLong();
        long b = ServicesFiguresTest.seeker(admin, community, "乙", "2025-03-02").path("id").asLong();
        JsonNode first = admin.post("services/placements", Map.of("seekerId", a, "jobId", job, "placedOn", "2025-03-10"))
                .expect(201).body();
        assertEquals("延吉市某家政服务有限公司", first.path("employer").asText(), "the post's employer");
        assertEquals(1, admin.get("services/jobs/" + job).expect(200).body().path("filled").asInt());
        Api.Reply refused = admin.post("services/placements", Map.of("seekerId", b, "jobId", job, "placedOn", "2025-03-11"));
        assertEquals("PLACES_FILLED", refused.expect(409).code());
        JsonNode over = admin.post("services/placements", Map.of("seekerId", b, "jobId", job, "placedOn", "2025-03-11",
                "override", true)).expect(201).body();
        assertTrue(over.path("overPlaces").asBoolean());
        long audited = Api.service(Database.class).read(c -> Jdbc.number(c,
                "SELECT COUNT(*) FROM core_audit WHERE action = ? AND record_id = ?", "services.placement.override",
                over.path("id").asText()));
        assertEquals(1, audited, "the override is audited");
        assertEquals("places", field(admin.put("services/jobs/" + job, Map.of("unitId", community, "employer", "x", "title", "y",
                "places", 1, "openedOn", "2025-03-01", "version", 0))).path("field").asText(), "places below those filled");
    }

    @Test
    void aWishIsNeverFulfilledBeforeItWasClaimed() {
        Map<String, Object> w = new HashMap<>(Map.of("unitId", community, "wish", "一套绘画工具", "value", 50, "beneficiary", "李小明",
                "collectedOn", "2025-06-01", "fulfilledOn", "2025-06-05"));
        JsonNode f = field(admin.post("services/wishes", w));
        assertEquals("fulfilledOn", f.path("field").asText());
        assertEquals("NOT_CLAIMED", f.path("code").asText());
        assertTrue(f.path("message").asText().contains("认领"), f.toString());
        w.put("claimedBy", "社区志愿者");
        w.put("claimedOn", "2025-06-06");
        f = field(admin.post("services/wishes", w));
        assertEquals("fulfilledOn", f.path("field").asText());
        assertEquals("BEFORE_CLAIMED", f.path("code").asText());
        w.put("fulfilledOn", "2025-06-06");
        JsonNode wish = admin.post("services/wishes", w).expect(201).body();
        assertEquals("FULFILLED", wish.path("status").asText());
        assertEquals("李**", wish.path("beneficiary").asText(), "a child's name leaves the server masked");
        JsonNode list = admin.get("services/wishes?unitId=" + community + "&from=2025-01-01&to=2025-12-31").expect(200).body();
        assertFalse(list.toString().contains("李小明"), list.toString());
        // an edit that repeats the masked name keeps the real one
        Map<String, Object> edit = new HashMap<>(w);
        edit.put("beneficiary", "李**");
        edit.put("wish", "一套水彩笔");
        edit.put("version", wish.path("version").asInt());
        admin.put("services/wishes/" + wish.path("id").asLong(), edit).expect(200);
        String stored = Api.service(Database.class).read(c -> Jdbc.one(c, "SELECT beneficiary FROM svc_wish WHERE id = ?",
                rs -> rs.getString(1), wish.path("id").asLong())).orElseThrow();
        assertEquals("李小明", stored);
        assertEquals("VERSION_CONFLICT", admin.put("services/wishes/" + wish.path("id").asLong(), edit).expect(409).code());
    }

    @Test
    void badInputIsA400NamingTheFieldInChinese() {
        JsonNode f = field(admin.post("services/jobs", Map.of("unitId", community, "employer", "某公司", "title", "收银员",
                "places", 0, "openedOn", "2025-01-01")));
        assertEquals("places", f.path("field").asText());
        assertTrue(f.path("message").asText().matches(".*[\\u4e00-\\u9fa5].*"), f.toString());
        assertEquals("kind", field(admin.post("services/courses", Map.of("unitId", community, "name", "培训", "kind", "COOKING",
                "startOn", "2025-01-01", "endOn", "2025-01-02"))).path("field").asText());
        assertEquals("endOn", field(admin.post("services/courses", Map.of("unitId", community, "name", "培训", "kind", "ECOMMERCE",
                "startOn", "2025-01-05", "endOn", "2025-01-02"))).path("field").asText());
        assertEquals("heldOn", field(admin.post("services/fairs", Map.of("unitId", community, "name", "招聘会",
                "heldOn", LocalDate.now().plusDays(3).toString()))).path("field").asText());
        assertEquals("unemployedSince", field(admin.post("services/seekers", Map.of("unitId", community, "name", "赵女士",
                "registeredOn", "2025-01-01", "unemployed", false, "unemployedSince", "2024-01-01"))).path("field").asText());
        admin.get("services/jobs?unitId=" + community + "&from=2025-13-01").expect(400);
    }

    @Test
    void editsAreVersionedAndLockedYearsRefuseWrites() {
        long unit = admin.createUnit(other, "COMMUNITY", Api.unique("锁定社区"), LocalDate.of(2020, 1, 1));
        JsonNode fair = admin.post("services/fairs", Map.of("unitId", unit, "heldOn", "2025-04-01", "name", "招聘会")).expect(201).body();
        Map<String, Object> body = Map.of("unitId", unit, "heldOn", "2025-04-01", "name", "春季招聘会", "visitors", 30, "version", 0);
        assertEquals("春季招聘会", admin.put("services/fairs/" + fair.path("id").asLong(), body).expect(200).body().path("name").asText());
        assertEquals("VERSION_CONFLICT", admin.put("services/fairs/" + fair.path("id").asLong(), body).expect(409).code());
        admin.delete("services/fairs/" + fair.path("id").asLong() + "?version=0").expect(409);
        Caller system = new Caller(1, "admin", "系统管理员", admin.unitId(), "/" + admin.unitId() + "/", Set.of(Role.SYSTEM_ADMIN),
                Set.of());
        Api.service(Database.class).write(c -> {
            Api.service(PeriodLocks.class).lock(c, system, unit, 2024);
            return null;
        });
        admin.post("services/fairs", Map.of("unitId", unit, "heldOn", "2024-05-01", "name", "补录招聘会")).expect(409);
        admin.delete("services/fairs/" + fair.path("id").asLong() + "?version=1").expect(204);
        admin.get("services/fairs/" + fair.path("id").asLong()).expect(404);
    }

    @Test
    void anotherStreetsUserSees404AndAUserWithoutThePermission403() {
        JsonNode job = ServicesFiguresTest.job(admin, community, "DEVELOPED", "2025-02-01", 3);
        Api outsider = admin.createUser(other, "STAFF");
        outsider.get("services/jobs/" + job.path("id").asLong()).expect(404);
        outsider.get("services/jobs?unitId=" + community).expect(404);
        outsider.post("services/jobs", Map.of("unitId", community, "employer", "某公司", "title", "收银员", "places", 1,
                "openedOn", "2025-01-01")).expect(404);
        long seeker = ServicesFiguresTest.seeker(admin, community, "孙女士", "2025-01-01").path("id").asLong();
        assertEquals("seekerId", field(outsider.post("services/placements", Map.of("seekerId", seeker, "employer", "x",
                "placedOn", "2025-02-01"))).path("field").asText(), "another street's seeker is not hers to place");
        assertEquals(0, outsider.get("services/jobs?from=2025-01-01&to=2025-12-31").expect(200).body().path("total").asInt());

        Api auditor = admin.createUser(street, "AUDITOR");
        auditor.get("services/jobs?unitId=" + community).expect(403);
        auditor.post("services/wishes", Map.of("unitId", community, "wish", "书包", "beneficiary", "某某",
                "collectedOn", "2025-01-01")).expect(403);

        Api clerk = admin.createUser(community, "STAFF");
        assertTrue(clerk.get("services/jobs?from=2025-01-01&to=2025-12-31").expect(200).body().path("total").asInt() >= 1);
    }

    @Test
    void aReferralFollowsTheSeekersRegistrationAndThePostAndItsOutcomeIsVersioned() {
        long job = ServicesFiguresTest.job(admin, community, "EMPLOYER", "2025-06-01", 2).path("id").asLong();
        long seeker = ServicesFiguresTest.seeker(admin, community, "周女士", "2025-06-10").path("id").asLong();
        JsonNode f = field(admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-06-09")));
        assertEquals("referredOn", f.path("field").asText(), f.toString());
        assertEquals("BEFORE_REGISTRATION", f.path("code").asText());
        assertTrue(f.path("message").asText().contains("推荐日期"), f.toString());
        long early = ServicesFiguresTest.seeker(admin, community, "吴女士", "2025-05-01").path("id").asLong();
        f = field(admin.post("services/referrals", Map.of("seekerId", early, "jobId", job, "referredOn", "2025-05-20")));
        assertEquals("BEFORE_JOB_OPENED", f.path("code").asText(), f.toString());
        assertEquals("jobId", field(admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", 987654321L,
                "referredOn", "2025-06-12"))).path("field").asText());
        f = field(admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-06-12",
                "outcome", "MAYBE")));
        assertEquals("outcome", f.path("field").asText());
        assertTrue(f.path("message").asText().matches(".*[\\u4e00-\\u9fa5].*"), f.toString());

        JsonNode referral = admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-06-12",
                "note", "电话推荐")).expect(201).body();
        long id = referral.path("id").asLong();
        assertEquals("PENDING", referral.path("outcome").asText());
        assertEquals("家政服务员", referral.path("jobTitle").asText());
        long audited = Api.service(Database.class).read(c -> Jdbc.number(c,
                "SELECT COUNT(*) FROM core_audit WHERE action = ? AND record_id = ?", "services.referral.create", String.valueOf(id)));
        assertEquals(1, audited, "the referral is audited");
        Map<String, Object> hired = Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-06-12", "outcome", "HIRED",
                "version", 0);
        assertEquals("HIRED", admin.put("services/referrals/" + id, hired).expect(200).body().path("outcome").asText());
        assertEquals("VERSION_CONFLICT", admin.put("services/referrals/" + id, hired).expect(409).code());
        assertTrue(admin.get("services/referrals?unitId=" + street + "&from=2025-01-01&to=2025-12-31").expect(200).body()
                .path("total").asInt() >= 1, "listed by the street's subtree");

        // a placement may name the referral it came from: the same seeker, the same post, not before the referral
        assertEquals("referralId", field(admin.post("services/placements", Map.of("seekerId", early, "jobId", job,
                "placedOn", "2025-06-20", "referralId", id))).path("field").asText(), "another seeker's referral");
        assertEquals("placedOn", field(admin.post("services/placements", Map.of("seekerId", seeker, "jobId", job,
                "placedOn", "2025-06-11", "referralId", id))).path("field").asText(), "placed before referred");
        JsonNode placed = admin.post("services/placements", Map.of("seekerId", seeker, "jobId", job, "placedOn", "2025-06-20",
                "referralId", id)).expect(201).body();
        assertEquals(id, placed.path("referralId").asLong());
        assertEquals("REFERRAL_HAS_PLACEMENT", admin.delete("services/referrals/" + id + "?version=1").expect(409).code());
        assertEquals("SEEKER_HAS_PLACEMENTS", admin.delete("services/seekers/" + seeker + "?version=0").expect(409).code());
    }

    @Test
    void referralsAreLimitedToTheSubtreeAndThePermissionAndLockedYears() {
        long job = ServicesFiguresTest.job(admin, community, "EMPLOYER", "2025-02-01", 3).path("id").asLong();
        long seeker = ServicesFiguresTest.seeker(admin, community, "郑女士", "2025-02-01").path("id").asLong();
        long id = admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-02-03"))
                .expect(201).body().path("id").asLong();
        Api outsider = admin.createUser(other, "STAFF");
        outsider.get("services/referrals/" + id).expect(404);
        outsider.get("services/referrals?unitId=" + community).expect(404);
        assertEquals("seekerId", field(outsider.post("services/referrals", Map.of("seekerId", seeker, "jobId", job,
                "referredOn", "2025-02-03"))).path("field").asText());
        Api auditor = admin.createUser(street, "AUDITOR");
        auditor.get("services/referrals?unitId=" + community).expect(403);
        Api clerk = admin.createUser(community, "STAFF");
        assertEquals(id, clerk.get("services/referrals/" + id).expect(200).body().path("id").asLong());

        long unit = admin.createUnit(other, "COMMUNITY", Api.unique("推荐锁定社区"), LocalDate.of(2020, 1, 1));
        long lockedJob = ServicesFiguresTest.job(admin, unit, "EMPLOYER", "2024-02-01", 3).path("id").asLong();
        long lockedSeeker = ServicesFiguresTest.seeker(admin, unit, "冯女士", "2024-02-01").path("id").asLong();
        Caller system = new Caller(1, "admin", "系统管理员", admin.unitId(), "/" + admin.unitId() + "/", Set.of(Role.SYSTEM_ADMIN),
                Set.of());
        Api.service(Database.class).write(c -> {
            Api.service(PeriodLocks.class).lock(c, system, unit, 2024);
            return null;
        });
        admin.post("services/referrals", Map.of("seekerId", lockedSeeker, "jobId", lockedJob, "referredOn", "2024-03-01"))
                .expect(409);
    }

    @Test
    void aTraineesEmploymentAfterTrainingNamesAPlacementOfHerOwnAfterTheCourseStarted() {
        long unit = admin.createUnit(street, "COMMUNITY", Api.unique("培训就业社区"), LocalDate.of(2020, 1, 1));
        long course = admin.post("services/courses", Map.of("unitId", unit, "name", "育婴师培训班", "kind", "CHILDCARE",
                "startOn", "2025-04-01", "endOn", "2025-04-20", "hours", 32)).expect(201).body().path("id").asLong();
        long lin = ServicesFiguresTest.seeker(admin, unit, "林女士", "2025-03-01").path("id").asLong();
        long he = ServicesFiguresTest.seeker(admin, unit, "何女士", "2025-03-01").path("id").asLong();
        long before = admin.post("services/placements", Map.of("seekerId", lin, "employer", "某超市", "placedOn", "2025-03-20"))
                .expect(201).body().path("id").asLong();
        long after = admin.post("services/placements", Map.of("seekerId", lin, "employer", "某月嫂公司", "placedOn", "2025-05-01"))
                .expect(201).body().path("id").asLong();
        long hers = admin.post("services/placements", Map.of("seekerId", he, "employer", "某月嫂公司", "placedOn", "2025-05-01"))
                .expect(201).body().path("id").asLong();
        String trainees = "services/courses/" + course + "/trainees";

        JsonNode f = field(admin.post(trainees, Map.of("name", "林女士", "completed", true, "placementId", before)));
        assertEquals("placementId", f.path("field").asText(), f.toString());
        assertEquals("BEFORE_COURSE", f.path("code").asText());
        assertTrue(f.path("message").asText().contains("2025-04-01"), f.toString());
        f = field(admin.post(trainees, Map.of("name", "林女士", "completed", true, "placementId", hers)));
        assertEquals("OTHER_PERSON", f.path("code").asText(), f.toString());
        assertEquals("placementId", field(admin.post(trainees, Map.of("name", "林女士", "placementId", 987654321L)))
                .path("field").asText());

        JsonNode linked = admin.post(trainees, Map.of("name", "林女士", "completed", true, "placementId", after)).expect(201).body();
        assertEquals(after, linked.path("placementId").asLong());
        assertTrue(linked.path("employedAfter").asBoolean(), "a named placement is employment afterwards");
        JsonNode plain = admin.post(trainees, Map.of("name", "无登记学员", "completed", true, "employedAfter", true)).expect(201).body();
        assertTrue(plain.path("employedAfter").asBoolean(), "the plain flag for a trainee without a seeker record");
        assertTrue(plain.path("placementId").isNull() || plain.path("placementId").isMissingNode(), plain.toString());
        assertEquals(2, admin.get("services/courses/" + course).expect(200).body().path("employedAfter").asInt());

        assertEquals("PLACEMENT_HAS_TRAINEE", admin.delete("services/placements/" + after + "?version=0").expect(409).code());
        assertEquals("placedOn", field(admin.put("services/placements/" + after, Map.of("seekerId", lin, "employer", "某月嫂公司",
                "placedOn", "2025-03-30", "version", 0))).path("field").asText(), "moved before the course");
        assertEquals("seekerId", field(admin.put("services/placements/" + after, Map.of("seekerId", he, "employer", "某月嫂公司",
                "placedOn", "2025-05-01", "version", 0))).path("field").asText(), "moved to another seeker");

        // unlinking keeps the trainee, and the flag may then be cleared
        JsonNode unlinked = admin.put(trainees + "/" + linked.path("id").asLong(), Map.of("name", "林女士", "completed", true,
                "employedAfter", false, "version", 0)).expect(200).body();
        assertFalse(unlinked.path("employedAfter").asBoolean());
        admin.delete("services/placements/" + after + "?version=0").expect(204);
    }
}
