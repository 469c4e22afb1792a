package org.wfed.itest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The seed summaries' employment figures replayed through the API: S4 L78 (开发就业岗位23个、个人求职信息54个、单位招聘27条、
 * 帮助女性成功实现就业6人) and S14 L256 (先后举办了4次招聘会) are found in the indicator table and in the drafted summary,
 * and a figure that is zero is never stated.
 */
class ServicesFiguresTest {
    private static Api admin;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("services", "reporting");
        admin = Api.admin();
    }

    static long unit(long parent, String kind, String name) {
        return admin.createUnit(parent, kind, Api.unique(name), LocalDate.of(2020, 1, 1));
    }

    static JsonNode job(Api api, long unit, String source, String day, int places) {
        return api.post("services/jobs", Map.of("unitId", unit, "source", source, "employer", "延吉市某家政服务有限公司",
                "title", "家政服务员", "places", places, "pay", "3000-4000元/月", "openedOn", day)).expect(201).body();
    }

    static JsonNode seeker(Api api, long unit, String name, String day) {
        return api.post("services/seekers", Map.of("unitId", unit, "name", name, "skills", "家政、育婴", "wishes", "社区附近",
                "registeredOn", day, "unemployed", true, "unemployedSince", "2024-10-01")).expect(201).body();
    }

    static JsonNode table(long unit, int year) {
        return Api.admin().get("reporting/table?unitId=" + unit + "&year=" + year + "&compare=false").expect(200).body()
                .path("total").path("values");
    }

    static String summary(long unit, int year) {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", unit, "year", year)).expect(201).body();
        StringBuilder out = new StringBuilder();
        s.path("sections").forEach(sec -> {
            if (sec.path("section").asText().equals("employment")) {
                sec.path("paragraphs").forEach(p -> out.append(p.path("text").asText()).append('\n'));
            }
        });
        return out.toString();
    }

    @Test
    void s4Line78PostsSeekersNoticesAndPlacementsAreInTheTableAndTheDraft() {
        long street = unit(admin.unitId(), "STREET", "延吉街道");
        long community = unit(street, "COMMUNITY", "延吉社区");
        for (int i = 0; i < 23; i++) {
            job(admin, i % 2 == 0 ? community : street, "DEVELOPED", "2025-0" + (1 + i % 9) + "-10", 1 + i % 3);
        }
        JsonNode notice = null;
        for (int i = 0; i < 27; i++) {
            JsonNode posted = job(admin, community, "EMPLOYER", "2025-0" + (1 + i % 9) + "-15", 2);
            notice = notice == null ? posted : notice;
        }
        long[] seekers = new long[54];
        for (int i = 0; i < 54; i++) {
            seekers[i] = seeker(admin, community, "求职者" + i, "2025-0" + (1 + i % 6) + "-01").path("id").asLong();
        }
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = new HashMap<>(Map.of("seekerId", seekers[i], "placedOn", "2025-08-0" + (1 + i),
                    "confirmedBy", "电话回访"));
            if (i < 2) {
                body.put("jobId", notice.path("id").asLong());
            } else {
                body.put("employer", "延吉市某电商公司");
            }
            admin.post("services/placements", body).expect(201);
        }
        // a post of last year and one of the next year are not this year's
        job(admin, community, "DEVELOPED", "2024-12-31", 1);

        JsonNode v = table(street, 2025);
        assertEquals(23, v.path("services.jobPosts").asInt(), v.toString());
        assertEquals(27, v.path("services.employerNotices").asInt());
        assertEquals(54, v.path("services.seekers").asInt());
        assertEquals(6, v.path("services.placements").asInt());
        assertEquals(48, v.path("services.unemployed").asInt(), "54 registered unemployed, 6 of them placed");
        assertEquals(0, v.path("services.fairs").asInt());
        assertEquals(8 * 1 + 8 * 2 + 7 * 3 + 27 * 2, v.path("services.jobPlaces").asInt(), "places offered");

        String draft = summary(street, 2025);
        assertTrue(draft.contains("开发就业岗位23个"), draft);
        assertTrue(draft.contains("收集个人求职信息54个"), draft);
        assertTrue(draft.contains("发布单位招聘信息27条"), draft);
        assertTrue(draft.contains("帮助6名女性成功实现就业"), draft);
        assertFalse(draft.contains("招聘会"), "no fair was held, none is stated: " + draft);
        assertFalse(draft.contains("微心愿"), draft);
    }

    @Test
    void s14Line256FourJobFairsAreInTheTableAndTheDraft() {
        long street = unit(admin.unitId(), "STREET", "网格街道");
        long community = unit(street, "COMMUNITY", "网格社区");
        String[] days = {"2025-02-20", "2025-03-08", "2025-06-18", "2025-09-26"};
        for (String day : days) {
            admin.post("services/fairs", Map.of("unitId", community, "heldOn", day, "name", "春风行动招聘会", "employers", 12,
                    "posts", 80, "visitors", 150, "agreements", 20)).expect(201);
        }
        JsonNode v = table(street, 2025);
        assertEquals(4, v.path("services.fairs").asInt(), v.toString());
        assertEquals(600, v.path("services.fairVisitors").asInt());
        assertEquals(0, v.path("services.jobPosts").asInt());
        String draft = summary(street, 2025);
        assertTrue(draft.contains("举办招聘会4次"), draft);
        assertFalse(draft.contains("开发就业岗位"), "nothing not done is stated: " + draft);
        assertFalse(draft.contains("推荐求职者"), "no referral, none stated: " + draft);
        assertFalse(draft.contains("0名") || draft.contains("0个"), draft);
    }

    @Test
    void trainingAndWishFiguresAreCountedAndDrafted() {
        long street = unit(admin.unitId(), "STREET", "培训街道");
        long course = admin.post("services/courses", Map.of("unitId", street, "name", "巾帼家政培训班", "kind", "HOUSEKEEPING",
                "startOn", "2025-04-01", "endOn", "2025-04-10", "hours", 40, "provider", "区人社局", "certificate", "家政服务员证"))
                .expect(201).body().path("id").asLong();
        for (int i = 0; i < 5; i++) {
            admin.post("services/courses/" + course + "/trainees", Map.of("name", "学员" + i, "completed", i < 4,
                    "certified", i < 3, "employedAfter", i < 2)).expect(201);
        }
        admin.post("services/courses/" + course + "/trainees", Map.of("name", "学员x", "completed", false, "certified", true))
                .expect(400);
        JsonNode listed = admin.get("services/courses/" + course).expect(200).body();
        assertEquals(5, listed.path("trainees").asInt());
        assertEquals("家政", listed.path("kindName").asText());
        for (int i = 0; i < 3; i++) {
            Map<String, Object> w = new HashMap<>(Map.of("unitId", street, "wish", "一个新书包", "value", 80,
                    "beneficiary", "张小花", "collectedOn", "2025-05-20"));
            if (i < 2) {
                w.put("claimedBy", "爱心企业");
                w.put("claimedOn", "2025-05-25");
            }
            if (i < 1) {
                w.put("fulfilledOn", "2025-06-01");
            }
            admin.post("services/wishes", w).expect(201);
        }
        JsonNode v = table(street, 2025);
        assertEquals(1, v.path("services.courses").asInt(), v.toString());
        assertEquals(5, v.path("services.trainees").asInt());
        assertEquals(3, v.path("services.certified").asInt());
        assertEquals(2, v.path("services.employedAfterTraining").asInt());
        assertEquals(3, v.path("services.wishesCollected").asInt());
        assertEquals(2, v.path("services.wishesClaimed").asInt());
        assertEquals(1, v.path("services.wishesFulfilled").asInt());
        assertEquals(0, new java.math.BigDecimal("40.0").compareTo(v.path("services.employmentRateAfterTraining").decimalValue()),
                v.toString());
        assertEquals(0, new java.math.BigDecimal("33.3").compareTo(v.path("services.wishesFulfilledShare").decimalValue()));
        String draft = summary(street, 2025);
        assertTrue(draft.contains("技能培训1期") && draft.contains("培训妇女5人次") && draft.contains("3人取得职业技能证书")
                && draft.contains("2人培训后实现就业") && draft.contains("培训后就业率40%"), draft);
        assertTrue(draft.contains("收集群众“微心愿”3个") && draft.contains("认领2个") && draft.contains("实现1个"), draft);
    }

    /** S4 L73: 累计收集…“微心愿”200余条…对接率达95%以上 (190 of the 200 wishes fulfilled). */
    @Test
    void s4Line73TwoHundredWishesNinetyFivePercentFulfilled() {
        long street = unit(admin.unitId(), "STREET", "心愿街道");
        long community = unit(street, "COMMUNITY", "心愿社区");
        for (int i = 0; i < 200; i++) {
            Map<String, Object> w = new HashMap<>(Map.of("unitId", i % 2 == 0 ? street : community, "wish", "一套学习用品",
                    "value", 50, "beneficiary", "困难儿童" + i, "collectedOn", "2025-0" + (1 + i % 9) + "-05"));
            if (i < 190) {
                w.put("claimedBy", "爱心企业");
                w.put("claimedOn", "2025-0" + (1 + i % 9) + "-10");
                w.put("fulfilledOn", "2025-0" + (1 + i % 9) + "-20");
            }
            admin.post("services/wishes", w).expect(201);
        }
        JsonNode v = table(street, 2025);
        assertEquals(200, v.path("services.wishesCollected").asInt(), v.toString());
        assertEquals(190, v.path("services.wishesFulfilled").asInt());
        assertEquals(0, new java.math.BigDecimal("95").compareTo(v.path("services.wishesFulfilledShare").decimalValue()), v.toString());
        String draft = summary(street, 2025);
        assertTrue(draft.contains("收集群众“微心愿”200个") && draft.contains("实现率95%"), draft);
    }

    @Test
    void referralsAreCountedAndDraftedOnlyWhenDone() {
        long street = unit(admin.unitId(), "STREET", "推荐街道");
        long community = unit(street, "COMMUNITY", "推荐社区");
        long job = job(admin, community, "DEVELOPED", "2025-03-01", 5).path("id").asLong();
        for (int i = 0; i < 3; i++) {
            long seeker = seeker(admin, community, "推荐" + i, "2025-03-02").path("id").asLong();
            admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-03-05",
                    "outcome", i == 0 ? "HIRED" : "PENDING")).expect(201);
            if (i == 0) {
                admin.post("services/referrals", Map.of("seekerId", seeker, "jobId", job, "referredOn", "2025-04-05"))
                        .expect(201);
            }
        }
        JsonNode v = table(street, 2025);
        assertEquals(4, v.path("services.referrals").asInt(), v.toString());
        assertEquals(0, table(street, 2024).path("services.referrals").asInt());
        String draft = summary(street, 2025);
        assertTrue(draft.contains("推荐求职者4人次"), draft);
        assertFalse(summary(street, 2024).contains("推荐求职者"));
    }

    @Test
    void employmentAfterTrainingCountsTraineesLinkedToAPlacementAndThePlainFlag() {
        long street = unit(admin.unitId(), "STREET", "培训就业街道");
        long community = unit(street, "COMMUNITY", "培训就业社区");
        long course = admin.post("services/courses", Map.of("unitId", street, "name", "电商培训班", "kind", "ECOMMERCE",
                "startOn", "2025-03-01", "endOn", "2025-03-10")).expect(201).body().path("id").asLong();
        long seeker = seeker(admin, community, "电商学员", "2025-02-01").path("id").asLong();
        long placement = admin.post("services/placements", Map.of("seekerId", seeker, "employer", "某电商企业",
                "placedOn", "2025-04-01")).expect(201).body().path("id").asLong();
        String trainees = "services/courses/" + course + "/trainees";
        admin.post(trainees, Map.of("name", "电商学员", "completed", true, "placementId", placement)).expect(201);
        admin.post(trainees, Map.of("name", "另一学员", "completed", true, "employedAfter", true)).expect(201);
        admin.post(trainees, Map.of("name", "第三学员", "completed", true)).expect(201);
        admin.post(trainees, Map.of("name", "第四学员")).expect(201);
        JsonNode v = table(street, 2025);
        assertEquals(4, v.path("services.trainees").asInt(), v.toString());
        assertEquals(2, v.path("services.employedAfterTraining").asInt(), v.toString());
        assertEquals(0, new java.math.BigDecimal("50.0").compareTo(v.path("services.employmentRateAfterTraining").decimalValue()),
                v.toString());
        String draft = summary(street, 2025);
        assertTrue(draft.contains("2人培训后实现就业") && draft.contains("培训后就业率50%"), draft);
    }
}
