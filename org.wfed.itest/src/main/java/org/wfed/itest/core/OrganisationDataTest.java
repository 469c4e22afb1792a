package org.wfed.itest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.number;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.person;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Core's scale (and demo) provider of the organisation registers (issue 15) fills a year of volunteers, pairings with
 * their visits and the 两委 of the term in force, dated within the year and never before a community existed, so the
 * table shows them as it shows entered ones.
 */
class OrganisationDataTest {

    @Test
    void aYearOfVolunteersPairingsVisitsAndTheTwoCommitteesWithinTheYear() throws Exception {
        Api.awaitUp("reporting");
        Api admin = Api.admin();
        int lastYear = LocalDate.now().getYear() - 1;
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("组织生成街道"), LocalDate.of(lastYear, 1, 1));
        LocalDate founded = LocalDate.of(lastYear, 7, 1);
        long older = admin.createUnit(street, "COMMUNITY", Api.unique("组织生成社区"), founded);
        long newer = admin.createUnit(street, "COMMUNITY", Api.unique("今年社区"), LocalDate.now().withDayOfYear(1));
        Map<Long, List<Long>> people = Map.of(older, people(admin, older), newer, people(admin, newer));
        ScaleDataProvider provider = provider();
        Database db = Api.service(Database.class);
        Caller caller = new Caller(1, "admin", "admin", admin.unitId(), "/" + admin.unitId() + "/",
                java.util.Set.of(org.wfed.core.Role.SYSTEM_ADMIN), java.util.Set.of());
        DemoDistrict part = new DemoDistrict(admin.unitId(), List.of(street), Map.of(street, List.of(older, newer)), people);
        db.write(c -> {
            provider.generate(c, caller, part, lastYear, new Random(5));
            return null;
        });

        String visits = "SELECT COUNT(*) FROM core_pairing_visit v JOIN core_pairing r ON r.id = v.pairing_id WHERE r.unit_id = ?";
        long all = db.read(c -> Jdbc.number(c, visits, older));
        long inYear = db.read(c -> Jdbc.number(c, visits + " AND v.visited_on BETWEEN ? AND ?", older, founded, LocalDate.of(lastYear, 12, 31)));
        assertEquals(all, inYear, "every visit within the year, after the community existed");
        long newerPairings = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_pairing WHERE unit_id = ?", newer));
        assertEquals(0L, newerPairings, "a community of this year gets nothing for last year");
        JsonNode total = table(admin, street, lastYear);
        assertTrue(number(total, "core.volunteersNew") >= 3, total.toString());
        assertTrue(number(total, "core.pairings[LOVING_MOTHER]") >= 1, total.toString());
        assertEquals(inYear, number(total, "core.pairingVisits"), total.toString());
        long members = number(total, "core.committeeMembers");
        assertTrue(members >= 5 && members <= 9, total.toString());
        assertTrue(number(total, "core.committeeWomen") >= 1, total.toString());
        long terms = db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_committee_term WHERE unit_id = ? AND start_year = ?", older,
                2021 + (lastYear - 2021) / 5 * 5));
        assertEquals(1L, terms, "the term in force last year");
    }

    private static List<Long> people(Api admin, long community) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(person(admin, community));
        }
        return ids;
    }

    private static ScaleDataProvider provider() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(OrganisationDataTest.class).getBundleContext();
        for (ServiceReference<ScaleDataProvider> ref : ctx.getServiceReferences(ScaleDataProvider.class, null)) {
            ScaleDataProvider p = ctx.getService(ref);
            if (p.id().equals("core.organisation")) {
                return p;
            }
        }
        throw new AssertionError("no organisation scale provider");
    }
}
