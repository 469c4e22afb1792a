package org.wfed.itest.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.IdNumber;
import org.wfed.itest.Api;

/**
 * 候选人名单导入: candidates of a position from a pasted block (header first) through core's import path. Every row
 * passes the single nomination's 资格审查; one refused row (a man) refuses the list, then the corrected list
 * nominates everyone at once, each nomination audited.
 */
class CandidateImportTest {
    private static final Random RANDOM = new Random();
    private static final LocalDate DAY = LocalDate.now();

    @BeforeAll
    static void up() {
        Api.awaitUp("elections");
    }

    @Test
    void aPastedListNominatesEveryoneOrNobody() {
        Api admin = Api.admin();
        long street = Fixture.unit(admin, Fixture.rootUnit(), "STREET", Fixture.unique("名单街道"));
        long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("名单社区"));
        Api clerk = Fixture.staff(admin, community);
        String tag = Fixture.unique("");
        String[] first = {id(1980, 2), "甲" + tag};
        String[] second = {id(1986, 4), "乙" + tag};
        String[] man = {id(1975, 3), "丙" + tag};
        for (String[] p : List.of(first, second, man)) {
            admin.post("people", Map.of("unitId", community, "name", p[1], "idNumber", p[0])).expect(201);
        }
        Map<String, Object> open = new HashMap<>();
        open.put("unitId", community);
        open.put("title", "名单导入换届");
        open.put("electionDate", DAY.toString());
        open.put("positions", List.of(Map.of("kind", "EXECUTIVE", "seats", 2, "competitive", false)));
        JsonNode d = clerk.post("elections", open).expect(201).body();
        long id = d.path("election").path("id").asLong();
        long exec = ElectionFlowTest.positionId(d, "EXECUTIVE");
        clerk.post("elections/" + id + "/steps", ElectionFlowTest.step("REQUEST_APPROVED")).expect(200);

        String header = "姓名\t身份证号\t界别\t两委成员\n";
        String withMan = header + first[1] + "\t" + first[0] + "\t网格员\t是\n" + man[1] + "\t" + man[0] + "\t教师\t否\n";
        JsonNode refused = clerk.post("elections/" + id + "/candidates/import/commit", request(exec, withMan)).expect(400).body();
        assertEquals("IMPORT_ROWS_INVALID", refused.path("code").asText());
        assertTrue(refused.toString().contains("不是女性"), refused.toString());
        assertEquals(0, candidates(clerk, id).size(), "nothing nominated");

        String list = header + first[1] + "\t" + first[0] + "\t网格员\t是\n" + second[1] + "\t" + second[0] + "\t教师\t否\n";
        JsonNode preview = clerk.post("elections/" + id + "/candidates/import/preview", request(exec, list)).expect(200).body();
        assertEquals(2, preview.path("created").asInt(), preview.toString());
        assertEquals(0, candidates(clerk, id).size(), "the preview nominates nobody");
        clerk.post("elections/" + id + "/candidates/import/commit", request(exec, list)).expect(200);
        List<JsonNode> listed = candidates(clerk, id);
        assertEquals(2, listed.size());
        JsonNode gridWorker = listed.stream().filter(c -> c.path("name").asText().equals(first[1])).findFirst().orElseThrow();
        assertEquals("网格员", gridWorker.path("sector").asText());
        assertTrue(gridWorker.path("inTwoCommittees").asBoolean());
        JsonNode audit = admin.get("audit?action=elections.candidate.add&size=100").expect(200).body().path("items");
        long logged = 0;
        for (JsonNode e : audit) {
            logged += e.path("recordId").asText().equals(String.valueOf(id)) ? 1 : 0;
        }
        assertEquals(2, logged, "each nomination audited");

        // nothing has been voted on: the 公告 is refused, never printed with 应到0人，实到0人
        assertEquals("NOTICE_BEFORE_COUNT", clerk.get("elections/" + id + "/notice").expect(409).code());
    }

    private static List<JsonNode> candidates(Api who, long id) {
        List<JsonNode> out = new java.util.ArrayList<>();
        who.get("elections/" + id).expect(200).body().path("positions").get(0).path("candidates").forEach(out::add);
        return out;
    }

    private static Map<String, Object> request(long positionId, String text) {
        return Map.of("positionId", positionId, "fileName", "粘贴的名单.csv",
                "contentBase64", List.of(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** A valid ID number; {@code parity} even for a woman, odd for a man. */
    private static String id(int year, int parity) {
        LocalDate birth = LocalDate.of(year, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        return IdNumber.compose("4401" + String.format("%02d", RANDOM.nextInt(100)), birth, RANDOM.nextInt(400) * 2 + parity % 2).value();
    }
}
