package org.wfed.itest.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;
import org.wfed.itest.Api;

/** The activities scale provider gives every community of a street a year of activities per year asked, through the rules. */
class ActivitiesScaleDataTest {

    @Test
    void everyCommunityGetsAYearOfActivities() throws Exception {
        Api.awaitUp("activities");
        Api admin = Api.admin();
        int lastYear = LocalDate.now().getYear() - 1;
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("活动生成街道"), LocalDate.of(lastYear, 1, 1));
        // founded this year (a unit created without a founding date has an unknown one, which limits nothing)
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("活动生成社区"), LocalDate.now().withDayOfYear(1));
        BundleContext ctx = FrameworkUtil.getBundle(ActivitiesScaleDataTest.class).getBundleContext();
        ScaleDataProvider provider = null;
        for (ServiceReference<ScaleDataProvider> ref : ctx.getServiceReferences(ScaleDataProvider.class, null)) {
            ScaleDataProvider p = ctx.getService(ref);
            if (p.id().equals("activities")) {
                provider = p;
            }
        }
        assertTrue(provider != null, "no activities scale provider");
        ScaleDataProvider activities = provider;
        Database db = Api.service(Database.class);
        Caller caller = new Caller(1, "admin", "admin", admin.unitId(), "/" + admin.unitId() + "/",
                java.util.Set.of(org.wfed.core.Role.SYSTEM_ADMIN), java.util.Set.of());
        // the provider uses only the number of residents: 666 → 333 activities a year
        List<Long> residents = java.util.Collections.nCopies(666, 0L);
        DemoDistrict part = new DemoDistrict(admin.unitId(), List.of(street), Map.of(street, List.of(community)), Map.of(community, residents));
        db.write(c -> {
            activities.generate(c, caller, part, new Random(3));
            return null;
        });
        long count = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM act_activity WHERE unit_id = ? AND held_on <= ?",
                community, LocalDate.now()));
        assertEquals(333L, count);
        assertTrue(admin.get("activities/events?unitId=" + community + "&size=1").expect(200).body().path("total").asLong() >= 333);

        // a past year: its records fall within that year and never before the unit existed
        long older = admin.createUnit(street, "COMMUNITY", Api.unique("老社区"), LocalDate.of(lastYear, 7, 1));
        DemoDistrict both = new DemoDistrict(admin.unitId(), List.of(street), Map.of(street, List.of(community, older)),
                Map.of(community, residents, older, residents));
        db.write(c -> {
            activities.generate(c, caller, both, lastYear, new Random(4));
            return null;
        });
        String inYear = "SELECT COUNT(*) FROM act_activity WHERE unit_id = ? AND held_on BETWEEN ? AND ?";
        long olderCount = db.read(c -> Jdbc.number(c, inYear, older, LocalDate.of(lastYear, 7, 1), LocalDate.of(lastYear, 12, 31)));
        long newerCount = db.read(c -> Jdbc.number(c, inYear, community, LocalDate.of(lastYear, 1, 1), LocalDate.of(lastYear, 12, 31)));
        assertEquals(333L, olderCount);
        assertEquals(0L, newerCount, "a community created this year gets nothing for last year");
    }
}
