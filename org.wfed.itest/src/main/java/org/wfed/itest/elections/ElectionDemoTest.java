package org.wfed.itest.elections;

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
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.itest.Api;

/** The demo data: a street whose communities stand at different steps, one filed with full counts. */
class ElectionDemoTest {

    @BeforeAll
    static void up() {
        Api.awaitUp("elections");
    }

    @Test
    void demoStreetHasCommunitiesAtDifferentSteps() throws Exception {
        Api admin = Api.admin();
        long root = Fixture.rootUnit();
        long street = Fixture.unit(admin, root, "STREET", Fixture.unique("示范街道"));
        List<Long> communities = new ArrayList<>();
        Map<Long, List<Long>> people = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("示范社区"));
            communities.add(community);
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                ids.add(Fixture.person(admin, community, "居民" + Fixture.unique(""), "F", LocalDate.of(1970 + k * 2, 3, 1),
                        k % 3 == 0 ? "BACHELOR" : "SENIOR", k % 2 == 0, null));
            }
            ids.add(Fixture.person(admin, community, "男居民" + Fixture.unique(""), "M", LocalDate.of(1980, 1, 1), "SENIOR", false, null));
            people.put(community, ids);
        }
        DemoDistrict district = new DemoDistrict(root, List.of(street), Map.of(street, communities), people);
        long adminId = Fixture.service(Database.class).read(c -> Jdbc.number(c, "SELECT id FROM core_user WHERE username = 'admin'"));
        Caller caller = new Caller(adminId, "admin", "系统管理员", root, "/" + root + "/", Set.of(Role.SYSTEM_ADMIN), Set.of());
        DemoDataProvider demo = demo();
        Fixture.service(Database.class).write(c -> {
            demo.load(c, caller, district);
            return null;
        });

        JsonNode roll = admin.get("elections/rollup?unitId=" + street).expect(200).body();
        assertEquals(5, roll.path("units").asInt());
        assertEquals(1, roll.path("finished").asInt());
        assertEquals(1, roll.path("notStarted").asInt());
        assertEquals(1, roll.path("late").asInt());
        assertEquals(1, roll.path("chairs").asInt());
        assertTrue(roll.path("executives").asInt() >= 7, roll.toString());
        String steps = roll.path("board").toString();
        assertTrue(steps.contains("FILED") && steps.contains("RESULT_PUBLISHED") && steps.contains("CANDIDATES_APPROVED")
                && steps.contains("REQUEST_APPROVED"), steps);
        long filed = roll.path("board").findValues("electionId").stream().filter(n -> !n.isNull()).count();
        assertEquals(4, filed);
        for (JsonNode row : roll.path("board")) {
            if ("FILED".equals(row.path("step").asText())) {
                JsonNode d = admin.get("elections/" + row.path("electionId").asLong()).expect(200).body();
                assertTrue(d.path("positions").get(0).path("rounds").get(0).path("explanation").asText().contains("当选"));
            }
        }
    }

    @Test
    void scaleGeneratorGivesEveryCommunityAnElectionAtSomeStep() throws Exception {
        Api admin = Api.admin();
        long root = Fixture.rootUnit();
        long street = Fixture.unit(admin, root, "STREET", Fixture.unique("规模街道"));
        List<Long> communities = new ArrayList<>();
        Map<Long, List<Long>> people = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            long community = Fixture.unit(admin, street, "COMMUNITY", Fixture.unique("规模社区"));
            communities.add(community);
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                ids.add(Fixture.person(admin, community, "居民" + Fixture.unique(""), "F", LocalDate.of(1972 + k * 2, 5, 1),
                        k % 2 == 0 ? "COLLEGE" : "SENIOR", k % 3 == 0, null));
            }
            people.put(community, ids);
        }
        DemoDistrict part = new DemoDistrict(root, List.of(street), Map.of(street, communities), people);
        long adminId = Fixture.service(Database.class).read(c -> Jdbc.number(c, "SELECT id FROM core_user WHERE username = 'admin'"));
        Caller caller = new Caller(adminId, "admin", "系统管理员", root, "/" + root + "/", Set.of(Role.SYSTEM_ADMIN), Set.of());
        org.wfed.core.extension.ScaleDataProvider scale = scaleProvider();
        Fixture.service(Database.class).write(c -> {
            scale.generate(c, caller, part, new java.util.Random(7));
            return null;
        });
        JsonNode roll = admin.get("elections/rollup?unitId=" + street).expect(200).body();
        assertEquals(6, roll.path("units").asInt());
        long started = roll.path("board").findValues("electionId").stream().filter(n -> !n.isNull()).count();
        assertEquals(6 - roll.path("notStarted").asInt(), started);
        assertTrue(started >= 3, roll.toString());
        assertEquals(roll.path("finished").asInt(), roll.path("chairs").asInt(), "every filed election seated a chair");
    }

    /** The elections module's scale data provider (other modules register theirs too). */
    private static org.wfed.core.extension.ScaleDataProvider scaleProvider() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(ElectionDemoTest.class).getBundleContext();
        for (ServiceReference<org.wfed.core.extension.ScaleDataProvider> ref
                : ctx.getServiceReferences(org.wfed.core.extension.ScaleDataProvider.class, null)) {
            org.wfed.core.extension.ScaleDataProvider p = ctx.getService(ref);
            if (p.getClass().getName().startsWith("org.wfed.elections.")) {
                return p;
            }
        }
        throw new AssertionError("no elections scale data provider");
    }

    private static DemoDataProvider demo() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(ElectionDemoTest.class).getBundleContext();
        for (ServiceReference<DemoDataProvider> ref : ctx.getServiceReferences(DemoDataProvider.class, null)) {
            DemoDataProvider p = ctx.getService(ref);
            if (p.id().equals("elections.demo")) {
                return p;
            }
        }
        throw new AssertionError("no elections demo provider");
    }
}
