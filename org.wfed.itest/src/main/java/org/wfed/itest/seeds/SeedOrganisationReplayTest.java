package org.wfed.itest.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Seed replay (issue 15), organisation building: a clerk enters through the REST API the stations, teams,
 * volunteers and pairings behind the seed summaries' figures — S8 L151 (3个市级示范、5个区级示范“妇女儿童之家”),
 * S10 L193 (组建14个巾帼志愿服务队), S11 L207 (2个“妇女微家”, 8支文化队伍) and L215 (吸纳“巾帼志愿者”300余人),
 * S14 L255 (五支志愿者服务队), the 爱心妈妈 pairings (1500余名, scaled to 15) — each street a fresh tree of its own,
 * with records of earlier years and closed ones that must not count; then the indicator table and the drafted
 * summary state each figure.
 */
public class SeedOrganisationReplayTest {
    private static final LocalDate DAY = LocalDate.now();
    private static final int YEAR = DAY.getYear();
    private static final LocalDate THIS_YEAR = LocalDate.of(YEAR, 1, 10);
    private static final LocalDate LAST_YEAR = LocalDate.of(YEAR - 1, 3, 1);
    /** The units exist from before the records, so last year's table rolls up over them too. */
    private static final LocalDate UNITS = LocalDate.of(YEAR - 2, 1, 1);

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
    }

    /** S8 L151: 创建了3个市级示范“妇女儿童之家”，5个区级示范“妇女儿童之家”; every home meets the 六有. */
    @Test
    void s8ModelHomes() {
        Api admin = Api.admin();
        // S8 is a district; the test's tree stands it in as a street of nine communities under the top unit
        long district = admin.createUnit(admin.unitId(), "STREET", Api.unique("S8区"), UNITS);
        for (int n = 0; n < 8; n++) {
            long community = admin.createUnit(district, "COMMUNITY", Api.unique("S8社区"), UNITS);
            station(admin, community, "WOMEN_CHILDREN_HOME", "妇女儿童之家" + n, LAST_YEAR, null, n < 3 ? "CITY" : "DISTRICT",
                    YEAR, n < 3 ? "xx市妇联" : "xx区妇联", sixItems(THIS_YEAR));
        }
        long other = admin.createUnit(district, "COMMUNITY", Api.unique("S8社区"), UNITS);
        // named a model home last year: not created this year; closed last year: not a station of this year
        station(admin, other, "WOMEN_CHILDREN_HOME", "往年示范", LAST_YEAR, null, "CITY", YEAR - 1, "xx市妇联", List.of());
        station(admin, other, "WOMEN_HOME", "已撤销", LAST_YEAR, LAST_YEAR.plusMonths(6), "CITY", YEAR - 1, "xx市妇联",
                sixItems(LAST_YEAR));

        JsonNode total = table(admin, district, YEAR);
        assertEquals(3, number(total, "core.modelHomes[CITY]"));
        assertEquals(5, number(total, "core.modelHomes[DISTRICT]"));
        assertEquals(8, number(total, "core.modelHomes"));
        assertEquals(8, number(total, "core.stationsSixHave"));
        assertEquals(9, number(total, "core.stations"));
        assertEquals(9, number(total, "core.stations[WOMEN_CHILDREN_HOME]"));
        String draft = draft(admin, district);
        assertContains(draft, "创建了3个市级示范“妇女儿童之家”，5个区级示范“妇女儿童之家”。");
        assertContains(draft, "8个阵地做到有场所、有设施、有计划、有制度、有活动、有效果。");
        assertFalse(draft.contains("街道级示范"), draft);

        // last year: the closed home was open and the older model home was named then
        JsonNode before = table(admin, district, YEAR - 1);
        assertEquals(2, number(before, "core.modelHomes[CITY]"));
        assertEquals(10, number(before, "core.stations"));
    }

    /** S10 L193: 组建14个巾帼志愿服务队; S14 L255: 成立了五支志愿者服务队. A team dissolved last year does not count. */
    @Test
    void s10AndS14VolunteerTeams() {
        Api admin = Api.admin();
        for (int[] c : new int[][] {{14}, {5}}) {
            long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S10街道"), UNITS);
            for (int i = 0; i < c[0]; i++) {
                long community = admin.createUnit(street, "COMMUNITY", Api.unique("社区"), UNITS);
                team(admin, community, "VOLUNTEER", "巾帼志愿服务队" + i, THIS_YEAR, null);
            }
            team(admin, street, "VOLUNTEER", "旧队", LAST_YEAR, LAST_YEAR.plusMonths(2));
            JsonNode total = table(admin, street, YEAR);
            assertEquals(c[0], number(total, "core.teamsNew[VOLUNTEER]"));
            assertEquals(c[0], number(total, "core.teams"));
            assertContains(draft(admin, street), "组建" + c[0] + "个巾帼志愿服务队。");
        }
    }

    /** S11 L207: 2个“妇女微家”, 8支文化队伍; L215: 吸纳“巾帼志愿者”300余人 (300 people of the registry). */
    @Test
    void s11MicroHomesCultureTeamsAndVolunteers() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S11街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("S11社区"), UNITS);
        Api clerk = admin.createUser(community, "STAFF");
        station(admin, community, "MICRO_HOME", "旗袍协会", THIS_YEAR, null, null, null, null, List.of());
        station(admin, community, "MICRO_HOME", "益家人", THIS_YEAR, null, null, null, null, List.of());
        long firstTeam = 0;
        for (int i = 0; i < 8; i++) {
            long t = team(admin, community, "CULTURE", "文化队伍" + i, THIS_YEAR, null);
            firstTeam = i == 0 ? t : firstTeam;
        }
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long person = person(clerk, community);
            people.add(person);
            Map<String, Object> v = new HashMap<>();
            v.put("personId", person);
            v.put("skills", i % 2 == 0 ? "心理咨询" : "法律服务");
            v.put("joinedOn", THIS_YEAR.toString());
            clerk.post("orgs/" + community + "/volunteers", v).expect(201);
        }
        for (int i = 0; i < 12; i++) {
            clerk.post("orgs/teams/" + firstTeam + "/members", Map.of("personId", people.get(i), "joinedOn", THIS_YEAR.toString()))
                    .expect(201);
        }
        JsonNode total = table(admin, street, YEAR);
        assertEquals(2, number(total, "core.stations[MICRO_HOME]"));
        assertEquals(8, number(total, "core.teams[CULTURE]"));
        assertEquals(300, number(total, "core.volunteersNew"));
        assertEquals(300, number(total, "core.volunteers"));
        assertEquals(12, number(total, "core.teamMembers"));
        String draft = draft(admin, street);
        assertContains(draft, "建有2个“妇女微家”。");
        assertContains(draft, "组建8支文化队伍。");
        assertContains(draft, "各类队伍共8支，队伍成员12人。");
        assertContains(draft, "吸纳“巾帼志愿者”300人，注册巾帼志愿者共300人。");
    }

    /** 1500余名爱心妈妈…结对关爱留守困境儿童 (scaled to 15 mothers, 20 children) and 一格一姐联系户 (L14). */
    @Test
    void lovingMothersAndGridSisters() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("结对街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("结对社区"), UNITS);
        Api clerk = admin.createUser(community, "STAFF");
        for (int i = 0; i < 15; i++) {
            pairing(clerk, community, "LOVING_MOTHER", person(clerk, community), i < 5 ? 2 : 1, THIS_YEAR, null);
        }
        // a pairing that ended last year does not count this year
        pairing(clerk, community, "LOVING_MOTHER", person(clerk, community), 3, LAST_YEAR, LAST_YEAR.plusMonths(3));
        for (int i = 0; i < 4; i++) {
            pairing(clerk, community, "GRID_SISTER", person(clerk, community), 10, THIS_YEAR, null);
        }
        JsonNode total = table(admin, street, YEAR);
        assertEquals(15, number(total, "core.pairings[LOVING_MOTHER]"));
        assertEquals(20, number(total, "core.pairedChildren"));
        assertEquals(40, number(total, "core.contactHouseholds"));
        String draft = draft(admin, street);
        assertContains(draft, "15名爱心妈妈结对关爱留守困境儿童，结对儿童20名；“一格一姐”联系户、执委联系户共40户。");
    }

    /** S2 L32: 做到十项制度上墙 at each community's 妇女之家; a closed home's rules do not count. */
    @Test
    void s2TenRulesOnTheWall() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S2街道"), UNITS);
        for (int n = 0; n < 6; n++) {
            long community = admin.createUnit(street, "COMMUNITY", Api.unique("S2社区"), UNITS);
            stationWith(admin, community, "WOMEN_HOME", "妇女之家", null, "rules", named(TEN_RULES, "postedOn", THIS_YEAR));
        }
        long other = admin.createUnit(street, "COMMUNITY", Api.unique("S2社区"), UNITS);
        stationWith(admin, other, "WOMEN_HOME", "已撤销", LAST_YEAR.plusMonths(1), "rules", named(TEN_RULES, "postedOn", LAST_YEAR));

        JsonNode total = table(admin, street, YEAR);
        assertEquals(60, number(total, "core.stationRules"));
        assertEquals(6, number(total, "core.stationsWithRules"));
        assertEquals(10, number(total, "core.stationRulesEach"));
        assertContains(draft(admin, street), "6个阵地做到制度上墙，上墙制度共60项，平均每个阵地10项。");
    }

    /** S2 L48: 社区建成“留守儿童之家”，内设“三区”：学习区，艺术区，活动区. */
    @Test
    void s2ThreeZones() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S2街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("S2社区"), UNITS);
        stationWith(admin, community, "LEFT_BEHIND_HOME", "留守儿童之家", null, "zones",
                named(List.of("学习区", "艺术区", "活动区"), "openedOn", THIS_YEAR));
        JsonNode total = table(admin, street, YEAR);
        assertEquals(3, number(total, "core.stationZones"));
        assertContains(draft(admin, street), "阵地内设学习区、艺术区、活动区，共3个功能区。");
    }

    /**
     * S5 L97: 两个100%目标顺利完成，即村社区成员中100%有女性，村社区妇联主席100%进两委班子 — over the street's 31 villages and
     * communities, each with its 两委 term entered and its chair seated on the 两委; with one community left blank, neither
     * share is stated.
     */
    @Test
    void s5TwoHundredPercentTargets() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S5街道"), UNITS);
        for (int n = 0; n < 31; n++) {
            long unit = admin.createUnit(street, n < 20 ? "VILLAGE" : "COMMUNITY", Api.unique("S5村社区"), UNITS);
            admin.post("orgs/" + unit + "/committee-terms", Map.of("startYear", YEAR - 1, "members", 7, "women", 1 + n % 3)).expect(201);
            admin.post("orgs/" + unit + "/seats", Map.of("personId", person(admin, unit), "position", "CHAIR", "inTwoCommittees", true,
                    "termFrom", LAST_YEAR.toString())).expect(201);
        }
        JsonNode total = table(admin, street, YEAR);
        assertEquals(31, number(total, "core.committeeUnits"));
        assertEquals(31, number(total, "core.committeeUnitsWithWoman"));
        assertEquals(100, number(total, "core.committeeUnitsWithWomanShare"));
        assertEquals(100, number(total, "core.chairUnitsInCommitteeShare"));
        assertContains(draft(admin, street), "31个村（社区）两委均已登记，村（社区）两委成员中100%有女性，村（社区）妇联主席100%进两委班子。");

        // another street, one of whose two communities has entered nothing: no share of the other is stated as the street's
        long other = admin.createUnit(admin.unitId(), "STREET", Api.unique("S5街道"), UNITS);
        long entered = admin.createUnit(other, "COMMUNITY", Api.unique("S5村社区"), UNITS);
        admin.createUnit(other, "COMMUNITY", Api.unique("S5新社区"), UNITS);
        admin.post("orgs/" + entered + "/committee-terms", Map.of("startYear", YEAR - 1, "members", 7, "women", 2)).expect(201);
        admin.post("orgs/" + entered + "/seats", Map.of("personId", person(admin, entered), "position", "CHAIR", "inTwoCommittees", true,
                "termFrom", LAST_YEAR.toString())).expect(201);
        JsonNode partial = table(admin, other, YEAR);
        assertFalse(partial.hasNonNull("core.committeeUnitsWithWomanShare"), partial.toString());
        assertFalse(partial.hasNonNull("core.chairUnitsInCommitteeShare"), partial.toString());
        String draft = draft(admin, other);
        assertFalse(draft.contains("两委均已登记") || draft.contains("有女性") || draft.contains("进两委班子"), draft);
    }

    /** S6 L99: 成立了xx社区妇女联合会，三位妇联主席带领社区广大女同胞 — seated by appointment, without an election. */
    @Test
    void s6ThreeChairsSeatedWithoutAnElection() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S6街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("S6社区"), UNITS);
        for (String position : List.of("CHAIR", "VICE_CHAIR", "VICE_CHAIR")) {
            admin.post("orgs/" + community + "/seats", Map.of("personId", person(admin, community), "position", position,
                    "termFrom", THIS_YEAR.toString())).expect(201);
        }
        // a vice-chair who left last year is not in office
        admin.post("orgs/" + community + "/seats", Map.of("personId", person(admin, community), "position", "VICE_CHAIR",
                "termFrom", LAST_YEAR.toString(), "termTo", LAST_YEAR.plusMonths(2).toString())).expect(201);
        JsonNode total = table(admin, community, YEAR);
        assertEquals(3, number(total, "core.chairsInOffice"));
        assertContains(draft(admin, community), "3位妇联主席、副主席带领广大妇女开展各项工作。");
        assertEquals(3, admin.get("orgs/" + community + "/leaders").expect(200).body().size());
    }

    /**
     * S8 L132: 区妇联…派2名干部到大托新村，2名干部到xx社区参加防疫抗疫 — a place outside the tree and a community of it; a
     * cadre sent last year and one a community sent itself are not the district's this year.
     */
    @Test
    void s8CadresSentToEachPlace() {
        Api admin = Api.admin();
        long district = admin.createUnit(admin.unitId(), "STREET", Api.unique("S8区"), UNITS);
        String name = Api.unique("xx社区");
        long community = admin.createUnit(district, "COMMUNITY", name, UNITS);
        for (int i = 0; i < 2; i++) {
            secondment(admin, district, person(admin, district), null, "大托新村", THIS_YEAR, null);
            secondment(admin, district, person(admin, district), community, null, THIS_YEAR, THIS_YEAR.plusDays(20));
        }
        secondment(admin, district, person(admin, district), null, "大托新村", LAST_YEAR, LAST_YEAR.plusMonths(1));
        secondment(admin, community, person(admin, community), null, "大托新村", THIS_YEAR, null);
        String draft = draft(admin, district);
        assertContains(draft, "派4名干部下沉基层，其中到");
        assertContains(draft, "大托新村2名");
        assertContains(draft, name + "2名");
        // the table's total is the subtree's: the community's own cadre too
        assertEquals(5, number(table(admin, district, YEAR), "core.cadresSent"));
    }

    // ---------- what a clerk does ----------

    private static final List<String> TEN_RULES = List.of("妇女之家工作制度", "妇女之家学习制度", "妇女之家活动制度", "妇女之家议事制度",
            "妇女之家维权制度", "巾帼志愿者服务制度", "家长学校制度", "儿童之家制度", "妇女之家档案管理制度", "妇女之家值班制度");

    static List<Map<String, Object>> named(List<String> names, String dateField, LocalDate day) {
        return names.stream().map(n -> Map.<String, Object>of("name", n, dateField, day.toString())).toList();
    }

    static long stationWith(Api api, long unit, String kind, String name, LocalDate closed, String list, List<Map<String, Object>> entries) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", kind);
        s.put("name", name);
        s.put("openedOn", LAST_YEAR.toString());
        s.put("closedOn", closed == null ? null : closed.toString());
        s.put(list, entries);
        return api.post("orgs/" + unit + "/stations", s).expect(201).body().path("id").asLong();
    }

    static long secondment(Api api, long unit, long person, Long toUnit, String toPlace, LocalDate from, LocalDate to) {
        Map<String, Object> s = new HashMap<>();
        s.put("personId", person);
        s.put("toUnitId", toUnit);
        s.put("toPlace", toPlace);
        s.put("purpose", "参加防疫抗疫");
        s.put("fromOn", from.toString());
        s.put("toOn", to == null ? null : to.toString());
        return api.post("orgs/" + unit + "/secondments", s).expect(201).body().path("id").asLong();
    }

    // ---------- what a clerk does ----------

    static List<Map<String, Object>> sixItems(LocalDate day) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (String item : List.of("VENUE", "FACILITIES", "PLAN", "RULES", "ACTIVITIES", "RESULTS")) {
            items.add(Map.of("item", item, "metOn", day.toString()));
        }
        return items;
    }

    static long station(Api api, long unit, String kind, String name, LocalDate opened, LocalDate closed, String grade, Integer year,
                        String by, List<Map<String, Object>> items) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", kind);
        s.put("name", name);
        s.put("address", "党群服务中心二楼");
        s.put("keeper", "主任");
        s.put("openingHours", "周一至周五 9:00-17:00");
        s.put("openedOn", opened.toString());
        s.put("closedOn", closed == null ? null : closed.toString());
        s.put("modelGrade", grade);
        s.put("modelYear", year);
        s.put("modelBy", by);
        s.put("items", items);
        return api.post("orgs/" + unit + "/stations", s).expect(201).body().path("id").asLong();
    }

    static long team(Api api, long unit, String kind, String name, LocalDate founded, LocalDate dissolved) {
        Map<String, Object> t = new HashMap<>();
        t.put("kind", kind);
        t.put("name", name);
        t.put("leaderName", "队长");
        t.put("foundedOn", founded.toString());
        t.put("dissolvedOn", dissolved == null ? null : dissolved.toString());
        return api.post("orgs/" + unit + "/teams", t).expect(201).body().path("id").asLong();
    }

    public static long person(Api api, long unit) {
        return api.post("people", Map.of("unitId", unit, "name", Api.unique("女士"), "sex", "F", "birthDate", "1980-05-01"))
                .expect(201).body().path("id").asLong();
    }

    static void pairing(Api api, long unit, String kind, long person, int covered, LocalDate started, LocalDate ended) {
        Map<String, Object> p = new HashMap<>();
        p.put("kind", kind);
        p.put("personId", person);
        p.put("covered", covered);
        p.put("startedOn", started.toString());
        p.put("endedOn", ended == null ? null : ended.toString());
        api.post("orgs/" + unit + "/pairings", p).expect(201);
    }

    // ---------- what the clerk reads ----------

    public static JsonNode table(Api admin, long unit, int year) {
        return admin.get("reporting/table?unitId=" + unit + "&year=" + year + "&compare=false").expect(200).body()
                .path("total").path("values");
    }

    public static long number(JsonNode values, String key) {
        if (!values.has(key) || values.path(key).isNull()) {
            return 0;
        }
        return values.path(key).decimalValue().longValueExact();
    }

    public static String draft(Api admin, long unit) {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", unit, "year", YEAR)).expect(201).body();
        StringBuilder text = new StringBuilder();
        s.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> text.append(p.path("text").asText()).append('\n')));
        return text.toString();
    }

    public static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "expected «" + expected + "» in:\n" + text);
    }
}
