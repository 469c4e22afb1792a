package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Role;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.itest.Api;

/**
 * The module's demo data, loaded into a district of this test's own: a finished street contest of 84 clean
 * families (one named by the district and the city), a contest on notice whose open objection blocks finalising,
 * and a year and more of activities.
 */
class DemoDataTest {
    private static Api admin;
    private static long district;
    private static long street;

    @BeforeAll
    static void load() throws Exception {
        Api.awaitUp("activities");
        admin = Api.admin();
        district = ContestSteps.unit(admin, admin.unitId(), "STREET", Api.unique("演示上级"));
        street = ContestSteps.unit(admin, district, "COMMUNITY", Api.unique("演示街道"));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(ContestSteps.person(admin, street, "演示居民" + i));
        }
        JsonNode me = admin.get("auth/me").expect(200).body();
        Caller caller = new Caller(me.path("userId").asLong(), "admin", "系统管理员", admin.unitId(),
                "/" + admin.unitId() + "/", Set.of(Role.SYSTEM_ADMIN), Set.of("core.people.write"));
        DemoDistrict demo = new DemoDistrict(district, List.of(street), Map.of(street, List.of(street)), Map.of(street, people));
        BundleContext ctx = FrameworkUtil.getBundle(DemoDataTest.class).getBundleContext();
        DemoDataProvider provider = ctx.getServiceReferences(DemoDataProvider.class, null).stream().map(ctx::getService)
                .filter(p -> p.id().equals("activities")).findFirst().orElseThrow();
        Api.service(Database.class).write(c -> {
            provider.load(c, caller, demo);
            return null;
        });
    }

    @Test
    void theFinishedContestNamedEightyFourFamilies() {
        JsonNode contests = admin.get("activities/contests?unitId=" + district).expect(200).body();
        JsonNode finished = null;
        JsonNode onNotice = null;
        for (JsonNode k : contests) {
            if (k.path("unitId").asLong() == street && k.path("status").asText().equals("COMMENDED")) {
                finished = k;
            }
            if (k.path("status").asText().equals("NOTICE")) {
                onNotice = k;
            }
        }
        assertEquals(84, finished.path("selected").asInt(), contests.toString());
        JsonNode first = admin.get("activities/contests/" + finished.path("id").asLong() + "/nominees").expect(200).body().get(0);
        JsonNode history = admin.get("activities/contests/" + finished.path("id").asLong() + "/nominees/" + first.path("id").asLong()
                + "/history").expect(200).body();
        assertEquals(3, history.size(), history.toString());
        assertEquals("CITY", history.get(2).path("level").asText());

        assertEquals(1, onNotice.path("openObjections").asInt());
        assertEquals("OBJECTION_OPEN", ContestSteps.finaliseReply(admin, onNotice.path("id").asLong()).expect(409).code());
    }

    @Test
    void aYearOfActivitiesAndVolunteerServicesIsThere() {
        int year = java.time.LocalDate.now().getYear() - 1;
        JsonNode page = admin.get("activities/events?unitId=" + street + "&from=" + year + "-01-01&to=" + year + "-12-31")
                .expect(200).body();
        assertEquals(24, page.path("total").asInt());
        assertTrue(admin.get("activities/volunteer-services?unitId=" + street + "&from=" + year + "-01-01&to=" + year + "-12-31")
                .expect(200).body().path("total").asInt() >= 12);
    }
}
