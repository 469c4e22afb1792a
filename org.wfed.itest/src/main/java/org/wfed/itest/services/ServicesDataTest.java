package org.wfed.itest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Role;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;
import org.wfed.itest.Api;

/**
 * The module's demo and scale data: loaded into units of this test's own through the module's rules, they give every
 * figure of the section a value, and no generated placement, wish or trainee breaks a rule the API enforces.
 */
class ServicesDataTest {
    private static Api admin;
    private static Caller caller;
    private static BundleContext ctx;

    @BeforeAll
    static void up() {
        Api.awaitUp("services", "reporting");
        admin = Api.admin();
        caller = new Caller(admin.get("auth/me").expect(200).body().path("userId").asLong(), "admin", "系统管理员",
                admin.unitId(), "/" + admin.unitId() + "/", Set.of(Role.SYSTEM_ADMIN), Set.of());
        ctx = FrameworkUtil.getBundle(ServicesDataTest.class).getBundleContext();
    }

    private static <T> T provider(Class<T> type, java.util.function.Function<T, String> id) throws Exception {
        return ctx.getServiceReferences(type, null).stream().map(ctx::getService).filter(p -> id.apply(p).equals("services"))
                .findFirst().orElseThrow();
    }

    private static void rulesHold(long street) {
        Database db = Api.service(Database.class);
        String sub = "(SELECT id FROM core_unit WHERE path LIKE (SELECT path FROM core_unit WHERE id = ?) || '%')";
        assertEquals(0L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_placement p JOIN svc_seeker s ON s.id = p.seeker_id "
                + "WHERE p.unit_id IN " + sub + " AND p.placed_on < s.registered_on", street)), "placements after registration");
        assertEquals(0L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_wish WHERE unit_id IN " + sub
                + " AND fulfilled_on IS NOT NULL AND (claimed_on IS NULL OR fulfilled_on < claimed_on)", street)), "wishes");
        assertEquals(0L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_job_post j WHERE j.unit_id IN " + sub
                + " AND j.places < (SELECT COUNT(*) FROM svc_placement p WHERE p.job_id = j.id)", street)), "places");
        assertEquals(0L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_referral r JOIN svc_seeker s ON s.id = r.seeker_id "
                + "JOIN svc_job_post j ON j.id = r.job_id WHERE r.unit_id IN " + sub
                + " AND (r.referred_on < s.registered_on OR r.referred_on < j.opened_on)", street)), "referrals after registration and the post");
        assertEquals(0L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_placement p JOIN svc_referral r ON r.id = p.referral_id "
                + "WHERE p.unit_id IN " + sub + " AND (r.seeker_id <> p.seeker_id OR p.placed_on < r.referred_on)", street)),
                "a placement's referral is of its seeker and before it");
        assertTrue(db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_referral WHERE unit_id IN " + sub, street)) > 0,
                "referrals are made");
    }

    @Test
    void demoDataFillsEveryFigureWithinTheRules() throws Exception {
        long district = admin.createUnit(admin.unitId(), "STREET", Api.unique("服务演示区"), LocalDate.of(2020, 1, 1));
        long street = admin.createUnit(district, "COMMUNITY", Api.unique("服务演示街道"), LocalDate.of(2020, 1, 1));
        DemoDistrict demo = new DemoDistrict(district, List.of(street), Map.of(street, List.of(street)), Map.of(street, List.of()));
        DemoDataProvider p = provider(DemoDataProvider.class, DemoDataProvider::id);
        Api.service(Database.class).write(c -> {
            p.load(c, caller, demo);
            return null;
        });
        int lastYear = LocalDate.now().getYear() - 1;
        com.fasterxml.jackson.databind.JsonNode v = ServicesFiguresTest.table(street, lastYear);
        for (String id : new String[] {"services.jobPosts", "services.employerNotices", "services.seekers", "services.fairs",
                "services.courses", "services.trainees", "services.wishesCollected", "services.wishesClaimed"}) {
            assertTrue(v.path(id).asInt() > 0, id + " in " + v);
        }
        assertEquals(2, v.path("services.fairs").asInt());
        assertEquals(24, v.path("services.trainees").asInt());
        rulesHold(street);
    }

    @Test
    void scaleDataGivesAStreetAYearPerYearAsked() throws Exception {
        int lastYear = LocalDate.now().getYear() - 1;
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("服务生成街道"), LocalDate.of(lastYear, 1, 1));
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("服务生成社区"), LocalDate.of(lastYear, 1, 1));
        ScaleDataProvider p = provider(ScaleDataProvider.class, ScaleDataProvider::id);
        List<Long> residents = Collections.nCopies(667, 0L);
        DemoDistrict part = new DemoDistrict(admin.unitId(), List.of(street), Map.of(street, List.of(community)),
                Map.of(community, residents));
        Database db = Api.service(Database.class);
        db.write(c -> {
            p.generate(c, caller, part, lastYear, new Random(5));
            p.generate(c, caller, part, new Random(6));
            return null;
        });
        String inYear = "SELECT COUNT(*) FROM svc_seeker WHERE unit_id = ? AND registered_on BETWEEN ? AND ?";
        assertEquals(14L, (long) db.read(c -> Jdbc.number(c, inYear, community, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31))));
        assertEquals(14L, (long) db.read(c -> Jdbc.number(c, inYear, community, LocalDate.now().withDayOfYear(1), LocalDate.now())));
        assertEquals(34L, (long) db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM svc_wish WHERE unit_id = ?", community)),
                "17 wishes a year");
        com.fasterxml.jackson.databind.JsonNode v = ServicesFiguresTest.table(street, lastYear);
        assertEquals(4, v.path("services.fairs").asInt(), v.toString());
        assertEquals(120, v.path("services.trainees").asInt());
        rulesHold(street);
    }
}
