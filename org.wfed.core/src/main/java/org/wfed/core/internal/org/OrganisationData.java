package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.dto.UnitKind;
import org.wfed.core.extension.DemoDataProvider;
import org.wfed.core.extension.DemoDistrict;
import org.wfed.core.extension.ScaleDataProvider;

/**
 * Demo and scale data of the organisation registers (issue 15), through the same providers as the modules': per
 * community and year, registered volunteers, 爱心妈妈 and 一格一姐 pairings with their visits about monthly (never
 * before the pairing started, after it ended or after today), and the 两委 of the term in force (terms start in the
 * national election years 2021, 2026, …) with a women's share around the 30 % target. Dated within the year and
 * never before the community existed, so the figures roll up as the registers' own would.
 */
@Component(service = {DemoDataProvider.class, ScaleDataProvider.class})
public final class OrganisationData implements DemoDataProvider, ScaleDataProvider {
    /** The village and community 两委 were elected nationally in 2021, and are every five years. */
    static final int FIRST_TERM = 2021;
    private static final String[] NOTES = {"入户看望，了解学习生活情况", "电话联系，辅导作业", "陪同参加社区亲子活动", "节日慰问，送去学习用品",
            "与监护人沟通家庭教育", "了解家庭困难，协助申请帮扶"};

    @Override
    public String id() {
        return "core.organisation";
    }

    /** The demo district: last year's and this year's records. */
    @Override
    public void load(Connection c, Caller admin, DemoDistrict district) throws SQLException {
        Random random = new Random(20261203L);
        int year = LocalDate.now().getYear();
        generate(c, admin, district, year - 1, random);
        generate(c, admin, district, year, random);
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, Random random) throws SQLException {
        generate(c, admin, part, LocalDate.now().getYear(), random);
    }

    @Override
    public void generate(Connection c, Caller admin, DemoDistrict part, int year, Random random) throws SQLException {
        LocalDate today = LocalDate.now();
        LocalDate yearEnd = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        for (long community : part.communities()) {
            List<Long> people = part.peopleByCommunity().getOrDefault(community, List.of());
            var unit = Jdbc.one(c, "SELECT kind, valid_from FROM core_unit WHERE id = ?",
                    rs -> new Object[] {rs.getString(1), Jdbc.date(rs, "valid_from")}, community);
            if (unit.isEmpty() || people.isEmpty()) {
                continue;
            }
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate founded = (LocalDate) unit.get()[1];
            from = founded.isAfter(from) ? founded : from;
            if (from.isAfter(yearEnd)) {
                continue;
            }
            volunteers(c, community, people, from, yearEnd, random);
            pairings(c, community, people, from, yearEnd, random);
            UnitKind kind = UnitKind.valueOf((String) unit.get()[0]);
            if ((kind == UnitKind.COMMUNITY || kind == UnitKind.VILLAGE) && year >= FIRST_TERM) {
                term(c, community, FIRST_TERM + (year - FIRST_TERM) / 5 * 5, random);
            }
        }
    }

    /** A few new volunteers a year from the community's people (each registered once). */
    private static void volunteers(Connection c, long community, List<Long> people, LocalDate from, LocalDate to, Random random)
            throws SQLException {
        Set<Long> registered = new HashSet<>(Jdbc.list(c, "SELECT person_id FROM core_volunteer WHERE unit_id = ?",
                rs -> rs.getLong(1), community));
        List<Long> teams = Jdbc.list(c, "SELECT id FROM core_volunteer_team WHERE unit_id = ? AND kind = 'VOLUNTEER' ORDER BY id",
                rs -> rs.getLong(1), community);
        Long team = teams.isEmpty() ? null : teams.get(0);
        int n = 3 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            long person = people.get(random.nextInt(Math.min(people.size(), 200)));
            if (registered.add(person)) {
                Jdbc.update(c, "INSERT INTO core_volunteer (unit_id, person_id, team_id, skills, joined_on) VALUES (?, ?, ?, ?, ?)",
                        community, person, team, random.nextBoolean() ? "家庭教育" : "心理疏导", day(from, to, random));
            }
        }
    }

    /** One or two 爱心妈妈 and one 一格一姐 pairing started in the year; they and the earlier ones visited about monthly. */
    private static void pairings(Connection c, long community, List<Long> people, LocalDate from, LocalDate to, Random random)
            throws SQLException {
        for (long earlier : Jdbc.list(c, "SELECT id FROM core_pairing WHERE unit_id = ? AND started_on < ? AND ended_on IS NULL ORDER BY id",
                rs -> rs.getLong(1), community, from)) {
            visits(c, earlier, from.plusDays(random.nextInt(30)), to, random);
        }
        int mothers = 1 + random.nextInt(2);
        for (int i = 0; i <= mothers; i++) {
            boolean mother = i < mothers;
            LocalDate started = day(from, to, random);
            long id = Jdbc.insert(c, "INSERT INTO core_pairing (unit_id, kind, person_id, covered, started_on) VALUES (?, ?, ?, ?, ?)",
                    community, mother ? Registers.PairingKind.LOVING_MOTHER.name() : Registers.PairingKind.GRID_SISTER.name(),
                    people.get(random.nextInt(people.size())), mother ? 1 + random.nextInt(3) : 5 + random.nextInt(11), started);
            visits(c, id, started.plusDays(20 + random.nextInt(25)), to, random);
        }
    }

    /** Visits from {@code first} every 25 to 44 days up to {@code to}. */
    private static void visits(Connection c, long pairing, LocalDate first, LocalDate to, Random random) throws SQLException {
        for (LocalDate visit = first; !visit.isAfter(to); visit = visit.plusDays(25 + random.nextInt(20))) {
            Jdbc.update(c, "INSERT INTO core_pairing_visit (pairing_id, visited_on, note) VALUES (?, ?, ?)", pairing, visit,
                    NOTES[random.nextInt(NOTES.length)]);
        }
    }

    /** The 两委 of the term started in {@code startYear}, entered once: 5–9 members, a share of women about 30 %. */
    private static void term(Connection c, long community, int startYear, Random random) throws SQLException {
        if (Jdbc.number(c, "SELECT COUNT(*) FROM core_committee_term WHERE unit_id = ? AND start_year = ?", community, startYear) == 0) {
            int members = 5 + random.nextInt(5);
            int women = Math.min(members, 1 + random.nextInt(Math.max(1, members / 2)));
            Jdbc.update(c, "INSERT INTO core_committee_term (unit_id, start_year, members, women) VALUES (?, ?, ?, ?)", community, startYear,
                    members, women);
        }
    }

    private static LocalDate day(LocalDate from, LocalDate to, Random random) {
        long span = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(span <= 0 ? 0 : random.nextInt((int) span + 1));
    }
}
