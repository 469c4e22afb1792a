package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.itest.Api;

/** Restructuring keeps history: a past year rolls up over the tree as it stood then. */
class OrgTreeTest {
    private static Api admin;
    private static OrgService orgs;

    @BeforeAll
    static void up() {
        Api.awaitUp();
        admin = Api.admin();
        orgs = Api.service(OrgService.class);
    }

    private int version(long id) {
        return admin.get("orgs/" + id).expect(200).body().path("unit").path("version").asInt();
    }

    @Test
    void movedCommunityRollsUpUnderTheStreetOfEachPeriod() {
        long top = admin.unitId();
        long east = admin.createUnit(top, "STREET", Api.unique("东街道"));
        long west = admin.createUnit(top, "STREET", Api.unique("西街道"));
        long community = admin.createUnit(east, "COMMUNITY", Api.unique("迁移社区"));
        LocalDate today = LocalDate.now();
        LocalDate moveDay = today.plusDays(1);
        admin.post("orgs/" + community + "/move", Map.of("parentId", west, "effective", moveDay.toString(), "version", version(community)))
                .expect(200);
        Scope before = orgs.scope(top, new Period(today, today));
        Scope after = orgs.scope(top, new Period(moveDay, moveDay));
        assertEquals(east, before.childOf().get(community));
        assertEquals(west, after.childOf().get(community));
        assertEquals(2, admin.get("orgs/" + community + "/history").expect(200).body().size());
    }

    @Test
    void mergedUnitClosesAndItsChildrenMove() {
        long top = admin.unitId();
        long a = admin.createUnit(top, "STREET", Api.unique("并出街道"));
        long b = admin.createUnit(top, "STREET", Api.unique("并入街道"));
        long child = admin.createUnit(a, "COMMUNITY", Api.unique("随迁社区"));
        admin.post("orgs/" + a + "/merge", Map.of("intoId", b, "version", version(a))).expect(200);
        assertEquals("MERGED", admin.get("orgs/" + a).expect(200).body().path("unit").path("status").asText());
        assertEquals(b, admin.get("orgs/" + child).expect(200).body().path("unit").path("parentId").asLong());
        assertEquals("UNIT_CLOSED", admin.post("orgs", Map.of("parentId", a, "kind", "COMMUNITY", "name", "x")).expect(409).code());
    }

    @Test
    void splitCreatesPartsUnderTheSameParent() {
        long top = admin.unitId();
        long street = admin.createUnit(top, "STREET", Api.unique("拆分街道"));
        long c = admin.createUnit(street, "COMMUNITY", Api.unique("拆分社区"));
        var parts = admin.post("orgs/" + c + "/split", Map.of("parts", java.util.List.of(Map.of("name", "一社区"), Map.of("name", "二社区")),
                "version", version(c))).expect(200).body();
        assertEquals(2, parts.size());
        assertEquals(street, parts.get(0).path("parentId").asLong());
        assertEquals("SPLIT", admin.get("orgs/" + c).expect(200).body().path("unit").path("status").asText());
    }

    @Test
    void aCommunityCannotHoldAStreetAndAreaCodesAreChecked() {
        long top = admin.unitId();
        long street = admin.createUnit(top, "STREET", Api.unique("规则街道"));
        long c = admin.createUnit(street, "COMMUNITY", Api.unique("规则社区"));
        assertEquals("KIND_NOT_ALLOWED", admin.post("orgs", Map.of("parentId", c, "kind", "STREET", "name", "x")).expect(400).code());
        assertEquals("INVALID_AREA_CODE", admin.post("orgs", Map.of("parentId", street, "kind", "COMMUNITY", "name", "x",
                "areaCode", "12345")).expect(400).code());
        admin.post("orgs", Map.of("parentId", street, "kind", "COMMUNITY", "name", Api.unique("有代码社区"), "areaCode", "420102001001"))
                .expect(201);
    }

    @Test
    void stationsAndTeamsBelongToTheirUnit() {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("阵地街道"));
        admin.post("orgs/" + street + "/stations", Map.of("kind", "WOMEN_HOME", "name", "妇女之家", "sixHave", 6)).expect(201);
        admin.post("orgs/" + street + "/teams", Map.of("name", "巾帼志愿服务队", "members", 20)).expect(201);
        var detail = admin.get("orgs/" + street).expect(200).body();
        assertEquals("WOMEN_HOME", detail.path("stations").get(0).path("kind").asText());
        assertTrue(detail.path("teams").get(0).path("members").asInt() == 20);
    }
}
