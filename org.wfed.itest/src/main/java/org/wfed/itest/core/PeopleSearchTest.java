package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.core.IdNumber;
import org.wfed.itest.Api;

/**
 * The people list's search box: a part of a name anywhere in it, the start of its 拼音 or initials ({@code zhangl},
 * {@code zl} for 张丽), the last 4 digits of a phone, or a whole ID number (18 characters, or the legacy 15-digit form
 * of the same person), in a community, a street and the whole tree; never outside the caller's subtree. Part of an
 * ID number (its last 4–6 or first digits) only for callers who may reveal ID numbers, because it tells who has the
 * digits the list masks; the results stay masked for everyone.
 */
class PeopleSearchTest {
    private static Api admin;
    private static long street;
    private static long communityA;
    private static String surname;
    private static String numberInA;
    private static String numberInB;
    private static long pinyinStreet;
    private static long pinyinCommunity;
    private static long otherPinyinCommunity;
    private static String zhangLiNumber;

    @BeforeAll
    static void setUp() {
        Api.awaitUp();
        admin = Api.admin();
        street = admin.createUnit(admin.unitId(), "STREET", Api.unique("搜索街道"));
        communityA = admin.createUnit(street, "COMMUNITY", Api.unique("搜索甲社区"));
        long communityB = admin.createUnit(street, "COMMUNITY", Api.unique("搜索乙社区"));
        surname = Api.unique("搜");
        long seq = System.nanoTime() % 500 * 2;
        // 15-digit legacy numbers are of people born in the 1900s: the 18-digit form inserts "19"
        numberInA = IdNumber.compose("110105", LocalDate.of(1968, 4, 9), (int) seq).value();
        numberInB = IdNumber.compose("110105", LocalDate.of(1971, 6, 2), (int) seq).value();
        register(communityA, surname + "甲一", numberInA);
        register(communityA, surname + "甲二", null);
        register(communityB, surname + "乙一", numberInB);

        pinyinStreet = admin.createUnit(admin.unitId(), "STREET", Api.unique("拼音街道"));
        pinyinCommunity = admin.createUnit(pinyinStreet, "COMMUNITY", Api.unique("拼音甲社区"));
        otherPinyinCommunity = admin.createUnit(pinyinStreet, "COMMUNITY", Api.unique("拼音乙社区"));
        zhangLiNumber = IdNumber.compose("110105", LocalDate.of(1979, 3, 15), (int) (seq + 2) % 1000).value();
        register(pinyinCommunity, "张丽", zhangLiNumber, "13912343456");
        register(pinyinCommunity, "张立新", null, "13800001111");
        register(pinyinCommunity, "王秀英", null, "13700002222");
        register(pinyinCommunity, "曾丽", null, null);
        register(pinyinCommunity, "吕敏", null, null);
        register(otherPinyinCommunity, "张丽", null, "13600003456");
    }

    private static void register(long unit, String name, String number) {
        register(unit, name, number, null);
    }

    private static void register(long unit, String name, String number, String phone) {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("unitId", unit, "name", name, "sex", "F", "birthDate",
                number == null ? "1980-01-01" : number.substring(6, 10) + "-" + number.substring(10, 12) + "-" + number.substring(12, 14)));
        if (number != null) {
            p.put("idNumber", number);
        }
        if (phone != null) {
            p.put("phone", phone);
        }
        admin.post("people", p).expect(201);
    }

    private static JsonNode items(Api who, Long unit, String q) {
        String path = "people?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (unit == null ? "" : "&unitId=" + unit);
        return who.get(path).expect(200).body().path("items");
    }

    private static List<String> names(Api who, Long unit, String q) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : items(who, unit, q)) {
            out.add(p.path("name").asText());
        }
        return out;
    }

    @Test
    void aPartOfANameFindsPeopleInACommunityAStreetAndTheWholeTree() {
        assertEquals(List.of(surname + "甲一", surname + "甲二"), names(admin, communityA, surname));
        assertEquals(List.of(surname + "甲一", surname + "甲二", surname + "乙一"), names(admin, street, surname));
        assertEquals(List.of(surname + "甲一", surname + "甲二", surname + "乙一"), names(admin, null, surname));
        assertEquals(List.of(surname + "乙一"), names(admin, street, surname + "乙"));
        assertEquals(List.of(surname + "甲一"), names(admin, street, "甲一"), "the end of a name");
        assertEquals(List.of(surname + "甲一", surname + "甲二"), names(admin, street, surname.substring(1) + "甲"), "its middle");
        assertEquals(List.of(), names(admin, street, "%"), "a wildcard is a character, not everything");
    }

    @Test
    void partOfAnIdNumberFindsItsPersonForWhoMayRevealAndIsAudited() {
        assertEquals(List.of(surname + "甲一"), names(admin, street, numberInA.substring(12)), "the last 6");
        assertEquals(List.of(surname + "甲一"), names(admin, street, numberInA.substring(0, 10)), "a prefix");
        JsonNode audit = admin.get("audit?action=people.search.partialId&size=50").expect(200).body().path("items");
        boolean logged = false;
        for (JsonNode e : audit) {
            logged |= e.path("detail").asText().contains(numberInA.substring(12));
        }
        org.junit.jupiter.api.Assertions.assertTrue(logged, "the partial search is in the audit log: " + audit);
    }

    @Test
    void theStartOfThePinyinOrOfItsInitialsFindsAName() {
        assertEquals(List.of("张丽", "张立新"), names(admin, pinyinCommunity, "zhangl"), "the start of the full 拼音");
        assertEquals(List.of("张丽", "张立新"), names(admin, pinyinCommunity, "zhangli"), "zhanglixin starts so too");
        assertEquals(List.of("张立新"), names(admin, pinyinCommunity, "zhanglix"));
        assertEquals(List.of("张丽", "张立新", "曾丽"), names(admin, pinyinCommunity, "zl"), "initials, 曾 read zeng too");
        assertEquals(List.of("张丽", "张立新", "曾丽"), names(admin, pinyinCommunity, "ZL"), "in capitals");
        assertEquals(List.of("张立新"), names(admin, pinyinCommunity, "zlx"));
        assertEquals(List.of("王秀英"), names(admin, pinyinCommunity, "wxy"));
        assertEquals(List.of("王秀英"), names(admin, pinyinCommunity, "wang xiu"), "spaces between syllables");
        assertEquals(List.of("曾丽"), names(admin, pinyinCommunity, "zengli"), "a surname's reading of a 多音字");
        assertEquals(List.of("吕敏"), names(admin, pinyinCommunity, "lvm"), "ü typed as v");
        assertEquals(List.of(), names(admin, pinyinCommunity, "li"), "a key's start, not its middle");
        assertEquals(List.of("张丽", "张立新", "张丽"), names(admin, pinyinStreet, "zhangli"), "a street's communities");
        assertEquals(List.of("张丽", "张丽"), names(admin, pinyinStreet, "张丽"), "the characters as before");
    }

    @Test
    void aClerkFindsByPinyinAndPhoneTailOnlyInHerCommunityAndSeesThemMasked() {
        Api clerk = admin.createUser(pinyinCommunity, "STAFF");
        assertEquals(List.of("张丽", "张立新", "曾丽"), names(clerk, null, "zl"));
        JsonNode found = items(clerk, null, "3456");
        assertEquals(1, found.size(), found.toString());
        assertEquals("张丽", found.get(0).path("name").asText());
        assertEquals("139****3456", found.get(0).path("phone").asText());
        assertEquals(zhangLiNumber.substring(0, 6) + "************", found.get(0).path("idNumber").asText());
        assertEquals(List.of("张丽", "张丽"), names(admin, pinyinStreet, "3456"), "a phone's last 4 digits in a street");
        assertEquals(List.of(), names(clerk, null, "2345"), "a phone's last digits, not its middle");
    }

    @Test
    void whoMayRevealFindsByAnIdNumbersTailOrAPhonesAndTheListStaysMasked() {
        JsonNode found = items(admin, pinyinCommunity, zhangLiNumber.substring(12));
        assertEquals(1, found.size(), found.toString());
        assertEquals("张丽", found.get(0).path("name").asText());
        assertEquals(zhangLiNumber.substring(0, 6) + "************", found.get(0).path("idNumber").asText());
        assertEquals("139****3456", found.get(0).path("phone").asText());
        assertEquals(List.of("张立新"), names(admin, pinyinCommunity, "001111"), "more of a phone's digits");
    }

    /** People registered before V16 have no keys until the backfill at start gives them theirs. */
    @Test
    void peopleWithoutKeysAreFoundByPinyinOnceTheBackfillRan() throws Exception {
        long community = admin.createUnit(pinyinStreet, "COMMUNITY", Api.unique("拼音丙社区"));
        long id = admin.post("people", Map.of("unitId", community, "name", "赵敏", "sex", "F", "birthDate", "1985-02-03"))
                .expect(201).body().path("id").asLong();
        org.wfed.core.Database db = Api.service(org.wfed.core.Database.class);
        db.write(c -> org.wfed.core.Jdbc.update(c, "UPDATE core_person SET name_pinyin = NULL WHERE id = ?", id));
        assertEquals(List.of(), names(admin, community, "zhaom"), "a row as V16 found it");
        assertEquals(List.of("赵敏"), names(admin, community, "赵敏"), "found by name meanwhile");

        org.osgi.service.component.runtime.ServiceComponentRuntime scr = Api.service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        org.osgi.framework.Bundle core = java.util.Arrays.stream(org.osgi.framework.FrameworkUtil.getBundle(PeopleSearchTest.class)
                .getBundleContext().getBundles()).filter(b -> b.getSymbolicName().equals("org.wfed.core")).findFirst().orElseThrow();
        var backfill = scr.getComponentDescriptionDTO(core, "org.wfed.core.internal.people.NameKeyBackfill");
        scr.disableComponent(backfill).getValue();
        scr.enableComponent(backfill).getValue();
        List<String> found = List.of();
        for (int i = 0; i < 100 && found.isEmpty(); i++) {
            Thread.sleep(100);
            found = names(admin, community, "zhaom");
        }
        assertEquals(List.of("赵敏"), found, "filled in the background after start");
        assertEquals(List.of("赵敏"), names(admin, community, "zm"));
    }

    @Test
    void aClerkWithoutTheRevealPermissionMaySearchOnlyByTheWholeNumber() {
        Api clerk = admin.createUser(communityA, "STAFF");
        JsonNode refused = clerk.get("people?q=" + numberInA.substring(12)).expect(403).body();
        org.junit.jupiter.api.Assertions.assertTrue(refused.path("message").asText().contains("完整的证件号"), refused.toString());
        assertEquals(List.of(surname + "甲一"), names(clerk, null, numberInA));
    }

    @Test
    void aWholeIdNumberFindsItsPersonAlsoInTheLegacyFormAndLowerCase() {
        assertEquals(List.of(surname + "甲一"), names(admin, null, numberInA));
        assertEquals(List.of(surname + "甲一"), names(admin, street, numberInA.toLowerCase()));
        String legacy = numberInA.substring(0, 6) + numberInA.substring(8, 17);
        assertEquals(List.of(surname + "甲一"), names(admin, communityA, legacy));
        assertEquals(List.of(), names(admin, communityA, numberInB));
    }

    @Test
    void aClerkFindsNobodyOutsideHerCommunity() {
        Api clerk = admin.createUser(communityA, "STAFF");
        assertEquals(List.of(surname + "甲一", surname + "甲二"), names(clerk, null, surname));
        assertEquals(List.of(), names(clerk, null, numberInB));
    }
}
