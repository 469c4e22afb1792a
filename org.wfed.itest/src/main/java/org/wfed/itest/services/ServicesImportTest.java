package org.wfed.itest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * The seeker and trainee list imports: a template to fill, a preview that writes nothing, and a commit that writes all
 * rows or, when one row is refused, none.
 */
class ServicesImportTest {
    private static Api admin;
    private static long community;

    @BeforeAll
    static void up() {
        Api.awaitUp("services");
        admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("导入街道"), LocalDate.of(2020, 1, 1));
        community = admin.createUnit(street, "COMMUNITY", Api.unique("导入社区"), LocalDate.of(2020, 1, 1));
    }

    private static Map<String, Object> file(String text) {
        return Map.of("unitId", community, "fileName", "名单.csv",
                "contentBase64", List.of(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static int seekers() {
        return admin.get("services/seekers?unitId=" + community + "&from=2025-01-01&to=2025-12-31").expect(200).body()
                .path("total").asInt();
    }

    @Test
    void aSeekerListIsPreviewedThenWrittenAllOrNothing() {
        assertTrue(admin.download("services/seekers/import/template.xlsx").expect(200).header("Content-Type").contains("spreadsheetml"));
        String header = "姓名,技能特长,求职意向,登记日期,登记失业,失业日期\n";
        String bad = header + "王秀英,家政,社区附近,2025-03-01,是,2024-12-01\n" + "李丽,收银,全职,2025-03-02,否,2024-11-01\n";
        JsonNode refused = admin.post("services/seekers/import/commit", file(bad)).expect(400).body();
        assertEquals("IMPORT_ROWS_INVALID", refused.path("code").asText(), refused.toString());
        assertTrue(refused.toString().contains("未登记失业的人员不填失业日期"), refused.toString());
        assertEquals(0, seekers(), "nothing written");

        String good = header + "王秀英,家政,社区附近,2025-03-01,是,2024-12-01\n" + "李丽,收银,全职,2025-03-02,否,\n"
                + "张敏,电商,,2025-04-10,是,\n";
        JsonNode preview = admin.post("services/seekers/import/preview", file(good)).expect(200).body();
        assertEquals(3, preview.path("created").asInt(), preview.toString());
        assertEquals(0, seekers(), "the preview writes nothing");
        admin.post("services/seekers/import/commit", file(good)).expect(200);
        assertEquals(3, seekers());
        JsonNode again = admin.post("services/seekers/import/commit", file(good)).expect(400).body();
        assertTrue(again.toString().contains("已登记求职"), again.toString());
        assertEquals(3, seekers(), "a list imported twice is refused");
        JsonNode v = ServicesFiguresTest.table(community, 2025);
        assertEquals(3, v.path("services.seekers").asInt());
        assertEquals(2, v.path("services.unemployed").asInt());
    }

    @Test
    void aTraineeListFillsACourse() {
        long course = admin.post("services/courses", Map.of("unitId", community, "name", "“金手指”手工编织培训", "kind", "HANDICRAFT",
                "startOn", "2025-05-01", "endOn", "2025-05-03")).expect(201).body().path("id").asLong();
        String header = "姓名,结业,取得证书,培训后就业\n";
        JsonNode refused = admin.post("services/courses/" + course + "/trainees/import/commit",
                file(header + "赵静,否,是,否\n钱芳,是,是,是\n")).expect(400).body();
        assertTrue(refused.toString().contains("未结业的学员不能取得证书"), refused.toString());
        assertEquals(0, admin.get("services/courses/" + course + "/trainees").expect(200).body().size());
        admin.post("services/courses/" + course + "/trainees/import/commit", file(header + "赵静,是,否,否\n钱芳,是,是,是\n孙霞,否,否,否\n"))
                .expect(200);
        JsonNode k = admin.get("services/courses/" + course).expect(200).body();
        assertEquals(3, k.path("trainees").asInt());
        assertEquals(2, k.path("completed").asInt());
        assertEquals(1, k.path("certified").asInt());
        assertEquals(1, k.path("employedAfter").asInt());
        Api outsider = admin.createUser(admin.createUnit(admin.unitId(), "STREET", Api.unique("外街道")), "STAFF");
        outsider.post("services/courses/" + course + "/trainees/import/preview", file(header + "周红梅,是,否,否\n")).expect(404);
    }
}
