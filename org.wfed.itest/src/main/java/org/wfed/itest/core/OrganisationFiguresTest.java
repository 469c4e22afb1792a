package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.assertContains;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.draft;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.number;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.person;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The rest of organisation building (issue 15): the visits of a pairing (the list, the visit due after the monthly
 * interval, 结对走访X次 in the year), the 两委 of a village or community per term with the women's share against the
 * national 30 % target, and the grassroots organisations founded in the year — each through the REST API, in the
 * table and in the draft, with the registers' rules (subtree 404, role 403, stale version 409, 400 naming the field).
 */
class OrganisationFiguresTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear();
    private static final LocalDate UNITS = LocalDate.of(YEAR - 5, 1, 1);
    private static Api admin;

    @BeforeAll
    static void up() {
        Api.awaitUp("reporting");
        admin = Api.admin();
    }

    @Test
    void aPairingsVisitsAreListedDueMonthlyAndCountedInTheYear() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("走访街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("走访社区"), UNITS);
        long other = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"), UNITS);
        Api clerk = admin.createUser(community, "STAFF");
        Api stranger = admin.createUser(other, "STAFF");
        LocalDate started = LocalDate.of(YEAR - 1, 6, 1);
        Map<String, Object> p = new HashMap<>();
        p.put("kind", "LOVING_MOTHER");
        p.put("personId", person(clerk, community));
        p.put("covered", 2);
        p.put("startedOn", started.toString());
        JsonNode pairing = clerk.post("orgs/" + community + "/pairings", p).expect(201).body();
        long id = pairing.path("id").asLong();
        // never visited since it started last June: the visit is due, a month after the start
        assertEquals(0, pairing.path("visits").asInt());
        assertTrue(pairing.path("visitDue").asBoolean(), pairing.toString());
        assertEquals(started.plusDays(30).toString(), pairing.path("nextVisitOn").asText());

        String visits = "orgs/pairings/" + id + "/visits";
        JsonNode lastYear = clerk.post(visits, Map.of("visitedOn", started.plusMonths(2).toString(), "note", "上门看望")).expect(201).body();
        assertEquals(1, lastYear.path("visits").asInt());
        clerk.post(visits, Map.of("visitedOn", LocalDate.of(YEAR, 1, 2).toString())).expect(201);
        JsonNode now = clerk.post(visits, Map.of("visitedOn", TODAY.toString(), "note", "电话联系，辅导作业")).expect(201).body();
        assertEquals(3, now.path("visits").asInt());
        assertEquals(TODAY.toString(), now.path("lastVisitOn").asText());
        assertEquals(TODAY.plusDays(30).toString(), now.path("nextVisitOn").asText());
        assertFalse(now.path("visitDue").asBoolean(), now.toString());
        // the answer counts the children and names none
        assertEquals(2, now.path("covered").asInt());
        assertFalse(now.has("children"), now.toString());

        JsonNode list = clerk.get(visits).expect(200).body();
        assertEquals(3, list.size());
        assertEquals(TODAY.toString(), list.get(0).path("visitedOn").asText());
        assertEquals("电话联系，辅导作业", list.get(0).path("note").asText());

        String before = clerk.post(visits, Map.of("visitedOn", started.minusDays(1).toString())).expect(400).body().path("fields").toString();
        assertTrue(before.contains("\"field\":\"visitedOn\"") && before.contains("走访日期不能早于结对日期"), before);
        clerk.post(visits, Map.of("note", "无日期")).expect(400);
        clerk.post(visits, Map.of("visitedOn", TODAY.plusDays(2).toString())).expect(400);
        assertEquals("NOT_FOUND", stranger.get(visits).expect(404).code());
        stranger.post(visits, Map.of("visitedOn", TODAY.toString())).expect(404);

        JsonNode total = table(admin, street, YEAR);
        assertEquals(2, number(total, "core.pairingVisits"));
        assertEquals(1, number(table(admin, street, YEAR - 1), "core.pairingVisits"));
        assertContains(draft(admin, street), "结对走访2次。");
    }

    @Test
    void theWomensShareOfTheTwoCommitteesStandsAgainstThirtyPercent() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("两委街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("两委社区"), UNITS);
        long village = admin.createUnit(street, "VILLAGE", Api.unique("两委村"), UNITS);
        long other = admin.createUnit(admin.unitId(), "STREET", Api.unique("别的街道"), UNITS);
        Api streetAdmin = admin.createUser(street, "UNIT_ADMIN");
        Api clerk = admin.createUser(community, "STAFF");
        Api stranger = admin.createUser(other, "UNIT_ADMIN");
        String terms = "orgs/" + community + "/committee-terms";
        // the term before: 10 members, 2 women, in force until this term started last year
        streetAdmin.post(terms, term(YEAR - 4, 10, 2)).expect(201);
        JsonNode current = streetAdmin.post(terms, term(YEAR - 1, 7, 3)).expect(201).body();
        streetAdmin.post("orgs/" + village + "/committee-terms", term(YEAR - 1, 5, 1)).expect(201);

        JsonNode list = clerk.get(terms).expect(200).body();
        assertEquals(2, list.size());
        assertEquals(YEAR - 1, list.get(0).path("startYear").asInt());

        JsonNode total = table(admin, street, YEAR);
        assertEquals(12, number(total, "core.committeeMembers"));
        assertEquals(4, number(total, "core.committeeWomen"));
        assertEquals(0, new BigDecimal("33.3").compareTo(total.path("core.committeeWomenShare").decimalValue()), total.toString());
        JsonNode earlier = table(admin, street, YEAR - 2);
        assertEquals(10, number(earlier, "core.committeeMembers"));
        assertEquals(2, number(earlier, "core.committeeWomen"));
        assertContains(draft(admin, street), "村（社区）两委成员12名，其中女性4名，占33.3%（国家目标不低于30%）。");

        // the rules: a term once per unit, women no more than members, a stale version, only villages and communities
        String twice = streetAdmin.post(terms, term(YEAR - 1, 9, 3)).expect(400).body().path("fields").toString();
        assertTrue(twice.contains("\"field\":\"startYear\"") && twice.contains("该届两委已登记"), twice);
        String more = streetAdmin.post(terms, term(YEAR, 5, 6)).expect(400).body().path("fields").toString();
        assertTrue(more.contains("\"field\":\"women\"") && more.contains("女性成员人数不能多于两委成员人数"), more);
        String kind = streetAdmin.post("orgs/" + street + "/committee-terms", term(YEAR, 5, 2)).expect(400).body().path("fields").toString();
        assertTrue(kind.contains("只有村、社区填写两委成员"), kind);
        clerk.post(terms, term(YEAR, 5, 2)).expect(403);
        assertEquals("NOT_FOUND", stranger.post(terms, term(YEAR, 5, 2)).expect(404).code());
        stranger.get(terms).expect(404);
        Map<String, Object> change = term(YEAR - 1, 7, 4);
        change.put("version", 0);
        String path = "orgs/committee-terms/" + current.path("id").asLong();
        assertEquals(4, streetAdmin.put(path, change).expect(200).body().path("women").asInt());
        assertEquals("VERSION_CONFLICT", streetAdmin.put(path, change).expect(409).code());
        stranger.put(path, change).expect(404);
        assertEquals(5, number(table(admin, street, YEAR), "core.committeeWomen"));
    }

    @Test
    void aUnitWithoutTheTwoCommitteesEnteredHasNoSentenceOfThem() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("未填街道"), UNITS);
        admin.createUnit(street, "COMMUNITY", Api.unique("未填社区"), UNITS);
        String draft = draft(admin, street);
        assertFalse(draft.contains("两委成员"), draft);
        assertFalse(draft.contains("结对走访"), draft);
    }

    /** 基层组织新建: a grassroots organisation founded this year counts, one of earlier years does not. */
    @Test
    void grassrootsOrganisationsFoundedInTheYearAreCounted() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("新建组织街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("新建组织社区"), UNITS);
        admin.createUnit(street, "GRASSROOTS_ORG", Api.unique("楼宇妇联"), LocalDate.of(YEAR, 1, 5));
        admin.createUnit(community, "GRASSROOTS_ORG", Api.unique("巾帼志愿者协会"), LocalDate.of(YEAR, 1, 6));
        admin.createUnit(community, "GRASSROOTS_ORG", Api.unique("园区妇联"), LocalDate.of(YEAR - 2, 3, 1));
        assertEquals(2, number(table(admin, street, YEAR), "core.newOrganisations"));
        assertEquals(1, number(table(admin, street, YEAR - 2), "core.newOrganisations"));
        assertContains(draft(admin, street), "新建基层妇女组织2个。");
    }

    private static Map<String, Object> term(int startYear, int members, int women) {
        Map<String, Object> t = new HashMap<>();
        t.put("startYear", startYear);
        t.put("members", members);
        t.put("women", women);
        return t;
    }
}
