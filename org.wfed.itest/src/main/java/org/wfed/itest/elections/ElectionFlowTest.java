package org.wfed.itest.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.dto.Leader;
import org.wfed.core.dto.Position;
import org.wfed.itest.Api;

/**
 * A whole 换届 of a community through HTTP, from opening to the street's approval, with the
 * refusals staff meet on the way, the printed protocol, the audit trail and the street's roll-up.
 */
class ElectionFlowTest {

    private static final LocalDate DAY = LocalDate.now();

    @BeforeAll
    static void up() {
        Api.awaitUp("elections");
    }

    @Test
    void wholeElectionFromOpeningToFiling() throws Exception {
        Api admin = Api.admin();
        long street = Fixture.unit(admin, Fixture.rootUnit(), "STREET", Fixture.unique("测试街道"));
        long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("幸福社区"));
        long idle = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("未启动社区"));
        Api clerk = Fixture.staff(admin, community);
        Api streetClerk = Fixture.staff(admin, street);

        List<Long> women = new ArrayList<>();
        String[] edu = {"BACHELOR", "COLLEGE", "SENIOR", "MASTER", "JUNIOR", "COLLEGE"};
        for (int i = 0; i < 6; i++) {
            women.add(Fixture.person(admin, community, "候选人" + Fixture.unique(""), "F", DAY.minusYears(30 + i * 4),
                    edu[i], i % 2 == 0, i == 0 ? "网格员" : "教师"));
        }
        long man = Fixture.person(admin, community, "男士" + Fixture.unique(""), "M", DAY.minusYears(40), "BACHELOR", false, null);
        long teen = Fixture.person(admin, community, "少女" + Fixture.unique(""), "F", DAY.minusYears(17), "SENIOR", false, null);
        long previousChair = Fixture.person(admin, community, "老主席" + Fixture.unique(""), "F", DAY.minusYears(55), "JUNIOR", true, null);
        Fixture.service(Database.class).write(c -> {
            Fixture.service(OrgService.class).replaceLeadership(c, null, community,
                    List.of(new org.wfed.core.dto.LeaderInput(previousChair, Position.CHAIR, true, null, true, null)),
                    DAY.minusYears(5), null, "test");
            return null;
        });

        // open
        Map<String, Object> open = new HashMap<>();
        open.put("unitId", community);
        open.put("title", "第二届妇联换届");
        open.put("electionDate", DAY.toString());
        open.put("deadline", DAY.plusDays(30).toString());
        open.put("responsible", "张筹备");
        open.put("positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 5, "competitive", true),
                Map.of("kind", "CHAIR", "seats", 1, "competitive", false),
                Map.of("kind", "VICE_CHAIR", "seats", 1, "competitive", false)));
        JsonNode d = clerk.post("elections", open).expect(201).body();
        long id = d.path("election").path("id").asLong();
        assertEquals(5, d.path("election").path("termYears").asInt());
        assertEquals("PREPARATION", d.path("election").path("step").asText());
        assertEquals("REQUEST_APPROVED", d.path("election").path("nextStep").asText());
        long exec = positionId(d, "EXECUTIVE");
        long chair = positionId(d, "CHAIR");
        long vice = positionId(d, "VICE_CHAIR");

        // steps in order only
        Api.Reply skip = clerk.post("elections/" + id + "/steps", step("CANDIDATES_PROPOSED")).expect(409);
        assertTrue(skip.body().path("message").asText().contains("下一步应为“同级党组织批复换届请示”"), skip.body().toString());
        clerk.post("elections/" + id + "/steps", step("REQUEST_APPROVED")).expect(200);

        // eligibility: a man and a 17-year-old are refused
        Api.Reply m = clerk.post("elections/" + id + "/candidates", candidate(exec, man)).expect(409);
        assertEquals("NOT_ELIGIBLE", m.code());
        assertTrue(m.body().path("message").asText().contains("不是女性"));
        assertTrue(clerk.post("elections/" + id + "/candidates", candidate(exec, teen)).expect(409)
                .body().path("message").asText().contains("未满18周岁"));

        Map<Long, Long> cand = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            cand.put(women.get(i), clerk.post("elections/" + id + "/candidates", candidate(exec, women.get(i))).expect(201).body().path("id").asLong());
        }
        assertEquals("NOT_ELIGIBLE", clerk.post("elections/" + id + "/candidates", candidate(exec, women.get(0))).expect(409).code());
        // 差额: 5 seats need at least 6 candidates
        Api.Reply few = clerk.post("elections/" + id + "/steps", step("CANDIDATES_PROPOSED")).expect(409);
        assertTrue(few.body().path("message").asText().contains("至少应有6名候选人"), few.body().toString());
        cand.put(women.get(5), clerk.post("elections/" + id + "/candidates", candidate(exec, women.get(5))).expect(201).body().path("id").asLong());
        clerk.post("elections/" + id + "/steps", step("CANDIDATES_PROPOSED")).expect(200);
        clerk.post("elections/" + id + "/steps", step("CANDIDATES_VETTED")).expect(200);
        clerk.post("elections/" + id + "/steps", step("CANDIDATES_APPROVED")).expect(200);

        // officials: a candidate cannot count
        Api.Reply asCounter = clerk.post("elections/" + id + "/officials",
                Map.of("role", "COUNTER", "name", "x", "personId", women.get(2))).expect(409);
        assertEquals("CANDIDATE_AS_OFFICIAL", asCounter.code());
        clerk.post("elections/" + id + "/officials", Map.of("role", "SCRUTINEER", "name", "李监票")).expect(201);
        clerk.post("elections/" + id + "/officials", Map.of("role", "COUNTER", "name", "王计票")).expect(201);

        // quorum: exactly half is refused, half + 1 passes (live on the election)
        JsonNode half = clerk.put("elections/" + id + "/attendance", Map.of("votersDue", 20, "votersPresent", 10)).expect(200).body();
        assertFalse(half.path("election").path("quorumMet").asBoolean());
        Api.Reply noQuorum = clerk.post("elections/" + id + "/steps", step("CONGRESS")).expect(409);
        assertTrue(noQuorum.body().path("message").asText().contains("不足法定人数"), noQuorum.body().toString());
        JsonNode enough = clerk.put("elections/" + id + "/attendance", Map.of("votersDue", 20, "votersPresent", 15)).expect(200).body();
        assertTrue(enough.path("election").path("quorumMet").asBoolean());
        clerk.post("elections/" + id + "/steps", step("CONGRESS")).expect(200);

        // round 1: more ballots returned than issued → void
        JsonNode voided = clerk.post("elections/" + id + "/positions/" + exec + "/rounds",
                tallies(15, 16, 16, 0, cand, women, new long[] {14, 13, 12, 11, 8, 5})).expect(201).body();
        JsonNode r1 = position(voided, "EXECUTIVE").path("rounds").get(0);
        assertEquals("VOID", r1.path("outcome").asText());
        assertTrue(r1.path("explanation").asText().contains("收回选票多于发出选票"));

        // round 2 (re-run): four reach 11 of 20 due; one seat open
        JsonNode counted = clerk.post("elections/" + id + "/positions/" + exec + "/rounds",
                tallies(15, 15, 15, 0, cand, women, new long[] {14, 13, 12, 11, 8, 5})).expect(201).body();
        JsonNode ex = position(counted, "EXECUTIVE");
        assertEquals(4, ex.path("elected").asInt());
        assertEquals(1, ex.path("openSeats").asInt());
        assertTrue(ex.path("rounds").get(1).path("explanation").asText().contains("至少11票"));

        // round 3: ballot by ballot for the open seat; an over-marked ballot is invalid
        List<Map<String, Object>> ballots = new ArrayList<>();
        String c5 = String.valueOf(cand.get(women.get(4)));
        String c6 = String.valueOf(cand.get(women.get(5)));
        for (int i = 0; i < 12; i++) {
            ballots.add(Map.of("marks", Map.of(c5, "YES", c6, "NO")));
        }
        ballots.add(Map.of("marks", Map.of(c5, "YES", c6, "YES")));
        ballots.add(Map.of("marks", Map.of(c6, "YES")));
        ballots.add(Map.of("marks", Map.of(), "writeIns", List.of("赵另选")));
        Map<String, Object> byBallot = new HashMap<>();
        byBallot.put("issued", 15);
        byBallot.put("ballots", ballots);
        JsonNode third = clerk.post("elections/" + id + "/positions/" + exec + "/rounds", byBallot).expect(201).body();
        JsonNode r3 = position(third, "EXECUTIVE").path("rounds").get(2);
        assertEquals("VALID", r3.path("outcome").asText());
        assertEquals(14, r3.path("valid").asInt());
        assertEquals(1, r3.path("invalid").asInt());
        assertEquals(5, position(third, "EXECUTIVE").path("elected").asInt());
        assertTrue(r3.path("tallies").toString().contains("赵另选"));

        clerk.post("elections/" + id + "/steps", step("COUNTED")).expect(200);
        clerk.post("elections/" + id + "/steps", step("RESULT_PUBLISHED")).expect(200);

        // chair and vice-chair come from the elected executives
        assertEquals("NOT_ELIGIBLE", clerk.post("elections/" + id + "/candidates", candidate(chair, women.get(5))).expect(409).code());
        clerk.post("elections/" + id + "/candidates", Map.of("positionId", chair, "personId", women.get(0), "inTwoCommittees", true,
                "fullTime", true, "sector", "社区工作者")).expect(201);
        clerk.post("elections/" + id + "/candidates", candidate(vice, women.get(1))).expect(201);
        Api.Reply noFirst = clerk.post("elections/" + id + "/steps", step("FIRST_MEETING")).expect(409);
        assertTrue(noFirst.body().path("message").asText().contains("主席尚未录入有效的计票结果"), noFirst.body().toString());
        JsonNode chairDone = clerk.post("elections/" + id + "/positions/" + chair + "/rounds",
                Map.of("votersPresent", 5, "issued", 5, "returned", 5, "valid", 5, "invalid", 0,
                        "tallies", List.of(Map.of("candidateId", candidateId(d(clerk, id), chair), "yes", 5, "no", 0, "abstain", 0)))).expect(201).body();
        assertEquals(1, position(chairDone, "CHAIR").path("elected").asInt());
        clerk.post("elections/" + id + "/positions/" + vice + "/rounds",
                Map.of("votersPresent", 5, "issued", 5, "returned", 5, "valid", 5, "invalid", 0,
                        "tallies", List.of(Map.of("candidateId", candidateId(d(clerk, id), vice), "yes", 4, "no", 1, "abstain", 0)))).expect(201);
        clerk.post("elections/" + id + "/steps", step("FIRST_MEETING")).expect(200);

        // only the parent unit approves
        assertEquals(403, clerk.post("elections/" + id + "/approve", Map.of("date", DAY.toString())).status());
        JsonNode filed = streetClerk.post("elections/" + id + "/approve", Map.of("date", DAY.toString(), "documents", "街妇字〔2026〕1号"))
                .expect(200).body();
        assertEquals("FILED", filed.path("election").path("step").asText());

        // core's leadership now holds the new committee, the old chair stays in history
        List<Leader> now = Fixture.service(OrgService.class).leadership(community, DAY);
        assertEquals(5, now.size());
        assertEquals(1, now.stream().filter(l -> l.position() == Position.CHAIR && l.personId() == women.get(0)).count());
        assertEquals(DAY.plusYears(5).minusDays(1), now.get(0).termTo());
        assertEquals(previousChair, Fixture.service(OrgService.class).leadership(community, DAY.minusDays(1)).get(0).personId());

        // composition against the previous term
        JsonNode stats = clerk.get("elections/" + id + "/stats").expect(200).body();
        assertEquals(30.0, group(stats.path("after"), "CHAIR").path("averageAge").asDouble(), 0.5);
        assertEquals(5, group(stats.path("after"), "EXECUTIVE").path("count").asInt());
        assertEquals(55.0, group(stats.path("before"), "CHAIR").path("averageAge").asDouble(), 1.0);

        // printable protocol
        HttpResponse<String> html = HtmlClient.get("admin", Api.ADMIN_PASSWORD, "elections/" + id + "/protocol");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("选举结果报告单"));
        assertTrue(html.body().contains("李监票") && html.body().contains("王计票"));
        assertTrue(html.body().contains("@page{size:A4"));
        assertTrue(html.body().contains(org.wfed.core.PrintPage.css()) && html.body().contains("<body class=\"wfed-print\">"),
                "the protocol is written in core's print shell");
        HttpResponse<String> notice = HtmlClient.get("admin", Api.ADMIN_PASSWORD, "elections/" + id + "/notice");
        assertEquals(200, notice.statusCode());
        assertTrue(notice.body().contains("特此公告") && notice.body().contains("应到20人，实到15人"), notice.body());
        assertTrue(notice.body().contains(org.wfed.core.PrintPage.css()) && notice.body().contains("<body class=\"wfed-print\">"),
                "the notice is written in core's print shell");

        // every state change audited
        long audited = Fixture.service(Database.class).read(c -> Jdbc.number(c,
                "SELECT COUNT(*) FROM core_audit WHERE record_type = 'election' AND record_id = ? AND action LIKE 'elections.%' AND outcome = 'SUCCEEDED'",
                String.valueOf(id)));
        assertTrue(audited >= 20, "audited " + audited);
        long approvals = Fixture.service(Database.class).read(c -> Jdbc.number(c,
                "SELECT COUNT(*) FROM core_audit WHERE action = 'elections.approve' AND record_id = ? AND outcome = 'SUCCEEDED'", String.valueOf(id)));
        assertEquals(1, approvals);

        // roll-up of the street: one finished, one not started and late against the street's deadline
        JsonNode roll = streetClerk.get("elections/rollup?unitId=" + street + "&deadline=" + DAY.minusDays(1)).expect(200).body();
        assertEquals(2, roll.path("units").asInt());
        assertEquals(1, roll.path("finished").asInt());
        assertEquals(1, roll.path("notStarted").asInt());
        assertEquals(1, roll.path("late").asInt());
        assertEquals(5, roll.path("executives").asInt());
        assertEquals(1, roll.path("chairs").asInt());
        assertEquals(1, roll.path("viceChairs").asInt());
        assertEquals(100, roll.path("chairsInTwoCommitteesPercent").asInt());
        assertEquals(0, roll.path("chairsBefore").path("college").asInt());
        assertEquals(1, roll.path("chairsAfter").path("college").asInt());
        assertTrue(roll.path("board").toString().contains(String.valueOf(idle)));

        // the indicators reporting rolls up
        org.wfed.core.Scope scope = Fixture.service(OrgService.class).scope(street, org.wfed.core.Period.year(DAY.getYear()));
        assertEquals(5L, indicator("elections.executives").compute(scope, scope.period()).get(community));
        assertEquals(1L, indicator("elections.chairs").compute(scope, scope.period()).get(community));
        assertEquals(1L, indicator("elections.chairsInTwoCommittees").compute(scope, scope.period()).get(community));
        assertEquals(1L, indicator("elections.finished").compute(scope, scope.period()).get(community));
        // the new chair (women[0], 30, 本科) is college-educated and under 35
        assertEquals(1L, indicator("elections.chairsCollege").compute(scope, scope.period()).get(community));
        assertEquals(1L, indicator("elections.chairsUnder35").compute(scope, scope.period()).get(community));
    }

    static org.wfed.core.extension.Indicator indicator(String id) throws Exception {
        org.osgi.framework.BundleContext ctx = org.osgi.framework.FrameworkUtil.getBundle(ElectionFlowTest.class).getBundleContext();
        for (org.osgi.framework.ServiceReference<org.wfed.core.extension.Indicator> ref
                : ctx.getServiceReferences(org.wfed.core.extension.Indicator.class, null)) {
            org.wfed.core.extension.Indicator i = ctx.getService(ref);
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    static JsonNode group(JsonNode compositions, String group) {
        for (JsonNode c : compositions) {
            if (c.path("group").asText().equals(group)) {
                return c;
            }
        }
        throw new AssertionError("no group " + group + " in " + compositions);
    }

    static JsonNode d(Api api, long id) {
        return api.get("elections/" + id).expect(200).body();
    }

    static Map<String, Object> step(String step) {
        return Map.of("step", step, "date", DAY.toString(), "responsible", "张筹备");
    }

    static Map<String, Object> candidate(long positionId, long personId) {
        return Map.of("positionId", positionId, "personId", personId);
    }

    static Map<String, Object> tallies(long issued, long returned, long valid, long invalid, Map<Long, Long> cand, List<Long> women,
                                       long[] yes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < yes.length; i++) {
            rows.add(Map.of("candidateId", cand.get(women.get(i)), "yes", yes[i], "no", valid - yes[i], "abstain", 0));
        }
        return Map.of("issued", issued, "returned", returned, "valid", valid, "invalid", invalid, "tallies", rows);
    }

    static JsonNode position(JsonNode detail, String kind) {
        for (JsonNode p : detail.path("positions")) {
            if (p.path("kind").asText().equals(kind)) {
                return p;
            }
        }
        throw new AssertionError("no position " + kind + " in " + detail);
    }

    static long positionId(JsonNode detail, String kind) {
        return position(detail, kind).path("id").asLong();
    }

    static long candidateId(JsonNode detail, long positionId) {
        for (JsonNode p : detail.path("positions")) {
            if (p.path("id").asLong() == positionId) {
                return p.path("candidates").get(0).path("id").asLong();
            }
        }
        throw new AssertionError("no candidate");
    }
}
