package org.wfed.itest.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.assertContains;
import static org.wfed.itest.seeds.SeedOrganisationReplayTest.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wfed.itest.Api;

/**
 * Seed replay (issue 13), the rows of core's registers that {@link SeedOrganisationReplayTest} does not enter: S2 L49
 * (腰鼓队、舞蹈队、快板队、秧歌队等4支文体队伍), S3 L64 (依托两个“妇女儿童之家”), S8 L151 (新建50个基层妇女组织) and S13 L238
 * (2个“妇女微家”), each in a fresh tree of its own; the indicator table and the drafted summary state each figure.
 */
class SeedRegistersReplayTest {
    private static final int YEAR = LocalDate.now().getYear();
    /** This year's records, in units that exist from two years before. */
    private static final LocalDate THIS_YEAR = LocalDate.of(YEAR, 1, 10);
    private static final LocalDate UNITS = THIS_YEAR.minusYears(2);

    @BeforeAll
    static void reportingUp() {
        Api.awaitUp("reporting");
    }

    /** S2 L49: 4支文体队伍 of the street and its communities. */
    @Test
    void s2FourSportsTeams() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S2街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("S2社区"), UNITS);
        for (String name : List.of("腰鼓队", "舞蹈队", "快板队", "秧歌队")) {
            SeedOrganisationReplayTest.team(admin, name.equals("腰鼓队") ? street : community, "SPORTS", name, THIS_YEAR, null);
        }
        JsonNode total = SeedOrganisationReplayTest.table(admin, street, YEAR);
        assertEquals(4, SeedOrganisationReplayTest.number(total, "core.teams[SPORTS]"));
        assertContains(draft(admin, street), "组建4支文体队伍。");
    }

    /** S3 L64: 依托xx和xx社区两个“妇女儿童之家”. */
    @Test
    void s3TwoWomenAndChildrenHomes() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("S3街办"), UNITS);
        for (int i = 0; i < 2; i++) {
            long community = admin.createUnit(street, "COMMUNITY", Api.unique("S3社区"), UNITS);
            SeedOrganisationReplayTest.station(admin, community, "WOMEN_CHILDREN_HOME", "妇女儿童之家" + i, THIS_YEAR, null, null,
                    null, null, List.of());
        }
        JsonNode total = SeedOrganisationReplayTest.table(admin, street, YEAR);
        assertEquals(2, SeedOrganisationReplayTest.number(total, "core.stations[WOMEN_CHILDREN_HOME]"));
    }

    /** S8 L151: 在机关事业单位、工业园区…新建50个基层妇女组织 (units of kind GRASSROOTS_ORG created this year). */
    @Test
    void s8FiftyNewGrassrootsOrganisations() {
        Api admin = Api.admin();
        // S8 is a district; a street under the top unit stands for it, with one organisation of an earlier year
        long district = admin.createUnit(admin.unitId(), "STREET", Api.unique("S8区"), UNITS);
        long community = admin.createUnit(district, "COMMUNITY", Api.unique("S8社区"), UNITS);
        admin.createUnit(district, "GRASSROOTS_ORG", Api.unique("往年楼宇妇联"), UNITS);
        for (int i = 0; i < 50; i++) {
            admin.createUnit(i % 2 == 0 ? district : community, "GRASSROOTS_ORG", Api.unique("新建妇女组织"), THIS_YEAR);
        }
        JsonNode total = SeedOrganisationReplayTest.table(admin, district, YEAR);
        assertEquals(50, SeedOrganisationReplayTest.number(total, "core.newOrganisations"));
        assertContains(draft(admin, district), "新建基层妇女组织50个。");
    }

    /** S13 L238: “xx社区夕阳红舞蹈队”、…2个“妇女微家”. */
    @Test
    void s13TwoMicroHomes() {
        Api admin = Api.admin();
        long street = admin.createUnit(admin.unitId(), "STREET", Api.unique("月宫街道"), UNITS);
        long community = admin.createUnit(street, "COMMUNITY", Api.unique("S13社区"), UNITS);
        SeedOrganisationReplayTest.station(admin, community, "MICRO_HOME", "夕阳红舞蹈队", THIS_YEAR, null, null, null, null, List.of());
        SeedOrganisationReplayTest.station(admin, community, "MICRO_HOME", "便民利民", THIS_YEAR, null, null, null, null, List.of());
        JsonNode total = SeedOrganisationReplayTest.table(admin, street, YEAR);
        assertEquals(2, SeedOrganisationReplayTest.number(total, "core.stations[MICRO_HOME]"));
        assertContains(draft(admin, street), "建有2个“妇女微家”。");
    }
}
