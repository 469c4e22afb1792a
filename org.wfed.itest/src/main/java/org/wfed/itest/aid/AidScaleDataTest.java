package org.wfed.itest.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.dto.Sex;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.ScaleDataProvider;
import org.wfed.itest.Api;

/** The scale data provider fills a small street with a year of aid work that every aid indicator counts. */
class AidScaleDataTest {

    @Test
    void aStreetsYearOfAidIsCountedByTheIndicators() throws Exception {
        AidFixture f = new AidFixture();
        Caller admin = f.adminCaller();
        // last year: a whole year, whatever today's date
        int year = LocalDate.now().getYear() - 1;
        long second = f.admin.createUnit(f.street, "COMMUNITY", Api.unique("生成社区"), LocalDate.of(year, 1, 1));
        Map<Long, List<Long>> people = new HashMap<>();
        PersonService persons = Api.service(PersonService.class);
        Api.service(Database.class).write(c -> {
            for (long community : List.of(f.community, second)) {
                List<PersonInput> in = new ArrayList<>();
                for (int i = 0; i < 160; i++) {
                    in.add(new PersonInput(community, "生成" + i, null, i % 3 == 2 ? Sex.M : Sex.F,
                            LocalDate.of(year, 6, 1).minusYears(6 + (i * 7L) % 70).minusDays(i), null, null, null, null,
                            null, null, null));
                }
                people.put(community, persons.createAll(c, admin, in));
            }
            return null;
        });
        DemoDistrict part = new DemoDistrict(f.top, List.of(f.street), Map.of(f.street, List.of(f.community, second)),
                people);
        ScaleDataProvider aid = service(ScaleDataProvider.class, "aid", ScaleDataProvider::id);
        long t0 = System.nanoTime();
        Api.service(Database.class).write(c -> {
            aid.generate(c, admin, part, year, new Random(7));
            return null;
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;

        Scope scope = Api.service(OrgService.class).scope(f.street, Period.year(year));
        Map<String, Long> v = new HashMap<>();
        for (String id : List.of("aid.applicationsApproved", "aid.amountPaid", "aid.peopleAided", "aid.visits",
                "aid.screeningDue", "aid.screened", "aid.screenedNormal", "aid.screenedAbnormal")) {
            v.put(id, scope.total(service(Indicator.class, id, Indicator::id).compute(scope, Period.year(year))));
        }
        for (Map.Entry<String, Long> e : v.entrySet()) {
            assertTrue(e.getValue() > 0, e.getKey() + " is zero: " + v);
        }
        assertEquals(v.get("aid.screened"), v.get("aid.screenedNormal") + v.get("aid.screenedAbnormal"), v.toString());
        assertTrue(v.get("aid.screened") < v.get("aid.screeningDue"), v.toString());
        assertTrue(f.admin.get("aid/beneficiaries?unitId=" + f.street).expect(200).body().path("total").asInt() >= 8);
        assertTrue(ms < 20_000, "generation took " + ms + " ms");

        // the women's insurance: about nine in ten women 18–64 enrolled, each through the whole review chain
        long insurance = 0;
        for (com.fasterxml.jackson.databind.JsonNode p : f.admin.get("aid/programmes").expect(200).body()) {
            if (p.path("code").asText().equals("WOMEN_INSURANCE")) {
                insurance = p.path("id").asLong();
            }
        }
        LocalDate jan = LocalDate.of(year, 1, 1);
        long likely = 0;
        long possible = 0;
        for (int i = 0; i < 160; i++) {
            int age = java.time.Period.between(LocalDate.of(year, 6, 1).minusYears(6 + (i * 7L) % 70).minusDays(i), jan)
                    .getYears();
            likely += i % 3 != 2 && age >= 19 && age <= 63 ? 2 : 0;
            possible += i % 3 != 2 && age >= 17 && age <= 65 ? 2 : 0;
        }
        String ledger = "aid/ledger?unitId=" + f.street + "&year=" + year + "&programmeId=" + insurance;
        com.fasterxml.jackson.databind.JsonNode insured = f.admin.get(ledger + "&size=5").expect(200).body();
        long total = insured.path("total").asLong();
        assertTrue(total >= likely * 7 / 10 && total <= possible, total + " insured of " + likely + "–" + possible);
        com.fasterxml.jackson.databind.JsonNode first = insured.path("items").get(0);
        com.fasterxml.jackson.databind.JsonNode card = f.admin.get("aid/applications/" + first.path("applicationId").asLong())
                .expect(200).body();
        assertEquals(2, card.path("reviews").size(), card.toString());
        assertEquals("INSURER", card.path("channel").asText(), card.toString());
        String day = first.path("paidOn").asText();
        com.fasterxml.jackson.databind.JsonNode that = f.admin.get(ledger + "&paidFrom=" + day + "&paidTo=" + day
                + "&status=" + card.path("status").asText() + "&size=200").expect(200).body();
        assertTrue(that.path("total").asLong() >= 1);
        that.path("items").forEach(r -> assertEquals(day, r.path("paidOn").asText()));
        assertEquals("AID_LEDGER_STATUS", f.admin.get(ledger + "&status=REJECTED").expect(400).code());

        // the next year's campaign leaves out the women screened the year before (skip_years = 2)
        Api.service(Database.class).write(c -> {
            aid.generate(c, admin, part, year + 1, new Random(8));
            return null;
        });
        String invited = "SELECT COUNT(*) FROM aid_invitation i JOIN aid_campaign k ON k.id = i.campaign_id"
                + " WHERE k.unit_id = ? AND k.campaign_year = ?";
        long again = Api.service(Database.class).read(c -> Jdbc.number(c, invited + " AND i.person_id IN (SELECT s.person_id"
                + " FROM aid_screening s JOIN aid_campaign p ON p.id = s.campaign_id WHERE p.unit_id = ? AND p.campaign_year = ?)",
                f.street, year + 1, f.street, year));
        long next = Api.service(Database.class).read(c -> Jdbc.number(c, invited, f.street, year + 1));
        assertEquals(0L, again, "women screened last year were invited again");
        assertTrue(next > 0, "nobody left to invite the next year");
    }

    private static <T> T service(Class<T> type, String id, java.util.function.Function<T, String> idOf) throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(AidScaleDataTest.class).getBundleContext();
        for (ServiceReference<T> ref : ctx.getServiceReferences(type, null)) {
            T s = ctx.getService(ref);
            if (id.equals(idOf.apply(s))) {
                return s;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + id);
    }
}
