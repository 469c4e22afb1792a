package org.wfed.itest.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/**
 * The seed summaries' aid figures (seed-figures.md, the rows of 走访慰问, 救助帮扶, 计生服务, 两癌救助, 女性保险,
 * 圆梦助学, 留守/困境儿童关爱 and 特殊女性群体) entered as a clerk enters them — programmes set up in 救助项目设置,
 * beneficiaries registered, applications made, reviewed and paid through the REST API — each summary in a unit tree
 * of its own, then read back from the indicator table and the drafted summary of last year.
 */
class SeedAidReplayTest {
    private static final int YEAR = LocalDate.now().getYear() - 1;
    private static final LocalDate SINCE = LocalDate.of(YEAR, 1, 1);
    private static Api admin;
    private static long top;

    @BeforeAll
    static void setUp() {
        Api.awaitUp("aid", "reporting");
        // a test before may have reconfigured a module, and the REST application is then deployed again: wait until
        // the endpoints this test uses are there (401 before signing in, not 404)
        long until = System.currentTimeMillis() + 120_000;
        Api anonymous = new Api();
        while (anonymous.get("auth/me").status() == 404 || anonymous.get("orgs/tree").status() == 404
                || anonymous.get("aid/programmes").status() == 404 || anonymous.get("reporting/indicators").status() == 404) {
            assertTrue(System.currentTimeMillis() < until, "the REST endpoints did not come back");
            Api.sleep(500);
        }
        admin = Api.admin();
        top = admin.unitId();
    }

    /** S1 line 15: 春节慰问离任妇女干部和困难女党员6名，困难和低保儿童7名；六一儿童节慰问儿童8名；圆梦助学6名. */
    @Test
    void s1FestivalVisitsByRecipientGroup() {
        long street = unit(top, "STREET", "S1办事处");
        long village = unit(street, "COMMUNITY", "S1村");
        JsonNode festival = shipped("FESTIVAL_VISIT");
        List<Long> cadres = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cadres.add(person(village, "F", LocalDate.of(1955, 3, 1), "RETIRED_CADRE"));
            cadres.add(person(village, "F", LocalDate.of(1960, 5, 1), "PARTY_MEMBER_IN_NEED"));
        }
        // the festival visit serves 离任妇女干部 and 困难女党员 now: no 不属于本项目的救助对象类别 any more
        for (long p : cadres) {
            grant(festival, p, LocalDate.of(YEAR, 1, 20), 50_000L, "CASH");
        }
        JsonNode childVisit = programme("春节慰问困难儿童", "CASH", null, List.of("DIBAO", "LEFT_BEHIND_CHILD", "ORPHAN"), 17, "CASH");
        JsonNode childrenDay = programme("六一儿童节慰问", "GOODS", null, List.of(), 17, "GOODS");
        JsonNode dream = programme("圆梦助学", "CASH", 300_000L, List.of("DIBAO", "DIBAO_EDGE"), null, "BANK");
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            children.add(person(village, i % 2 == 0 ? "F" : "M", LocalDate.of(YEAR - 8 - i, 6, 1), "DIBAO"));
        }
        for (long c : children) {
            grant(childVisit, c, LocalDate.of(YEAR, 1, 25), 20_000L, "CASH");
        }
        List<Long> june = new ArrayList<>(children);
        june.add(person(village, "F", LocalDate.of(YEAR - 6, 2, 1), "OTHER"));
        for (long c : june) {
            grant(childrenDay, c, LocalDate.of(YEAR, 5, 30), 10_000L, "GOODS");
        }
        // 圆梦助学: five young women and one young man of 19 (he is aided, but is not one of the 妇女儿童)
        for (int i = 0; i < 6; i++) {
            long s = person(village, i == 5 ? "M" : "F", LocalDate.of(YEAR - 19, 3, 1), "DIBAO");
            grant(dream, s, LocalDate.of(YEAR, 8, 10), null, "BANK");
        }
        JsonNode total = total(street);
        assertEquals(6, total.path(key("aid.peopleAided", "FESTIVAL_VISIT")).asInt());
        assertEquals(3, total.path(key("aid.peopleByGroup", "RETIRED_CADRE")).asInt());
        assertEquals(3, total.path(key("aid.peopleByGroup", "PARTY_MEMBER_IN_NEED")).asInt());
        assertEquals(7, total.path(key("aid.peopleAided", code(childVisit))).asInt());
        assertEquals(8, total.path(key("aid.peopleAided", code(childrenDay))).asInt());
        assertEquals(6, total.path(key("aid.peopleAided", code(dream))).asInt());
        assertEquals(6 + 8 + 6, total.path("aid.peopleAided").asInt());
        assertEquals(6 + 8 + 5, total.path("aid.womenChildrenAided").asInt(), "the young man is not counted among 妇女儿童");
        // the older indicators keep their ids and meaning
        assertEquals(6 + 7 + 8 + 6, total.path("aid.applicationsApproved").asInt());
        assertEquals(6 + 7 + 8 + 6, total.path("aid.payments").asInt());

        String draft = draft(street);
        assertTrue(draft.contains(name(festival) + "6人"), draft);
        assertTrue(draft.contains("春节慰问困难儿童7人"), draft);
        assertTrue(draft.contains("六一儿童节慰问8人"), draft);
        assertTrue(draft.contains("圆梦助学6人"), draft);
        assertTrue(draft.contains("离任妇女干部3人、困难女党员3人"), draft);
        assertTrue(draft.contains("为19名困难妇女儿童提供救助"), draft);
        assertTrue(draft.contains("圆梦助学3000元"), "uniform grants are stated per person: " + draft);
        assertFalse(draft.contains("按户发放") || draft.contains("发放物资"), "no household or goods was handed out: " + draft);
        assertFalse(draft.contains("结对帮扶"), "no household was paired: " + draft);
    }

    /** A programme for one group refuses another (in Chinese); a group added at runtime is a breakdown member at once. */
    @Test
    void groupsAreConfigurableAndRefusalsSayWhy() {
        long street = unit(top, "STREET", "对象类别街道");
        long community = unit(street, "COMMUNITY", "对象类别社区");
        JsonNode cadresOnly = programme("离任妇女干部慰问", "CASH", 30_000L, List.of("RETIRED_CADRE"), null, "CASH");
        long dibao = person(community, "F", LocalDate.of(1970, 1, 1), "DIBAO");
        Api.Reply refused = apply(cadresOnly, dibao, LocalDate.of(YEAR, 2, 1), null, Map.of());
        assertEquals(400, refused.status());
        assertEquals("AID_NOT_ELIGIBLE", refused.code());
        assertTrue(refused.body().path("message").asText().contains("不属于本项目的救助对象类别"), refused.body().toString());
        // a group the person does not hold cannot be chosen
        long cadre = person(community, "F", LocalDate.of(1956, 1, 1), "RETIRED_CADRE", "DIBAO");
        Api.Reply wrongGroup = apply(shipped("FESTIVAL_VISIT"), cadre, LocalDate.of(YEAR, 2, 1), 20_000L,
                Map.of("recipientGroup", "FRONTLINE_WOMAN"));
        assertEquals(400, wrongGroup.status());
        assertTrue(wrongGroup.body().path("message").asText().contains("未登记为「抗疫一线女性」"), wrongGroup.body().toString());
        // the clerk's choice of group among those she holds is kept
        JsonNode chosen = apply(shipped("FESTIVAL_VISIT"), cadre, LocalDate.of(YEAR, 2, 1), 20_000L,
                Map.of("recipientGroup", "DIBAO")).expect(201).body();
        assertEquals("DIBAO", chosen.path("recipientGroup").asText());

        String code = Api.unique("G").toUpperCase();
        admin.post("aid/categories", Map.of("code", code, "nameZh", "新就业形态女性" + code, "nameEn", code, "lowIncome", false,
                "hardship", false)).expect(201);
        assertEquals("AID_CATEGORY_EXISTS", admin.post("aid/categories", Map.of("code", code, "nameZh", "重复" + code,
                "nameEn", code, "lowIncome", false)).expect(409).code());
        JsonNode group = null;
        for (JsonNode k : admin.get("aid/categories").expect(200).body()) {
            group = code.equals(k.path("code").asText()) ? k : group;
        }
        assertFalse(group.path("hardship").asBoolean());
        JsonNode open = programme("新就业形态女性关爱", "CASH", 50_000L, List.of(code), null, "CASH");
        long rider = person(community, "F", LocalDate.of(1990, 1, 1), code);
        grant(open, rider, LocalDate.of(YEAR, 3, 8), null, "CASH");
        JsonNode table = table(street);
        assertEquals(1, table.path("total").path("values").path(key("aid.peopleByGroup", code)).asInt());
        assertEquals(500, table.path("total").path("values").path(key("aid.amountByGroup", code)).asInt());
        boolean member = false;
        for (JsonNode i : table.path("indicators")) {
            if ("aid.peopleByGroup".equals(i.path("id").asText())) {
                for (JsonNode m : i.path("dimension").path("members")) {
                    member |= code.equals(m.path("code").asText()) && m.path("nameZh").asText().startsWith("新就业形态女性");
                }
            }
        }
        assertTrue(member, "the new group is a member of the breakdown without a restart");
    }

    /** S4 line 76: 走访慰问低保妇女23户，发放无人抚养儿童补贴及孤儿补贴23.5万元. */
    @Test
    void s4HouseholdsVisitedAndChildSubsidies() {
        long street = unit(top, "STREET", "S4街道");
        long c1 = unit(street, "COMMUNITY", "S4一社区");
        long c2 = unit(street, "COMMUNITY", "S4二社区");
        JsonNode visit = programme("走访慰问低保妇女", "CASH", 50_000L, List.of("DIBAO"), null, "CASH");
        for (int i = 0; i < 23; i++) {
            long w = person(i % 2 == 0 ? c1 : c2, "F", LocalDate.of(1965 + i, 4, 1), "DIBAO");
            grantHousehold(visit, w, LocalDate.of(YEAR, 1, 15), null, 2 + i % 3, null, "CASH");
        }
        JsonNode subsidy = programme("无人抚养儿童及孤儿补贴", "CASH", 2_350_000L, List.of("UNCARED_CHILD", "ORPHAN"), 17, "BANK");
        for (int i = 0; i < 10; i++) {
            long child = person(i % 2 == 0 ? c1 : c2, i % 3 == 0 ? "M" : "F", LocalDate.of(YEAR - 5 - i, 1, 1),
                    i % 2 == 0 ? "ORPHAN" : "UNCARED_CHILD");
            grant(subsidy, child, LocalDate.of(YEAR, 6, 1), null, "BANK");
        }
        JsonNode total = total(street);
        assertEquals(23, total.path(key("aid.householdsAided", code(visit))).asInt());
        assertEquals(0, new BigDecimal("235000").compareTo(total.path(key("aid.amountPaid", code(subsidy))).decimalValue()));
        String draft = draft(street);
        assertTrue(draft.contains("走访慰问低保妇女23户"), draft);
        assertTrue(draft.contains("无人抚养儿童及孤儿补贴23.5万元"), draft);
        assertFalse(draft.contains("发放物资"), draft);
    }

    /** S6 lines 105 and 111: 64户计生家庭共180人，合疗补助金共计5400元；33户独生子女家庭，共计11880元. */
    @Test
    void s6FamilyPlanningByHousehold() {
        long community = unit(unit(top, "STREET", "S6街道"), "COMMUNITY", "S6社区");
        JsonNode medical = programme("计生家庭合疗补助", "CASH", null, List.of("FAMILY_PLANNING"), null, "CASH");
        int people = 0;
        for (int i = 0; i < 64; i++) {
            int size = i < 52 ? 3 : 2; // 52 × 3 + 12 × 2 = 180
            people += size;
            long head = person(community, i % 4 == 0 ? "M" : "F", LocalDate.of(1970 + i % 20, 1, 1), "FAMILY_PLANNING");
            grantHousehold(medical, head, LocalDate.of(YEAR, 7, 5), 3_000L * size, size, null, "CASH");
        }
        assertEquals(180, people);
        JsonNode onlyChild = programme("独生子女保健费", "CASH", 36_000L, List.of("ONLY_CHILD_FAMILY"), null, "CASH");
        for (int i = 0; i < 33; i++) {
            long head = person(community, "F", LocalDate.of(1975 + i % 15, 1, 1), "ONLY_CHILD_FAMILY");
            grantHousehold(onlyChild, head, LocalDate.of(YEAR, 12, 20), null, 3, null, "CASH");
        }
        JsonNode total = total(community);
        assertEquals(64, total.path(key("aid.householdsAided", code(medical))).asInt());
        assertEquals(180, total.path(key("aid.householdMembers", code(medical))).asInt());
        assertEquals(5400, total.path(key("aid.amountPaid", code(medical))).asInt());
        assertEquals(33, total.path(key("aid.householdsAided", code(onlyChild))).asInt());
        assertEquals(11880, total.path(key("aid.amountPaid", code(onlyChild))).asInt());
        String draft = draft(community);
        assertTrue(draft.contains("计生家庭合疗补助64户、独生子女保健费33户"), draft);
        assertTrue(draft.contains("计生家庭合疗补助180人"), draft);
        assertTrue(draft.contains("计生家庭合疗补助5400元、独生子女保健费11880元"), draft);
    }

    /**
     * S8 lines 133–145: 4户贫困妇女儿童走访慰问；10位抗疫一线优秀女性；3名两癌妇女每人3000元；8名贫困儿童每人1000元；
     * 10个村社区的307名女性每人1份价值100元的湘女关爱保；23名留守儿童六个一大礼包；37名孕妈孕妇裤74条；line 138:
     * 区妇联提供20名爱心女性参与“爱心帮扶工程”，与20户贫困家庭开展一对一结对帮扶.
     */
    @Test
    void s8DistrictProgrammes() {
        // the district's work in a tree of its own: the framework's top unit is its only district
        long district = unit(top, "STREET", "S8区");
        List<Long> villages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            villages.add(unit(district, "COMMUNITY", "S8村" + i));
        }
        long village = villages.get(0);
        JsonNode poorVisit = programme("贫困妇女儿童走访慰问", "GOODS", null, List.of("DIBAO", "TEKUN"), null, "GOODS");
        for (int i = 0; i < 4; i++) {
            grantHousehold(poorVisit, person(village, "F", LocalDate.of(1980, 1, 1), "DIBAO"), LocalDate.of(YEAR, 2, 10),
                    30_000L, 3, null, "GOODS");
        }
        JsonNode frontline = programme("慰问抗疫一线女性", "GOODS", 20_000L, List.of("FRONTLINE_WOMAN"), null, "GOODS");
        for (int i = 0; i < 10; i++) {
            grant(frontline, person(villages.get(i), "F", LocalDate.of(1985, 1, 1), "FRONTLINE_WOMAN"), LocalDate.of(YEAR, 2, 20),
                    null, "GOODS");
        }
        JsonNode cancers = programme("两癌救助（市级名额）", "CASH", 300_000L, List.of("DIBAO", "TEKUN", "DIBAO_EDGE"), null, "BANK");
        for (int i = 0; i < 3; i++) {
            grant(cancers, person(villages.get(i), "F", LocalDate.of(1968, 1, 1), "DIBAO"), LocalDate.of(YEAR, 4, 1), null, "BANK");
        }
        JsonNode children = programme("六一贫困儿童慰问金", "CASH", 100_000L, List.of("DIBAO", "LEFT_BEHIND_CHILD"), 17, "CASH");
        for (int i = 0; i < 8; i++) {
            grant(children, person(villages.get(i % 5), i % 2 == 0 ? "F" : "M", LocalDate.of(YEAR - 9, 1, 1), "DIBAO"),
                    LocalDate.of(YEAR, 5, 28), null, "CASH");
        }
        JsonNode insurance = programme("湘女关爱保", "INSURANCE", 10_000L, List.of(), null, "INSURER");
        for (int i = 0; i < 307; i++) {
            grant(insurance, person(villages.get(i % 10), "F", LocalDate.of(1960 + i % 40, 1, 1)), LocalDate.of(YEAR, 6, 1),
                    null, "INSURER");
        }
        JsonNode bags = programme("“六个一”温暖大礼包", "GOODS", 15_000L, List.of("LEFT_BEHIND_CHILD"), 17, "GOODS");
        for (int i = 0; i < 23; i++) {
            grantHousehold(bags, person(villages.get(i % 10), i % 2 == 0 ? "F" : "M", LocalDate.of(YEAR - 8, 1, 1),
                    "LEFT_BEHIND_CHILD"), LocalDate.of(YEAR, 1, 10), null, null, new BigDecimal("6"), "GOODS");
        }
        JsonNode mothers = programme("关爱孕妈", "GOODS", 8_000L, List.of("PREGNANT"), null, "GOODS");
        for (int i = 0; i < 37; i++) {
            grantHousehold(mothers, person(villages.get(i % 10), "F", LocalDate.of(1995, 1, 1), "PREGNANT"),
                    LocalDate.of(YEAR, 4, 23), null, null, new BigDecimal("2"), "GOODS");
        }
        // the district's 20 women (people of its registry) each paired with a poor household of its villages
        for (int i = 0; i < 20; i++) {
            long helper = admin.post("people", Map.of("unitId", district, "name", Api.unique("爱心女性"), "sex", "F",
                    "birthDate", "1978-06-01")).expect(201).body().path("id").asLong();
            admin.post("aid/pairings", Map.of("personId", person(villages.get(i % 10), "F", LocalDate.of(1975, 1, 1), "DIBAO"),
                    "helperPersonId", helper, "startedOn", LocalDate.of(YEAR, 3, 8).toString(), "note", "爱心帮扶工程")).expect(201);
        }
        JsonNode total = total(district);
        assertEquals(20, total.path("aid.pairedHouseholds").asInt());
        assertEquals(20, total.path("aid.pairingHelpers").asInt());
        assertEquals(4, total.path(key("aid.householdsAided", code(poorVisit))).asInt());
        assertEquals(10, total.path(key("aid.peopleAided", code(frontline))).asInt());
        assertEquals(10, total.path(key("aid.peopleByGroup", "FRONTLINE_WOMAN")).asInt());
        assertEquals(3, total.path(key("aid.peopleAided", code(cancers))).asInt());
        assertEquals(3000, total.path(key("aid.amountEach", code(cancers))).asInt());
        assertEquals(8, total.path(key("aid.peopleAided", code(children))).asInt());
        assertEquals(1000, total.path(key("aid.amountEach", code(children))).asInt());
        assertEquals(307, total.path(key("aid.peopleAided", code(insurance))).asInt());
        assertEquals(10, total.path(key("aid.unitsServed", code(insurance))).asInt());
        assertEquals(100, total.path(key("aid.amountEach", code(insurance))).asInt());
        assertEquals(23, total.path(key("aid.peopleAided", code(bags))).asInt());
        assertEquals(37, total.path(key("aid.peopleAided", code(mothers))).asInt());
        assertEquals(74, total.path(key("aid.goodsHandedOut", code(mothers))).asInt());
        String draft = draft(district);
        assertTrue(draft.contains("贫困妇女儿童走访慰问4户"), draft);
        assertTrue(draft.contains("慰问抗疫一线女性10人"), draft);
        assertTrue(draft.contains("抗疫一线女性10人"), draft);
        assertTrue(draft.contains("两癌救助（市级名额）3人"), draft);
        assertTrue(draft.contains("两癌救助（市级名额）3000元"), draft);
        assertTrue(draft.contains("六一贫困儿童慰问金8人"), draft);
        assertTrue(draft.contains("六一贫困儿童慰问金1000元"), draft);
        assertTrue(draft.contains("湘女关爱保307人"), draft);
        assertTrue(draft.contains("湘女关爱保100元"), draft);
        assertTrue(draft.contains("“六个一”温暖大礼包23人"), draft);
        assertTrue(draft.contains("关爱孕妈37人"), draft);
        assertTrue(draft.contains("关爱孕妈74件"), draft);
        // the units served are the table's (the draft's clause counts every programme's units together)
        assertTrue(draft.contains("覆盖10个基层单位"), draft);
        assertTrue(draft.contains("组织20名爱心人士与20户困难家庭开展一对一结对帮扶"), draft);
    }

    /**
     * S8 line 138: 申请市级“两癌”救助名额3个，为3名“两癌”妇女每人发放慰问金3000元. The district records the places the city
     * granted; the three are applied for, granted and paid; a fourth application of that year is refused.
     */
    @Test
    void s8CityGrantedThreePlaces() {
        long district = unit(top, "STREET", "S8名额区");
        List<Long> villages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            villages.add(unit(district, "COMMUNITY", "S8名额村" + i));
        }
        JsonNode cancers = programme("“两癌”救助", "CASH", 300_000L, List.of("DIBAO"), null, "BANK");
        Map<String, Object> body = new HashMap<>(Map.of("unitId", district, "programmeId", cancers.path("id").asLong(),
                "year", YEAR, "level", "CITY", "places", 3, "documentNo", "市妇字〔" + YEAR + "〕5号",
                "grantedOn", LocalDate.of(YEAR, 3, 1).toString()));
        JsonNode grant = admin.post("aid/quota-grants", body).expect(201).body();
        assertEquals(0, grant.path("used").asInt());
        for (int i = 0; i < 3; i++) {
            grant(cancers, person(villages.get(i), "F", LocalDate.of(1968, 1, 1), "DIBAO"), LocalDate.of(YEAR, 4, 1), null, "BANK");
        }
        Api.Reply beyond = apply(cancers, person(villages.get(0), "F", LocalDate.of(1970, 1, 1), "DIBAO"), LocalDate.of(YEAR, 5, 1),
                null, Map.of());
        assertEquals(409, beyond.status(), beyond.body().toString());
        assertEquals("AID_QUOTA_GRANT_FULL", beyond.body().path("code").asText());
        assertTrue(beyond.body().path("message").asText().contains("市级下达给"), beyond.body().toString());
        assertTrue(beyond.body().path("message").asText().contains("名额（3个）已用完"), beyond.body().toString());
        JsonNode listed = admin.get("aid/quota-grants?unitId=" + district + "&year=" + YEAR).expect(200).body();
        assertEquals(1, listed.size());
        assertEquals(3, listed.get(0).path("used").asInt());
        // a change needs the version read; fewer places than taken is refused on the field
        body.put("version", grant.path("version").asInt() + 1);
        assertEquals(409, admin.put("aid/quota-grants/" + grant.path("id").asLong(), body).status());
        body.put("version", grant.path("version").asInt());
        body.put("places", 2);
        Api.Reply fewer = admin.put("aid/quota-grants/" + grant.path("id").asLong(), body);
        assertEquals(400, fewer.status(), fewer.body().toString());
        assertEquals("places", fewer.body().path("fields").get(0).path("field").asText());

        String member = key("aid.quotaGranted", "CITY:" + code(cancers));
        assertEquals(3, own(table(district), district).path(member).asInt(), "the district's own account");
        assertEquals(3, total(district).path(key("aid.peopleAided", code(cancers))).asInt());
        String draft = draft(district);
        assertTrue(draft.contains("申请市级“两癌”救助名额3个"), draft);
        assertTrue(draft.contains("“两癌”救助3人"), draft);
        assertTrue(draft.contains("“两癌”救助3000元"), draft);
    }

    /** S8 line 138: 开展农村和城镇低保适龄妇女“两癌”免费检查，完成检查人数1455人 (women of ten villages, one campaign). */
    @Test
    void s8FourteenHundredFiftyFiveWomenScreened() {
        long district = unit(top, "STREET", "S8筛查区");
        List<Long> villages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            villages.add(unit(district, "COMMUNITY", "S8筛查村" + i));
        }
        long campaign = admin.post("aid/campaigns", Map.of("unitId", district, "year", YEAR, "name", Api.unique("两癌免费检查")))
                .expect(201).body().path("id").asLong();
        for (int i = 0; i < 1455; i++) {
            long woman = admin.post("people", Map.of("unitId", villages.get(i % 10), "name", Api.unique("筛查女士"), "sex", "F",
                    "birthDate", LocalDate.of(YEAR - 36 - i % 28, 1 + i % 12, 1).toString())).expect(201).body().path("id").asLong();
            LocalDate day = LocalDate.of(YEAR, 4 + i % 6, 1 + i % 28);
            admin.post("aid/campaigns/" + campaign + "/screenings", Map.of("personId", woman, "screenedOn", day.toString(),
                    "cervicalMethod", "TBS", "cervicalResult", "NORMAL", "consentOn", day.toString())).expect(201);
        }
        assertEquals(1455, total(district).path("aid.screened").asInt());
        String draft = draft(district);
        assertTrue(draft.contains("实查1455人"), draft);
    }

    /** S11 line 215: 共为10余名困境儿童提供近千元的救助. */
    @Test
    void s11ChildrenInPlight() {
        long community = unit(unit(top, "STREET", "S11街道"), "COMMUNITY", "S11社区");
        JsonNode plight = programme("困境儿童救助", "CASH", 8_000L, List.of("UNCARED_CHILD", "LEFT_BEHIND_CHILD"), 17, "CASH");
        for (int i = 0; i < 12; i++) {
            grant(plight, person(community, i % 2 == 0 ? "F" : "M", LocalDate.of(YEAR - 7 - i % 8, 1, 1), "LEFT_BEHIND_CHILD"),
                    LocalDate.of(YEAR, 6, 1), null, "CASH");
        }
        JsonNode total = total(community);
        assertEquals(12, total.path(key("aid.peopleAided", code(plight))).asInt());
        assertEquals(960, total.path(key("aid.amountPaid", code(plight))).asInt());
        String draft = draft(community);
        assertTrue(draft.contains("困境儿童救助960元"), draft);
        assertTrue(draft.contains("困境儿童救助12人"), draft);
        assertTrue(draft.contains("为12名困难妇女儿童提供救助"), draft);
    }

    /** S13 line 247: 为辖区贫困户捐赠衣服、鞋子等过冬物品100余件；“送温暖、献爱心”捐赠260余件. */
    @Test
    void s13GoodsHandedOut() {
        long community = unit(unit(top, "STREET", "S13街道"), "COMMUNITY", "月宫S13社区");
        JsonNode winter = programme("寒冬送温暖", "GOODS", null, List.of("DIBAO", "TEKUN"), null, "GOODS");
        for (int i = 0; i < 5; i++) {
            grantHousehold(winter, person(community, "F", LocalDate.of(1950 + i, 1, 1), "DIBAO"), LocalDate.of(YEAR, 12, 1),
                    10_000L, 2, new BigDecimal("20"), "GOODS");
        }
        JsonNode donation = programme("送温暖献爱心", "GOODS", null, List.of("DIBAO", "TEKUN", "SINGLE_PARENT"), null, "GOODS");
        for (int i = 0; i < 13; i++) {
            grantHousehold(donation, person(community, "F", LocalDate.of(1960 + i, 1, 1), "SINGLE_PARENT"),
                    LocalDate.of(YEAR, 12, 10), 5_000L, null, new BigDecimal("20"), "GOODS");
        }
        JsonNode total = total(community);
        assertEquals(100, total.path(key("aid.goodsHandedOut", code(winter))).asInt());
        assertEquals(260, total.path(key("aid.goodsHandedOut", code(donation))).asInt());
        String draft = draft(community);
        assertTrue(draft.contains("发放物资寒冬送温暖100件、送温暖献爱心260件"), draft);
    }

    // ---- what a clerk does, through the REST API

    private static long unit(long parent, String kind, String name) {
        return admin.createUnit(parent, kind, Api.unique(name), SINCE);
    }

    /** Registers a person as a beneficiary of the unit with the given groups; answers her person id. */
    private static long person(long unitId, String sex, LocalDate birth, String... groups) {
        Map<String, Object> person = new HashMap<>();
        person.put("unitId", unitId);
        person.put("name", Api.unique(sex.equals("F") ? "李女士" : "张先生"));
        person.put("sex", sex);
        person.put("birthDate", birth.toString());
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("categories", List.of(groups));
        body.put("bankName", "农村商业银行");
        body.put("bankAccount", "6228480012345678901");
        if (birth.isAfter(LocalDate.now().minusYears(14))) {
            body.put("guardianName", "监护人");
            body.put("guardianRelation", "母亲");
            body.put("guardianConsentOn", SINCE.toString());
        }
        return admin.post("aid/beneficiaries", body).expect(201).body().path("personId").asLong();
    }

    /** A programme as 救助项目设置 sets it up: one community review, no notice, no budget or quota limit. */
    private static JsonNode programme(String name, String kind, Long amountFen, List<String> groups, Integer maxAge,
                                      String channel) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("categories", groups);
        rules.put("maxAge", maxAge);
        rules.put("noAidYears", 0);
        rules.put("onceEver", false);
        rules.put("requiresDiagnosis", false);
        rules.put("noAidProgrammes", List.of());
        Map<String, Object> body = new HashMap<>();
        body.put("code", Api.unique("SEED").toUpperCase());
        body.put("name", name);
        body.put("kind", kind);
        body.put("fundSource", "BUDGET");
        body.put("amountFen", amountFen);
        body.put("rules", rules);
        body.put("reviewLevels", List.of("COMMUNITY"));
        body.put("noticeDays", 0);
        body.put("channels", List.of(channel));
        return admin.post("aid/programmes", body).expect(201).body();
    }

    private static JsonNode shipped(String code) {
        for (JsonNode p : admin.get("aid/programmes").expect(200).body()) {
            if (code.equals(p.path("code").asText())) {
                return p;
            }
        }
        throw new AssertionError("no programme " + code);
    }

    private static Api.Reply apply(JsonNode programme, long personId, LocalDate on, Long amountFen, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("programmeId", programme.path("id").asLong());
        body.put("personId", personId);
        body.put("reason", "生活困难");
        body.put("appliedOn", on.toString());
        body.put("amountFen", amountFen);
        return admin.post("aid/applications", body);
    }

    private static JsonNode grant(JsonNode programme, long personId, LocalDate on, Long amountFen, String channel) {
        return grantHousehold(programme, personId, on, amountFen, null, null, channel);
    }

    /**
     * Applies, approves at every level and pays on the next day. A payment follows its approval (issue 22: no
     * backdating), so the approvals, given today through the API, are moved back in the database to the day applied,
     * as if given then.
     */
    private static JsonNode grantHousehold(JsonNode programme, long personId, LocalDate on, Long amountFen, Integer household,
                                           BigDecimal goods, String channel) {
        Map<String, Object> more = new HashMap<>();
        more.put("householdSize", household);
        more.put("goodsQuantity", goods);
        JsonNode a = apply(programme, personId, on, amountFen, more).expect(201).body();
        while ("REVIEWING".equals(a.path("status").asText())) {
            a = admin.post("aid/applications/" + a.path("id").asLong() + "/review",
                    Map.of("approve", true, "comment", "情况属实", "version", a.path("version").asInt())).expect(200).body();
        }
        long id = a.path("id").asLong();
        Api.service(Database.class).write(c -> Jdbc.update(c, "UPDATE aid_review SET decided_at = ? WHERE application_id = ?",
                on.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), id));
        return admin.post("aid/applications/" + id + "/payment", Map.of("amountFen", a.path("amountFen").asLong(),
                "paidOn", on.plusDays(1).toString(), "channel", channel, "version", a.path("version").asInt())).expect(200).body();
    }

    private static JsonNode table(long unitId) {
        return admin.get("reporting/table?unitId=" + unitId + "&year=" + YEAR + "&compare=false").expect(200).body();
    }

    /** The values of the unit's own records (the table's 本级 row). */
    private static JsonNode own(JsonNode table, long unitId) {
        for (JsonNode r : table.path("rows")) {
            if (r.path("unitId").asLong() == unitId && r.path("own").asBoolean()) {
                return r.path("values");
            }
        }
        throw new AssertionError("no own row of " + unitId + " in " + table.path("rows"));
    }

    private static JsonNode total(long unitId) {
        return table(unitId).path("total").path("values");
    }

    /** The drafted summary of the unit's year, every paragraph's text. */
    private static String draft(long unitId) {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", unitId, "year", YEAR)).expect(201).body();
        StringBuilder out = new StringBuilder();
        s.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> out.append(p.path("text").asText()).append('\n')));
        String text = out.toString();
        assertFalse(text.contains("null") || text.contains("—") || text.contains("{"), text);
        return text;
    }

    private static String key(String id, String member) {
        return id + "[" + member + "]";
    }

    private static String code(JsonNode programme) {
        return programme.path("code").asText();
    }

    private static String name(JsonNode programme) {
        return programme.path("name").asText();
    }
}
