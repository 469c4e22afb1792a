package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * A 最美家庭 contest of a community from nomination to commendation through HTTP: eligibility, two judges'
 * scores weighed with the 30% public vote, a notice of 5 working days over a weekend, an objection that blocks
 * finalising until resolved, certificate numbers, printable pages, optimistic versions and the audit trail.
 */
class ContestFlowTest {
    private static Api admin;
    private static Api judge;
    private static long street;
    private static long community;
    private static long otherCommunity;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("activities");
        admin = Api.admin();
        street = admin.createUnit(admin.unitId(), "STREET", Api.unique("评选街道"));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("评选社区"));
        otherCommunity = admin.createUnit(street, "COMMUNITY", Api.unique("隔壁社区"));
        judge = admin.createUser(street, "UNIT_ADMIN");
    }

    @Test
    void aContestRunsFromNominationToCommendation() {
        JsonNode contest = ContestSteps.contest(admin, community, "MOST_BEAUTIFUL_FAMILY", 2026);
        long id = contest.path("id").asLong();
        assertEquals("NOMINATING", contest.path("status").asText());
        assertEquals(30, contest.path("voteShare").asInt());
        assertTrue(contest.path("title").asText().contains("最美家庭"), contest.toString());

        long wang = ContestSteps.person(admin, community, "王秀英");
        long li = ContestSteps.person(admin, community, "李桂英");
        long zhao = ContestSteps.person(admin, community, "赵玉兰");
        long outsider = ContestSteps.person(admin, otherCommunity, "钱海燕");
        long a = ContestSteps.family(admin, id, "王秀英家庭", wang);
        long b = ContestSteps.family(admin, id, "<b>李桂英</b>家庭", li);
        long c = ContestSteps.family(admin, id, "赵玉兰家庭", zhao);

        Api.Reply dup = admin.post("activities/contests/" + id + "/nominees", Map.of("name", "又一户", "nominatedBy", "SELF",
                "members", List.of(Map.of("personId", wang))));
        assertEquals("DUPLICATE_NOMINEE", dup.expect(409).code());
        assertTrue(dup.body().path("message").asText().contains("王秀英已在本次评选中被提名"), dup.body().toString());
        Api.Reply outside = admin.post("activities/contests/" + id + "/nominees", Map.of("name", "外单位家庭", "nominatedBy", "SELF",
                "members", List.of(Map.of("personId", outsider))));
        assertEquals("members", outside.expect(400).body().path("fields").get(0).path("field").asText());
        Api.Reply noMembers = admin.post("activities/contests/" + id + "/nominees", Map.of("name", "空户", "nominatedBy", "SELF"));
        assertEquals("members", noMembers.expect(400).body().path("fields").get(0).path("field").asText());

        int cVersion = admin.get("activities/contests/" + id + "/nominees/" + c).expect(200).body().path("version").asInt();
        JsonNode ruled = admin.put("activities/contests/" + id + "/nominees/" + c + "/eligibility",
                Map.of("eligible", false, "note", "户籍不在本社区", "version", cVersion)).expect(200).body();
        assertEquals("INELIGIBLE", ruled.path("status").asText());
        admin.put("activities/contests/" + id + "/nominees/" + c + "/eligibility",
                Map.of("eligible", true, "version", cVersion)).expect(409);

        ContestSteps.review(admin, id);
        admin.post("activities/contests/" + id + "/nominees", Map.of("name", "迟到家庭", "nominatedBy", "SELF",
                "members", List.of(Map.of("personId", ContestSteps.person(admin, community, "迟到者"))))).expect(409);
        admin.post("activities/contests/" + id + "/scores", Map.of("nomineeId", a, "score", 90)).expect(200);
        admin.post("activities/contests/" + id + "/scores", Map.of("nomineeId", b, "score", 95)).expect(200);
        judge.post("activities/contests/" + id + "/scores", Map.of("nomineeId", a, "score", 80)).expect(200);
        judge.post("activities/contests/" + id + "/scores", Map.of("nomineeId", b, "score", 95)).expect(200);
        assertEquals("NOT_ELIGIBLE", admin.post("activities/contests/" + id + "/scores", Map.of("nomineeId", c, "score", 99)).expect(409).code());
        admin.post("activities/contests/" + id + "/scores", Map.of("nomineeId", a, "score", 101)).expect(400);
        votes(id, a, 100);
        votes(id, b, 20);

        JsonNode ranking = admin.get("activities/contests/" + id + "/ranking").expect(200).body();
        assertEquals(2, ranking.size(), ranking.toString());
        assertEquals(a, ranking.get(0).path("nomineeId").asLong());
        assertEquals(85.0, ranking.get(0).path("panelScore").asDouble());
        assertEquals(89.5, ranking.get(0).path("total").asDouble());
        assertEquals(72.5, ranking.get(1).path("total").asDouble());
        assertEquals(2, ranking.get(1).path("rank").asInt());
        assertEquals(4, admin.get("activities/contests/" + id + "/scores").expect(200).body().size());

        // a Friday + 5 working days: Friday, Monday to Thursday
        java.time.LocalDate friday = ContestSteps.next(java.time.DayOfWeek.FRIDAY);
        JsonNode onNotice = ContestSteps.notice(admin, id, friday.toString());
        assertEquals("NOTICE", onNotice.path("status").asText());
        assertEquals(friday.plusDays(6).toString(), onNotice.path("noticeEnd").asText());
        assertEquals(2, onNotice.path("selected").asInt());
        JsonNode ran = ContestSteps.letNoticeRun(admin, id);
        java.time.LocalDate start = java.time.LocalDate.parse(ran.path("noticeStart").asText());
        java.time.LocalDate end = java.time.LocalDate.parse(ran.path("noticeEnd").asText());
        String today = java.time.LocalDate.now().toString();

        long objection = admin.post("activities/contests/" + id + "/objections", Map.of("nomineeId", a, "lodgedOn",
                start.plusDays(3).toString(), "lodgedBy", "匿名居民", "content", "该户曾有邻里纠纷")).expect(201).body().path("id").asLong();
        Api.Reply blocked = ContestSteps.finaliseReply(admin, id);
        assertEquals("OBJECTION_OPEN", blocked.expect(409).code());
        assertTrue(blocked.body().path("message").asText().contains("1条异议尚未处理"), blocked.body().toString());

        JsonNode o = admin.get("activities/contests/" + id + "/objections").expect(200).body().get(0);
        assertTrue(o.path("open").asBoolean());
        admin.put("activities/contests/" + id + "/objections/" + objection, Map.of("upheld", false,
                "resolution", "经核实纠纷已调解，异议不成立", "resolvedOn", start.plusDays(5).toString(), "version", o.path("version").asInt()))
                .expect(200);
        int stale = ContestSteps.version(admin, id);
        JsonNode finalised = ContestSteps.finaliseReply(admin, id).expect(200).body();
        assertEquals("FINALISED", finalised.path("status").asText());
        assertEquals("VERSION_CONFLICT", admin.post("activities/contests/" + id + "/commend", Map.of("commendedOn", today,
                "version", stale)).expect(409).code());

        JsonNode commended = ContestSteps.commend(admin, id, today);
        assertEquals("COMMENDED", commended.path("status").asText());
        JsonNode first = admin.get("activities/contests/" + id + "/nominees/" + a).expect(200).body();
        // a number people read: the unit's short name, the year in 〔〕, the type's name, no internal codes
        String unitName = admin.get("orgs/" + community).expect(200).body().path("unit").path("name").asText();
        assertEquals(unitName.replaceFirst("社区$", "") + "〔2026〕最美家庭第001号", first.path("certificateNo").asText());
        assertEquals("COMMUNITY", first.path("honourLevel").asText());
        assertEquals("王秀英", first.path("members").get(0).path("name").asText());

        String notice = admin.get("activities/contests/" + id + "/notice.html").expect(200).raw().body();
        java.time.format.DateTimeFormatter zh = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");
        assertTrue(notice.contains("公示期：" + start.format(zh) + "至" + end.format(zh) + "（5个工作日）"), notice);
        assertTrue(notice.contains("size:A4"));
        assertTrue(notice.contains(org.wfed.core.PrintPage.css()) && notice.contains("<body class=\"wfed-print\">"),
                "the 公示 is written in core's print shell");
        String honours = admin.get("activities/contests/" + id + "/honours.html").expect(200).raw().body();
        assertTrue(honours.contains("&lt;b&gt;李桂英&lt;/b&gt;家庭"), honours);
        assertTrue(honours.contains(org.wfed.core.PrintPage.css()) && honours.contains("<body class=\"wfed-print\">"),
                "the honour list is written in core's print shell");
        assertFalse(honours.contains("<b>李桂英"));
        assertTrue(honours.contains("〔2026〕最美家庭第002号"), honours);
        assertTrue(honours.contains("妇字〔2026〕8号"));

        String audit = admin.get("audit?action=activities.contest.commend&size=200").expect(200).body().path("items").toString();
        assertTrue(audit.contains("\"recordId\":\"" + id + "\""), audit);
    }

    @Test
    void anUpheldObjectionTakesTheNomineeOffTheHonourList() {
        long id = ContestSteps.contest(admin, community, "CIVILISED_FAMILY", 2026).path("id").asLong();
        long kept = ContestSteps.family(admin, id, "文明家庭甲", ContestSteps.person(admin, community, "何春花"));
        long struck = ContestSteps.family(admin, id, "文明家庭乙", ContestSteps.person(admin, community, "高婷婷"));
        ContestSteps.review(admin, id);
        // 7 calendar days from a Friday: the weekend counts
        java.time.LocalDate friday = ContestSteps.next(java.time.DayOfWeek.FRIDAY);
        assertEquals(friday.plusDays(6).toString(), ContestSteps.notice(admin, id, friday.toString()).path("noticeEnd").asText());
        java.time.LocalDate start = java.time.LocalDate.parse(ContestSteps.letNoticeRun(admin, id).path("noticeStart").asText());
        long o = admin.post("activities/contests/" + id + "/objections", Map.of("nomineeId", struck, "lodgedOn", start.plusDays(3).toString(),
                "content", "该户存在违章搭建")).expect(201).body().path("id").asLong();
        admin.put("activities/contests/" + id + "/objections/" + o, Map.of("upheld", true, "resolution", "经核实属实，取消推荐资格",
                "resolvedOn", start.plusDays(4).toString(), "version", 0)).expect(200);
        assertEquals("REMOVED", admin.get("activities/contests/" + id + "/nominees/" + struck).expect(200).body().path("status").asText());
        ContestSteps.finaliseOk(admin, id);
        ContestSteps.commend(admin, id, java.time.LocalDate.now().toString());
        assertEquals("COMMENDED", admin.get("activities/contests/" + id + "/nominees/" + kept).expect(200).body().path("status").asText());
        String honours = admin.get("activities/contests/" + id + "/honours.html").expect(200).raw().body();
        assertTrue(honours.contains("文明家庭甲"));
        assertFalse(honours.contains("文明家庭乙"), honours);
    }

    @Test
    void withoutAVoteShareVotesCannotBeRecorded() {
        long id = ContestSteps.contest(admin, community, "SAFE_FAMILY", 2026).path("id").asLong();
        long n = ContestSteps.family(admin, id, "平安家庭甲", ContestSteps.person(admin, community, "孙晓红"));
        assertEquals("NO_PUBLIC_VOTE", admin.put("activities/contests/" + id + "/nominees/" + n + "/votes",
                Map.of("votes", 5, "version", 0)).expect(400).code());
    }

    @Test
    void theSameContestCannotBeOpenedTwice() {
        ContestSteps.contest(admin, community, "GREEN_FAMILY", 2025);
        assertEquals("CONTEST_EXISTS", admin.post("activities/contests", Map.of("unitId", community,
                "typeId", ContestSteps.typeId(admin, "GREEN_FAMILY"), "contestYear", 2025)).expect(409).code());
    }

    @Test
    void aHigherLevelTitleTakesOnlyRecommendedNominees() {
        long id = ContestSteps.contest(admin, street, "FIVE_GOOD_FAMILY", 2026).path("id").asLong();
        Api.Reply r = admin.post("activities/contests/" + id + "/nominees", Map.of("name", "直报家庭", "nominatedBy", "SELF",
                "members", List.of(Map.of("personId", ContestSteps.person(admin, community, "周静芳")))));
        assertEquals("LOWER_TITLE_REQUIRED", r.expect(409).code());
    }

    @Test
    void finalisingWaitsForTheEndOfTheNotice() {
        long id = ContestSteps.contest(admin, community, "ZERO_WASTE_FAMILY", 2026).path("id").asLong();
        ContestSteps.family(admin, id, "无废家庭甲", ContestSteps.person(admin, community, "吴慧敏"));
        ContestSteps.review(admin, id);
        ContestSteps.notice(admin, id, java.time.LocalDate.now().toString());
        assertEquals("NOTICE_NOT_ENDED", ContestSteps.finaliseReply(admin, id).expect(409).code());
    }

    private static void votes(long contestId, long nomineeId, int votes) {
        int v = admin.get("activities/contests/" + contestId + "/nominees/" + nomineeId).expect(200).body().path("version").asInt();
        admin.put("activities/contests/" + contestId + "/nominees/" + nomineeId + "/votes", Map.of("votes", votes, "version", v))
                .expect(200);
    }
}
