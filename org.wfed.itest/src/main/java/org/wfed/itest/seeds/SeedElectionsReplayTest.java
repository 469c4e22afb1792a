package org.wfed.itest.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Seed replay (issue 13), elections: a clerk enters through the REST API the elections behind the seed summaries'
 * 换届 figures — S2 (a street and its 6 communities), S4 (a street of 12 communities, 主席平均年龄由51岁降到35岁,
 * 大专及以上由3人提高到9人…), S5 (31 villages and communities, 妇女代表985人, 执委217人), S10 (14 communities, 执委210名,
 * 主席100%进两委) — each street a
 * fresh tree of its own, the previous terms entered once per community; then the indicator table and the drafted
 * summary state each figure.
 */
class SeedElectionsReplayTest {
    private static final LocalDate DAY = LocalDate.now();
    private static final int YEAR = DAY.getYear();

    @BeforeAll
    static void up() {
        Api.awaitUp("elections", "reporting");
    }

    /** S4 line 71: 12 communities; chairs 51→35 years, college 3→9 (研究生1人); vice-chairs 45→38, college 12→24. */
    @Test
    void s4CompositionBeforeAndAfter() {
        Api admin = Api.admin();
        long street = admin.createUnit(root(admin), "STREET", Api.unique("S4街道"));
        Api streetClerk = admin.createUser(street, "STAFF");
        for (int i = 0; i < 12; i++) {
            long community = admin.createUnit(street, "COMMUNITY", Api.unique("S4社区"));
            Api clerk = admin.createUser(community, "STAFF");
            // the new committee: a chair (35 ± 4 years; 9 of 12 college-educated, one a master), two vice-chairs
            // (38 ± 2; all college-educated), seven executive members
            List<Woman> women = new ArrayList<>();
            women.add(new Woman(35 + (i % 2 == 0 ? -4 : 4), i < 8 ? "BACHELOR" : i == 8 ? "MASTER" : "SENIOR", true));
            women.add(new Woman(38 + (i % 2 == 0 ? -2 : 2), "COLLEGE", false));
            women.add(new Woman(38, "BACHELOR", false));
            for (int k = 0; k < 7; k++) {
                women.add(new Woman(40 + k, "SENIOR", false));
            }
            // the previous term, entered once: its chair 51 ± 3 years (college-educated in 3 communities), two
            // vice-chairs of 44 or 46 on average (one of them college-educated)
            Map<String, Object> chair = group("CHAIR", 1, new BigDecimal(51 + (i % 2 == 0 ? -3 : 3)), i < 3 ? 1 : 0);
            Map<String, Object> vice = group("VICE_CHAIR", 2, new BigDecimal(i % 2 == 0 ? "44.0" : "46.0"), 1);
            Map<String, Object> all = group("EXECUTIVE", 9, null, null);
            JsonNode saved = clerk.put("elections/previous-terms/" + community, Map.of("groups", List.of(all, chair, vice), "version", 0))
                    .expect(200).body();
            assertEquals(1, saved.path("version").asInt());
            new Election(admin, clerk, streetClerk, community).run(women, 0, 10, 2);
        }

        JsonNode total = table(admin, street);
        assertEquals(12, number(total, "elections.chairs"));
        assertEquals(24, number(total, "elections.viceChairs"));
        assertEquals(120, number(total, "elections.executives"));
        assertFigure(total, "elections.previousAverageAge[CHAIR]", "51");
        assertFigure(total, "elections.averageAge[CHAIR]", "35");
        assertFigure(total, "elections.averageAgeDifference[CHAIR]", "-16");
        assertFigure(total, "elections.averageAgeChange[CHAIR]", "-31.4");
        assertFigure(total, "elections.previousAverageAge[VICE_CHAIR]", "45");
        assertFigure(total, "elections.averageAge[VICE_CHAIR]", "38");
        assertFigure(total, "elections.averageAgeChange[VICE_CHAIR]", "-15.6");
        assertFigure(total, "elections.previousCollege[CHAIR]", "3");
        assertFigure(total, "elections.college[CHAIR]", "9");
        assertFigure(total, "elections.postgraduate[CHAIR]", "1");
        assertFigure(total, "elections.collegeMultiple[CHAIR]", "3");
        assertFigure(total, "elections.previousCollege[VICE_CHAIR]", "12");
        assertFigure(total, "elections.college[VICE_CHAIR]", "24");
        assertFigure(total, "elections.collegeMultiple[VICE_CHAIR]", "2");

        String draft = draft(admin, street);
        assertContains(draft, "选举产生妇联执委120名，其中主席12名，副主席24名。");
        assertContains(draft, "新一届妇联主席平均年龄35岁，上届为51岁，较上届下降16岁，同比下降31.4%；"
                + "新一届妇联主席中大专及以上学历9人，其中研究生1人，上届为3人，较上届增加6人，为上届的3倍；");
        assertContains(draft, "新一届妇联副主席平均年龄38岁，上届为45岁，较上届下降7岁，同比下降15.6%；"
                + "新一届妇联副主席中大专及以上学历24人，上届为12人，较上届增加12人，为上届的2倍。");
    }

    /** S5 line 97: 妇女代表985人, 执委217人, 其中主席31名, 副主席19名, 村社区妇联主席100%进两委. */
    @Test
    void s5DelegatesAndCommittees() {
        Api admin = Api.admin();
        long street = admin.createUnit(root(admin), "STREET", Api.unique("S5街道"));
        Api streetClerk = admin.createUser(street, "STAFF");
        for (int i = 0; i < 31; i++) {
            long village = admin.createUnit(street, "COMMUNITY", Api.unique("S5村"));
            Api clerk = admin.createUser(village, "STAFF");
            int delegates = i < 24 ? 32 : 31;  // 24 × 32 + 7 × 31 = 985
            List<Woman> women = new ArrayList<>();
            for (int k = 0; k < delegates; k++) {
                women.add(new Woman(30 + k, "SENIOR", k == 0));
            }
            new Election(admin, clerk, streetClerk, village).run(women, delegates, 7, i < 19 ? 1 : 0);
        }
        JsonNode total = table(admin, street);
        assertEquals(985, number(total, "elections.delegates"));
        assertEquals(217, number(total, "elections.executives"));
        assertEquals(31, number(total, "elections.chairs"));
        assertEquals(19, number(total, "elections.viceChairs"));
        assertFigure(total, "elections.chairsInTwoCommitteesRate", "100");
        String draft = draft(admin, street);
        assertContains(draft, "本年度共有31个妇联组织完成换届选举，选举产生妇联执委217名，其中主席31名，副主席19名；换届产生妇女代表985名。");
        assertContains(draft, "村（社区）妇联主席进两委31名，占100%。");
    }

    /** S10 line 181: 14个社区完成换届, 执委210名, 其中妇联主席14名, 副主席28名, 社区妇联主席100%进两委. */
    @Test
    void s10FourteenCommunities() {
        Api admin = Api.admin();
        long street = admin.createUnit(root(admin), "STREET", Api.unique("S10街道"));
        Api streetClerk = admin.createUser(street, "STAFF");
        for (int i = 0; i < 14; i++) {
            long community = admin.createUnit(street, "COMMUNITY", Api.unique("S10社区"));
            Api clerk = admin.createUser(community, "STAFF");
            List<Woman> women = new ArrayList<>();
            for (int k = 0; k < 15; k++) {
                women.add(new Woman(28 + k, k < 3 ? "COLLEGE" : "SENIOR", k == 0));
            }
            new Election(admin, clerk, streetClerk, community).run(women, 0, 15, 2);
        }
        JsonNode total = table(admin, street);
        assertEquals(14, number(total, "elections.finished"));
        assertEquals(210, number(total, "elections.executives"));
        String draft = draft(admin, street);
        assertContains(draft, "本年度共有14个妇联组织完成换届选举，选举产生妇联执委210名，其中主席14名，副主席28名。");
        assertContains(draft, "村（社区）妇联主席进两委14名，占100%。");
        // no previous term entered and none in core: the draft states the new committee only
        assertContains(draft, "新一届妇联主席平均年龄28岁，新一届妇联主席中大专及以上学历14人，35岁以下14人。");
        assertTrue(!draft.contains("上届"), draft);
    }

    /** S2 L47: 街道和6个社区换届选举大会…全面完成 (the street's own 换届 and its six communities'). */
    @Test
    void s2StreetAndSixCommunities() {
        Api admin = Api.admin();
        long street = admin.createUnit(root(admin), "STREET", Api.unique("S2街道"));
        Api streetClerk = admin.createUser(street, "STAFF");
        new Election(admin, streetClerk, admin, street).run(women(9), 0, 9, 2);
        for (int i = 0; i < 6; i++) {
            long community = admin.createUnit(street, "COMMUNITY", Api.unique("S2社区"));
            new Election(admin, admin.createUser(community, "STAFF"), streetClerk, community).run(women(7), 0, 7, 1);
        }
        JsonNode total = table(admin, street);
        assertEquals(7, number(total, "elections.finished"));
        assertContains(draft(admin, street), "本年度共有7个妇联组织完成换届选举");
    }

    /** {@code n} women of 30 years and more, the first of them in the 两委. */
    private static List<Woman> women(int n) {
        List<Woman> women = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            women.add(new Woman(30 + k, "SENIOR", k == 0));
        }
        return women;
    }

    // ---------- what a clerk does ----------

    /** A woman to register: her age on election day, education, and whether she sits on the 两委. */
    private record Woman(int age, String education, boolean inTwoCommittees) {
    }

    /** One unit's 换届 from opening to filing, through the API, everyone elected with every vote. */
    private record Election(Api admin, Api clerk, Api parentClerk, long unit) {

        /**
         * Registers the women, elects {@code delegates} of them 妇女代表 (0: no congress of delegates), the first
         * {@code executives} 执委, the first of those chair (in the 两委), the next {@code vices} vice-chairs, and files.
         */
        void run(List<Woman> women, int delegates, int executives, int vices) {
            List<Long> people = new ArrayList<>();
            for (Woman w : women) {
                Map<String, Object> body = new HashMap<>();
                body.put("unitId", unit);
                body.put("name", Api.unique("女士"));
                body.put("sex", "F");
                body.put("birthDate", DAY.minusYears(w.age()).toString());
                body.put("education", w.education());
                body.put("partyMember", false);
                people.add(admin.post("people", body).expect(201).body().path("id").asLong());
            }
            List<Map<String, Object>> positions = new ArrayList<>();
            if (delegates > 0) {
                positions.add(Map.of("kind", "DELEGATE", "seats", delegates, "competitive", false));
            }
            positions.add(Map.of("kind", "EXECUTIVE", "seats", executives, "competitive", false));
            positions.add(Map.of("kind", "CHAIR", "seats", 1, "competitive", false));
            if (vices > 0) {
                positions.add(Map.of("kind", "VICE_CHAIR", "seats", vices, "competitive", false));
            }
            Map<String, Object> open = new HashMap<>();
            open.put("unitId", unit);
            open.put("title", "妇联换届");
            open.put("electionDate", DAY.toString());
            open.put("deadline", DAY.plusDays(30).toString());
            open.put("responsible", "筹备组");
            open.put("positions", positions);
            JsonNode d = clerk.post("elections", open).expect(201).body();
            long id = d.path("election").path("id").asLong();
            step(id, "REQUEST_APPROVED");
            Map<Long, Long> delegateIds = delegates > 0 ? nominate(id, position(d, "DELEGATE"), people, women, 0, delegates) : Map.of();
            Map<Long, Long> executiveIds = nominate(id, position(d, "EXECUTIVE"), people, women, 0, executives);
            step(id, "CANDIDATES_PROPOSED");
            step(id, "CANDIDATES_VETTED");
            step(id, "CANDIDATES_APPROVED");
            clerk.post("elections/" + id + "/officials", Map.of("role", "SCRUTINEER", "name", "监票人")).expect(201);
            clerk.post("elections/" + id + "/officials", Map.of("role", "COUNTER", "name", "计票人")).expect(201);
            clerk.put("elections/" + id + "/attendance", Map.of("votersDue", 100, "votersPresent", 90)).expect(200);
            if (delegates > 0) {
                count(id, position(d, "DELEGATE"), delegateIds, null, true);
            }
            step(id, "CONGRESS");
            count(id, position(d, "EXECUTIVE"), executiveIds, null);
            step(id, "COUNTED");
            step(id, "RESULT_PUBLISHED");
            count(id, position(d, "CHAIR"), nominate(id, position(d, "CHAIR"), people, women, 0, 1), executives);
            if (vices > 0) {
                count(id, position(d, "VICE_CHAIR"), nominate(id, position(d, "VICE_CHAIR"), people, women, 1, 1 + vices), executives);
            }
            step(id, "FIRST_MEETING");
            parentClerk.post("elections/" + id + "/approve", Map.of("date", DAY.toString(), "documents", "街妇字〔" + YEAR + "〕1号"))
                    .expect(200);
        }

        /** Lists the women {@code from} to {@code to} (exclusive) as candidates of the position. */
        private Map<Long, Long> nominate(long id, long positionId, List<Long> people, List<Woman> women, int from, int to) {
            Map<Long, Long> out = new HashMap<>();
            for (int i = from; i < to; i++) {
                out.put(people.get(i), clerk.post("elections/" + id + "/candidates", Map.of("positionId", positionId,
                        "personId", people.get(i), "inTwoCommittees", women.get(i).inTwoCommittees(), "fullTime", false))
                        .expect(201).body().path("id").asLong());
            }
            return out;
        }

        /** The counting sheet: every ballot valid, every candidate with every vote (at the first meeting: the 执委 present). */
        private void count(long id, long positionId, Map<Long, Long> candidates, Integer firstMeeting) {
            count(id, positionId, candidates, firstMeeting, false);
        }

        /** The same; the delegates' round (before the congress) gives its own voters due and present. */
        private void count(long id, long positionId, Map<Long, Long> candidates, Integer firstMeeting, boolean delegates) {
            int present = firstMeeting == null ? 90 : firstMeeting;
            List<Map<String, Object>> tallies = new ArrayList<>();
            candidates.values().forEach(c -> tallies.add(Map.of("candidateId", c, "yes", present, "no", 0, "abstain", 0)));
            Map<String, Object> sheet = new HashMap<>(Map.of("issued", present, "returned", present, "valid", present, "invalid", 0,
                    "tallies", tallies));
            if (firstMeeting != null) {
                sheet.put("votersPresent", present);
            }
            if (delegates) {
                sheet.put("votersDue", 100);
                sheet.put("votersPresent", 90);
            }
            clerk.post("elections/" + id + "/positions/" + positionId + "/rounds", sheet).expect(201);
        }

        private void step(long id, String step) {
            clerk.post("elections/" + id + "/steps", Map.of("step", step, "date", DAY.toString(), "responsible", "筹备组")).expect(200);
        }

        private static long position(JsonNode detail, String kind) {
            for (JsonNode p : detail.path("positions")) {
                if (p.path("kind").asText().equals(kind)) {
                    return p.path("id").asLong();
                }
            }
            throw new AssertionError("no position " + kind + " in " + detail);
        }
    }

    private static Map<String, Object> group(String position, int members, BigDecimal averageAge, Integer college) {
        Map<String, Object> g = new HashMap<>();
        g.put("position", position);
        g.put("members", members);
        g.put("averageAge", averageAge);
        g.put("college", college);
        return g;
    }

    // ---------- what the clerk reads ----------

    private static long root(Api admin) {
        return admin.unitId();
    }

    /** The street's total row of the year's table. */
    private static JsonNode table(Api admin, long street) {
        return admin.get("reporting/table?unitId=" + street + "&year=" + YEAR + "&compare=false").expect(200).body()
                .path("total").path("values");
    }

    private static long number(JsonNode values, String key) {
        assertTrue(values.has(key), key + " missing from " + values);
        return values.path(key).decimalValue().longValueExact();
    }

    private static void assertFigure(JsonNode values, String key, String expected) {
        assertTrue(values.has(key) && !values.path(key).isNull(), key + " missing from " + values);
        assertEquals(0, new BigDecimal(expected).compareTo(values.path(key).decimalValue()), key + " = " + values.path(key));
    }

    /** The whole text of the street's drafted summary of the year. */
    private static String draft(Api admin, long street) {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", street, "year", YEAR)).expect(201).body();
        StringBuilder text = new StringBuilder();
        s.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> text.append(p.path("text").asText()).append('\n')));
        return text.toString();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "expected «" + expected + "» in:\n" + text);
    }
}
