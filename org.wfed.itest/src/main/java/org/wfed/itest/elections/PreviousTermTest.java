package org.wfed.itest.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.itest.Api;

/**
 * The previous term entered once per unit (上届班子构成): a clerk enters it and corrects it with the version she
 * read, a second clerk's stale save is refused (409) and changes nothing, impossible figures are refused field by
 * field in Chinese, another unit's entry is invisible, every save is audited, and an election's statistics take the
 * entered term as "before" when core holds no leadership history of the unit.
 */
class PreviousTermTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections");
    }

    private static Map<String, Object> group(String position, Integer members, Object averageAge, Integer college, Integer under35) {
        Map<String, Object> g = new HashMap<>();
        g.put("position", position);
        g.put("members", members);
        g.put("averageAge", averageAge);
        g.put("college", college);
        g.put("under35", under35);
        return g;
    }

    @Test
    void enteredOnceCorrectedWithItsVersionAndAudited() {
        Api admin = Api.admin();
        long street = Fixture.unit(admin, Fixture.rootUnit(), "STREET", Fixture.unique("上届街道"));
        long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("上届社区"));
        long other = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("他社区"));
        Api clerk = Fixture.staff(admin, community);
        Api colleague = Fixture.staff(admin, community);
        Api otherClerk = Fixture.staff(admin, other);

        JsonNode none = clerk.get("elections/previous-terms/" + community).expect(200).body();
        assertEquals(0, none.path("version").asInt());
        assertEquals(0, none.path("groups").size());
        assertFalse(none.path("history").asBoolean());

        JsonNode saved = clerk.put("elections/previous-terms/" + community, Map.of("version", 0, "groups", List.of(
                group("EXECUTIVE", 7, null, 2, null), group("CHAIR", 1, "51", 0, 0)))).expect(200).body();
        assertEquals(1, saved.path("version").asInt());
        assertEquals(2, saved.path("groups").size());
        assertEquals(51.0, saved.path("groups").findValues("averageAge").stream().filter(n -> !n.isNull()).findFirst().orElseThrow().asDouble());

        // a colleague who read version 0 cannot overwrite it; nothing changes
        Api.Reply stale = colleague.put("elections/previous-terms/" + community, Map.of("version", 0, "groups", List.of(
                group("CHAIR", 1, "60", 1, 0)))).expect(409);
        assertEquals("VERSION_CONFLICT", stale.code());
        assertEquals(2, clerk.get("elections/previous-terms/" + community).expect(200).body().path("groups").size());

        // impossible figures: each on its field, in Chinese
        Api.Reply bad = clerk.put("elections/previous-terms/" + community, Map.of("version", 1, "groups", List.of(
                group("CHAIR", 2, "150", 3, null), group("CHAIR", 1, null, null, null), group("DELEGATE", 5, null, null, null),
                group("EXECUTIVE", 1, null, null, 4)))).expect(400);
        Map<String, String> fields = new HashMap<>();
        bad.body().path("fields").forEach(f -> fields.put(f.path("field").asText(), f.path("message").asText()));
        assertEquals("主席平均年龄须在18至100岁之间，最多一位小数", fields.get("groups[0].averageAge"), fields.toString());
        assertEquals("主席大专及以上学历人数须为0至2的整数", fields.get("groups[0].college"), fields.toString());
        assertEquals("主席填写了两次，每个职务只填一行", fields.get("groups[1].position"), fields.toString());
        assertTrue(fields.get("groups[2].position").contains("请选择职务"), fields.toString());
        assertEquals("执委35岁以下人数须为0至1的整数", fields.get("groups[3].under35"), fields.toString());
        assertTrue(fields.get("groups[0].members").contains("不能多于执委人数"), fields.toString());

        // corrected with the version read
        assertEquals(2, clerk.put("elections/previous-terms/" + community, Map.of("version", 1, "groups", List.of(
                group("CHAIR", 1, "52.5", 1, 0)))).expect(200).body().path("version").asInt());

        // another unit's clerk sees and changes nothing of it
        otherClerk.get("elections/previous-terms/" + community).expect(404);
        otherClerk.put("elections/previous-terms/" + community, Map.of("version", 2, "groups", List.of())).expect(404);

        long audited = Fixture.service(Database.class).read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_audit WHERE"
                + " action = 'elections.previousTerm.save' AND record_type = 'unit' AND record_id = ? AND outcome = 'SUCCEEDED'",
                String.valueOf(community)));
        assertEquals(2, audited);
    }

    @Test
    void anElectionsStatisticsTakeTheEnteredTermAsBefore() {
        Api admin = Api.admin();
        long street = Fixture.unit(admin, Fixture.rootUnit(), "STREET", Fixture.unique("对比街道"));
        long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("对比社区"));
        Api clerk = Fixture.staff(admin, community);
        clerk.put("elections/previous-terms/" + community, Map.of("version", 0, "groups", List.of(
                group("EXECUTIVE", 9, "47.5", 3, 1), group("CHAIR", 1, "51", 0, 0)))).expect(200);
        long id = clerk.post("elections", ElectionAccessTest.open(community)).expect(201).body().path("election").path("id").asLong();
        JsonNode before = clerk.get("elections/" + id + "/stats").expect(200).body().path("before");
        JsonNode chair = null;
        JsonNode all = null;
        for (JsonNode g : before) {
            chair = g.path("group").asText().equals("CHAIR") ? g : chair;
            all = g.path("group").asText().equals("EXECUTIVE") ? g : all;
        }
        assertEquals(51.0, chair.path("averageAge").asDouble(), before.toString());
        assertEquals(9, all.path("count").asInt(), before.toString());
        assertEquals(3, all.path("college").asInt(), before.toString());
    }
}
