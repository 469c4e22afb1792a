package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Role;
import org.wfed.core.Scope;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ReportSection;
import org.wfed.itest.Api;

/** The aid demo data loads into a community, and the aid indicators count it as a summary would. */
class AidDemoIndicatorTest {
    private static AidFixture f;
    private static final int YEAR = LocalDate.now().getYear();

    @BeforeAll
    static void setUp() throws Exception {
        f = new AidFixture();
        List<Long> women = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            women.add(f.admin.post("people", Map.of("unitId", f.community, "name", Api.unique("演示女士"), "sex", "F",
                    "birthDate", LocalDate.now().minusYears(40 + i * 3L).toString())).expect(201).body().path("id").asLong());
        }
        JsonNode me = f.admin.get("auth/me").expect(200).body();
        String path = f.admin.get("orgs/" + f.top).expect(200).body().path("unit").path("path").asText();
        Caller admin = new Caller(me.path("userId").asLong(), "admin", "管理员", f.top, path, Set.of(Role.SYSTEM_ADMIN), Set.of());
        DemoDistrict district = new DemoDistrict(f.street, List.of(f.street), Map.of(f.street, List.of(f.community)),
                Map.of(f.community, women));
        DemoDataProvider aid = service(DemoDataProvider.class, "aid", DemoDataProvider::id);
        Api.service(Database.class).write(c -> {
            // the demo is one community's first year: budget counters that earlier runs' scale data filled in this
            // persistent test database (AidScaleDataTest enrols hundreds of women in the insurance each run) would
            // refuse its approvals; counters are created again, empty, on the next reservation
            org.wfed.core.Jdbc.update(c, "DELETE FROM aid_budget WHERE budget_year = ?", LocalDate.now().getYear());
            aid.load(c, admin, district);
            return null;
        });
    }

    @Test
    void demoShowsApplicationsAtEveryStage() {
        JsonNode apps = f.admin.get("aid/applications?unitId=" + f.community).expect(200).body().path("items");
        assertEquals(5, apps.size(), apps.toString());
        String all = apps.toString();
        for (String status : List.of("RECEIVED", "PAID", "REVIEWING")) {
            assertTrue(all.contains("\"status\":\"" + status + "\""), all);
        }
        assertEquals(5, f.admin.get("aid/beneficiaries?unitId=" + f.community).expect(200).body().path("total").asInt());
        assertEquals(1, f.admin.get("aid/applications?inbox=true&level=STREET&unitId=" + f.street).expect(200).body()
                .path("total").asInt());
    }

    @Test
    void indicatorsCountPaymentsVisitsAndTheScreeningChain() {
        Scope scope = Api.service(OrgService.class).scope(f.street, Period.year(YEAR));
        Map<String, Long> v = new HashMap<>();
        for (String id : List.of("aid.amountPaid", "aid.visits", "aid.peopleAided", "aid.applicationsApproved",
                "aid.screeningDue", "aid.screened", "aid.screenedAbnormal", "aid.screenedNormal",
                "aid.followedUp", "aid.diagnosed", "aid.diagnosedEarly")) {
            v.put(id, scope.total(service(Indicator.class, id, Indicator::id).compute(scope, Period.year(YEAR))));
        }
        assertEquals(50_000 + 30_000 + 10_000, v.get("aid.amountPaid"), v.toString());
        assertEquals(2, v.get("aid.visits"));
        assertEquals(3, v.get("aid.peopleAided"));
        assertEquals(6, v.get("aid.screeningDue"));
        assertEquals(4, v.get("aid.screened"));
        assertEquals(1, v.get("aid.screenedAbnormal"));
        assertEquals(3, v.get("aid.screenedNormal"));
        assertEquals(1, v.get("aid.followedUp"));
        assertEquals(1, v.get("aid.diagnosed"));
        assertEquals(1, v.get("aid.diagnosedEarly"));
        assertEquals("[aid.screened, aid.screeningDue]",
                List.of(service(Indicator.class, "aid.screeningRate", Indicator::id).ratioOf()).toString());
        assertTrue(service(ReportSection.class, "aid.care", ReportSection::id).paragraphsZh().get(1).contains("{aid.screeningRate}"));
    }

    @Test
    void reportingsTableShowsTheScreeningFiguresOfTheStreet() {
        Api.Reply r = f.admin.get("reporting/table?unitId=" + f.street + "&year=" + YEAR + "&compare=false");
        org.junit.jupiter.api.Assumptions.assumeTrue(r.status() != 404, "reporting is not deployed");
        JsonNode total = r.expect(200).body().path("total").path("values");
        assertEquals(6, total.path("aid.screeningDue").asInt(), total.toString());
        assertEquals(4, total.path("aid.screened").asInt(), total.toString());
        assertEquals(3, total.path("aid.screenedNormal").asInt(), total.toString());
        double rate = total.path("aid.screeningRate").asDouble();
        assertTrue(rate > 66 && rate < 67, total.toString());
    }

    private static <T> T service(Class<T> type, String id, java.util.function.Function<T, String> idOf) {
        BundleContext ctx = FrameworkUtil.getBundle(AidDemoIndicatorTest.class).getBundleContext();
        try {
            for (ServiceReference<T> ref : ctx.getServiceReferences(type, null)) {
                T s = ctx.getService(ref);
                if (id.equals(idOf.apply(s))) {
                    return s;
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + id);
    }
}
