package org.wfed.itest.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Seed replay (issue 14), rights work: a clerk enters through the REST API the cases behind S8 L142 (区婚调委共接待离婚纠纷
 * 案件256起，成功调解和好87对，和平离婚149对…申请人身保护令7份), L58 (共受理各类婚姻家庭纠纷12起，接待来访当事人30余人), the
 * legal services of L84 (为居民提供法律服务230余人次，解决法律疑难问题19件), the 12338 calls of L82 and the 三色家庭 files
 * of L14, each in a fresh street with last year's records that must not count; then the indicator table and the
 * drafted summary state each figure, and nothing that was not done.
 */
class SeedRightsReplayTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear();
    private static final LocalDate UNITS = LocalDate.of(YEAR - 2, 1, 1);

    @BeforeAll
    static void up() {
        Api.awaitUp("rights", "reporting");
    }

    /** A day of this year up to today, spread by {@code i}. */
    private static LocalDate day(int i) {
        return LocalDate.of(YEAR, 1, 1).plusDays(i % TODAY.getDayOfYear());
    }

    private static long intake(Api clerk, long unit, LocalDate day, String kind, int visitors) {
        return clerk.post("rights/cases", Map.of("unitId", unit, "intakeOn", day.toString(), "source", "VISIT", "kind", kind,
                "handler", "婚调委", "visitors", visitors, "parties", List.of(Map.of("role", "APPLICANT", "name", "当事人"))))
                .expect(201).body().path("id").asLong();
    }

    private static void close(Api clerk, long id, String outcome, LocalDate day) {
        int version = clerk.get("rights/cases/" + id).expect(200).body().path("version").asInt();
        clerk.post("rights/cases/" + id + "/close", Map.of("outcome", outcome, "closedOn", day.toString(), "version", version))
                .expect(200);
    }

    /** S8 L142: 256 divorce disputes, 87 couples reconciled, 149 divorced peacefully, 7 protection orders applied for. */
    @Test
    void s8MarriageMediationCommittee() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S8区"), UNITS);
        Api clerk = admin.createUser(street, "UNIT_ADMIN");
        for (int i = 0; i < 256; i++) {
            LocalDate day = day(i);
            long id = intake(clerk, street, day, "MARITAL_DISPUTE", 1);
            if (i < 87) {
                close(clerk, id, "RECONCILED", day);
            } else if (i < 236) {
                close(clerk, id, "DIVORCED", day);
            }
            if (i >= 240 && i < 247) {
                clerk.post("rights/orders", Map.of("caseId", id, "kind", "PROTECTION_ORDER", "appliedOn", day.toString()))
                        .expect(201);
            }
        }
        // last year's case and its order are not this year's work
        long old = intake(clerk, street, LocalDate.of(YEAR - 1, 6, 1), "MARITAL_DISPUTE", 1);
        close(clerk, old, "RECONCILED", LocalDate.of(YEAR - 1, 6, 2));

        JsonNode total = SeedOrganisationReplayTest.table(admin, street, YEAR);
        assertEquals(256, number(total, "rights.cases"));
        assertEquals(256, number(total, "rights.cases[MARITAL_DISPUTE]"));
        assertEquals(87, number(total, "rights.reconciled"));
        assertEquals(149, number(total, "rights.divorcedPeacefully"));
        assertEquals(236, number(total, "rights.mediated"));
        assertEquals(7, number(total, "rights.protectionOrdersApplied"));
        assertEquals(0, number(total, "rights.protectionOrdersGranted"));
        String draft = draft(admin, street);
        assertContains(draft, "全年共受理妇女儿童维权个案256起，其中婚姻家庭纠纷256起");
        assertContains(draft, "化解婚姻家庭矛盾纠纷236起，其中成功调解和好87对，和平离婚149对。");
        assertContains(draft, "协助申请人身保护令7份");
        assertFalse(draft.contains("转介有关部门处理") || draft.contains("法院签发") || draft.contains("告诫书"),
                "nothing that was not done: " + draft);
        assertEquals(1, number(SeedOrganisationReplayTest.table(admin, street, YEAR - 1), "rights.reconciled"));
    }

    /** S? L58: 共受理各类婚姻家庭纠纷12起，接待来访当事人30余人 (12 disputes over three communities, 30 visitors). */
    @Test
    void disputesAndVisitorsOverCommunities() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("L58街道"), UNITS);
        Api streetClerk = admin.createUser(street, "UNIT_ADMIN");
        for (int k = 0; k < 3; k++) {
            long community = admin.createUnit(street, "COMMUNITY", Api.unique("L58社区"), UNITS);
            Api clerk = admin.createUser(community, "STAFF");
            for (int i = 0; i < 4; i++) {
                intake(clerk, community, day(k * 4 + i), "MARITAL_DISPUTE", k * 4 + i < 6 ? 3 : 2);
            }
        }
        JsonNode total = SeedOrganisationReplayTest.table(admin, street, YEAR);
        assertEquals(12, number(total, "rights.cases"));
        assertEquals(30, number(total, "rights.visitors"));
        String draft = draft(admin, street);
        assertContains(draft, "全年共受理妇女儿童维权个案12起，其中婚姻家庭纠纷12起；接待来访当事人30人次。");
        assertFalse(draft.contains("调解和好"), draft);
        assertEquals(12, streetClerk.get("rights/cases?unitId=" + street).expect(200).body().path("total").asInt());
    }

    /** L84: 法律服务230余人次，解决法律疑难问题19件; L82: 12338热线; L14: 三色家庭的档案. */
    @Test
    void legalServicesHotlineAndFamiliesOnFile() {
        Api admin = Api.admin();
        Community l84 = community(admin, "L84", "STAFF");
        long street = l84.street();
        long community = l84.id();
        Api clerk = l84.clerk();
        for (int m = 0; m < 10; m++) {
            clerk.post("rights/consultations", Map.of("unitId", community, "heldOn", day(m * 30).toString(), "channel", "LEGAL_SERVICE",
                    "topic", "LEGAL_CONSULTATION", "contacts", 23, "solved", m < 9 ? 2 : 1)).expect(201);
        }
        clerk.post("rights/consultations", Map.of("unitId", community, "heldOn", day(5).toString(), "channel", "HOTLINE",
                "topic", "DOMESTIC_VIOLENCE", "contacts", 14)).expect(201);
        for (String colour : new String[] {"RED", "YELLOW", "YELLOW", "GREEN", "GREEN", "GREEN"}) {
            JsonNode f = clerk.post("rights/families", Map.of("unitId", community, "household", "某某户", "colour", colour,
                    "reason", "排查建档", "responsible", "网格员", "openedOn", day(3).toString())).expect(201).body();
            clerk.post("rights/families/" + f.path("id").asLong() + "/visits", Map.of("visitedOn", day(10).toString(),
                    "visitor", "网格员")).expect(200);
        }
        JsonNode total = SeedOrganisationReplayTest.table(admin, street, YEAR);
        assertEquals(244, number(total, "rights.consultations"));
        assertEquals(230, number(total, "rights.consultations[LEGAL_SERVICE]"));
        assertEquals(19, number(total, "rights.problemsSolved"));
        assertEquals(14, number(total, "rights.hotlineCalls"));
        assertEquals(6, number(total, "rights.familiesOnFile"));
        assertEquals(3, number(total, "rights.familiesOnFile[GREEN]"));
        assertEquals(0, number(total, "rights.familiesOnFile[RED]"), "below district level one red household is not shown");
        assertEquals(6, number(total, "rights.familyVisits"));
        String draft = draft(admin, street);
        assertContains(draft, "12338妇女维权热线接听来电14个");
        assertContains(draft, "为群众提供法律咨询服务244人次，解决法律疑难问题19件");
        assertContains(draft, "建立“三色家庭”档案6户，其中绿色3户；开展入户走访6次。");
        assertFalse(draft.contains("红色"), draft);
        assertFalse(draft.contains("受理妇女儿童维权个案"), draft);
        // the file of last year stands at the end of last year with the colour it had then
        assertEquals(0, number(SeedOrganisationReplayTest.table(admin, street, YEAR - 1), "rights.familiesOnFile"));
    }

    /** S10 L185: 化解婚姻家庭矛盾纠纷共计16起; S11 L215: 解答群众法律政策咨询200余人次，解决各类日常性矛盾纠纷20余起. */
    @Test
    void s10AndS11DisputesSettledAndConsultations() {
        Api admin = Api.admin();
        Community s10 = community(admin, "S10", "UNIT_ADMIN");
        for (int i = 0; i < 16; i++) {
            close(s10.clerk(), intake(s10.clerk(), s10.id(), day(i), "MARITAL_DISPUTE", 2), i < 10 ? "RECONCILED" : "DIVORCED", day(i));
        }
        // a dispute still open is not settled
        intake(s10.clerk(), s10.id(), day(20), "MARITAL_DISPUTE", 1);
        assertEquals(16, number(SeedOrganisationReplayTest.table(admin, s10.street(), YEAR), "rights.mediated"));
        assertContains(draft(admin, s10.street()), "化解婚姻家庭矛盾纠纷16起");

        Community s11 = community(admin, "S11", "UNIT_ADMIN");
        for (int m = 0; m < 10; m++) {
            s11.clerk().post("rights/consultations", Map.of("unitId", s11.id(), "heldOn", day(m * 20).toString(),
                    "channel", "LEGAL_SERVICE", "topic", "LEGAL_CONSULTATION", "contacts", 20)).expect(201);
        }
        for (int i = 0; i < 20; i++) {
            close(s11.clerk(), intake(s11.clerk(), s11.id(), day(i), "MARITAL_DISPUTE", 1), "RECONCILED", day(i));
        }
        JsonNode t11 = SeedOrganisationReplayTest.table(admin, s11.street(), YEAR);
        assertEquals(200, number(t11, "rights.consultations"));
        assertEquals(20, number(t11, "rights.mediated"));
        String draft = draft(admin, s11.street());
        assertContains(draft, "为群众提供法律咨询服务200人次");
        assertContains(draft, "化解婚姻家庭矛盾纠纷20起");
    }

    /** A fresh street under the top unit with one community and a clerk of the given role there. */
    private record Community(long street, long id, Api clerk) {
    }

    private static Community community(Api admin, String name, String role) {
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique(name + "街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique(name + "社区"), UNITS);
        return new Community(street, community, admin.createUser(community, role));
    }

    private static long number(JsonNode values, String key) {
        return SeedOrganisationReplayTest.number(values, key);
    }

    private static String draft(Api admin, long unit) {
        JsonNode s = admin.post("reporting/summaries", Map.of("unitId", unit, "year", YEAR)).expect(201).body();
        StringBuilder text = new StringBuilder();
        s.path("sections").forEach(sec -> sec.path("paragraphs").forEach(p -> text.append(p.path("text").asText()).append('\n')));
        return text.toString();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "expected «" + expected + "» in:\n" + text);
    }
}
