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
 * The people list's search box: a part of a name anywhere in it, or a whole ID number (18 characters, or the
 * legacy 15-digit form of the same person), in a community, a street and the whole tree; never outside the
 * caller's subtree. Part of an ID number (its last 4–6 or first digits) only for callers who may reveal ID
 * numbers, because it tells who has the digits the list masks.
 */
class PeopleSearchTest {
    private static Api admin;
    private static long street;
    private static long communityA;
    private static String surname;
    private static String numberInA;
    private static String numberInB;

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
    }

    private static void register(long unit, String name, String number) {
        Map<String, Object> p = new java.util.HashMap<>(Map.of("unitId", unit, "name", name, "sex", "F", "birthDate",
                number == null ? "1980-01-01" : number.substring(6, 10) + "-" + number.substring(10, 12) + "-" + number.substring(12, 14)));
        if (number != null) {
            p.put("idNumber", number);
        }
        admin.post("people", p).expect(201);
    }

    private static List<String> names(Api who, Long unit, String q) {
        String path = "people?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (unit == null ? "" : "&unitId=" + unit);
        List<String> out = new ArrayList<>();
        for (JsonNode p : who.get(path).expect(200).body().path("items")) {
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
    void aClerkWithoutTheRevealPermissionMaySearchOnlyByTheWholeNumber() {
        Api clerk = admin.createUser(communityA, "STAFF");
        JsonNode refused = clerk.get("people?q=" + numberInA.substring(14)).expect(403).body();
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
