package org.wfed.core.internal.org;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Reach;
import org.wfed.core.extension.Values;
import org.wfed.core.extension.SqlPass;

/**
 * Core's organisation-building figures (组织建设), registered as {@link Indicator} services like a module's, so reporting
 * rolls them up over the tree as it stood in the period, own level and subtree: stations open in the period by kind
 * (a station counts in every year it was open), new stations, stations meeting all six of 六有 by the period's end,
 * model homes named in the period by grade, teams active in the period by kind and their members (people), registered
 * volunteers (active; and new in the period), pairings by kind with the children and households they cover, and
 * grassroots organisations (GRASSROOTS_ORG units) founded in the period, the visits pairings made in it, and the
 * members of the village and community 两委 (the term in force) with the women's share against the national 30 %.
 */
@Component(immediate = true)
public final class OrganisationIndicators {
    static final String SECTION = "organisation";
    /** A row of a dated register is in the period when it began by its end and did not end before its start. */
    private static final String OPEN = "(s.opened_on IS NULL OR s.opened_on <= {to}) AND (s.closed_on IS NULL OR s.closed_on >= {from})";
    private static final String STATIONS = "SELECT s.unit_id, s.kind, COUNT(*) FROM core_station s WHERE {units:s.unit_id} AND " + OPEN
            + " GROUP BY s.unit_id, s.kind";
    private static final String STATIONS_NEW = "SELECT s.unit_id, s.kind, COUNT(*) FROM core_station s WHERE {units:s.unit_id}"
            + " AND s.opened_on BETWEEN {from} AND {to} GROUP BY s.unit_id, s.kind";
    /** All six items met by the period's end; a station entered with a bare count (no dated items) by that count. */
    private static final String SIX_HAVE = "SELECT s.unit_id, COUNT(*) FROM core_station s WHERE {units:s.unit_id} AND " + OPEN
            + " AND ((SELECT COUNT(*) FROM core_station_item i WHERE i.station_id = s.id AND i.met_on <= {to}) = 6"
            + " OR (s.six_have = 6 AND NOT EXISTS (SELECT 1 FROM core_station_item j WHERE j.station_id = s.id)))"
            + " GROUP BY s.unit_id";
    private static final String MODEL = "SELECT s.unit_id, s.model_grade, COUNT(*) FROM core_station s WHERE {units:s.unit_id} AND " + OPEN
            + " AND s.model_year BETWEEN {fromYear} AND {toYear} AND s.model_grade IS NOT NULL GROUP BY s.unit_id, s.model_grade";
    private static final String MODEL_HOMES = "SELECT s.unit_id, s.model_grade, COUNT(*) FROM core_station s WHERE {units:s.unit_id} AND "
            + OPEN + " AND s.model_year BETWEEN {fromYear} AND {toYear} AND s.model_grade IS NOT NULL"
            + " AND s.kind IN ('WOMEN_HOME', 'WOMEN_CHILDREN_HOME', 'CHILDREN_HOME') GROUP BY s.unit_id, s.model_grade";
    private static final String TEAM_OPEN = "(t.founded_on IS NULL OR t.founded_on <= {to}) AND (t.dissolved_on IS NULL OR t.dissolved_on >= {from})";
    private static final String TEAMS = "SELECT t.unit_id, t.kind, COUNT(*) FROM core_volunteer_team t WHERE {units:t.unit_id} AND "
            + TEAM_OPEN + " GROUP BY t.unit_id, t.kind";
    private static final String TEAMS_NEW = "SELECT t.unit_id, t.kind, COUNT(*) FROM core_volunteer_team t WHERE {units:t.unit_id}"
            + " AND t.founded_on BETWEEN {from} AND {to} GROUP BY t.unit_id, t.kind";
    /** People in the unit's active teams during the period, each once per unit. */
    private static final String MEMBERS = "SELECT t.unit_id, COUNT(DISTINCT m.person_id) FROM core_team_member m"
            + " JOIN core_volunteer_team t ON t.id = m.team_id WHERE {units:t.unit_id} AND " + TEAM_OPEN
            + " AND m.joined_on <= {to} AND (m.left_on IS NULL OR m.left_on >= {from}) GROUP BY t.unit_id";
    private static final String VOLUNTEERS = "SELECT v.unit_id, COUNT(*) FROM core_volunteer v WHERE {units:v.unit_id}"
            + " AND v.joined_on <= {to} AND (v.left_on IS NULL OR v.left_on >= {from}) GROUP BY v.unit_id";
    private static final String VOLUNTEERS_NEW = "SELECT v.unit_id, COUNT(*) FROM core_volunteer v WHERE {units:v.unit_id}"
            + " AND v.joined_on BETWEEN {from} AND {to} GROUP BY v.unit_id";
    private static final String PAIRING_OPEN = "r.started_on <= {to} AND (r.ended_on IS NULL OR r.ended_on >= {from})";
    private static final String PAIRINGS = "SELECT r.unit_id, r.kind, COUNT(*) FROM core_pairing r WHERE {units:r.unit_id} AND "
            + PAIRING_OPEN + " GROUP BY r.unit_id, r.kind";
    private static final String CHILDREN = "SELECT r.unit_id, SUM(CAST(r.covered AS BIGINT)) FROM core_pairing r WHERE {units:r.unit_id}"
            + " AND " + PAIRING_OPEN + " AND r.kind = 'LOVING_MOTHER' GROUP BY r.unit_id";
    private static final String HOUSEHOLDS = "SELECT r.unit_id, SUM(CAST(r.covered AS BIGINT)) FROM core_pairing r WHERE {units:r.unit_id}"
            + " AND " + PAIRING_OPEN + " AND r.kind IN ('GRID_SISTER', 'CONTACT_HOUSEHOLD') GROUP BY r.unit_id";
    private static final String VISITS = "SELECT r.unit_id, COUNT(*) FROM core_pairing_visit v JOIN core_pairing r ON r.id = v.pairing_id"
            + " WHERE {units:r.unit_id} AND v.visited_on BETWEEN {from} AND {to} GROUP BY r.unit_id";
    /**
     * The 两委 of a village or community in the period: the latest term entered that started by the period's end, per
     * unit its members, then its women (one pass for both figures).
     */
    private static final String TERM = "SELECT t.unit_id, SUM(CAST(t.members AS BIGINT)), SUM(CAST(t.women AS BIGINT))"
            + " FROM core_committee_term t WHERE {units:t.unit_id}"
            + " AND t.start_year = (SELECT MAX(u.start_year) FROM core_committee_term u WHERE u.unit_id = t.unit_id"
            + " AND u.start_year <= {toYear}) GROUP BY t.unit_id";
    /**
     * Per village and community of the scope (issue 13, S5 L97 "两个100%目标"): whether a 两委 term is in force, whether
     * that term has a woman, whether a 妇联主席 is seated on the period's last day and whether one seated sits on the 两委.
     */
    private static final String COMMITTEE_UNITS = "SELECT u.id,"
            + " (SELECT COUNT(*) FROM core_committee_term t WHERE t.unit_id = u.id AND t.start_year <= {toYear}),"
            + " (SELECT COUNT(*) FROM core_committee_term t WHERE t.unit_id = u.id AND t.women > 0 AND t.start_year ="
            + " (SELECT MAX(x.start_year) FROM core_committee_term x WHERE x.unit_id = u.id AND x.start_year <= {toYear})),"
            + " (SELECT COUNT(*) FROM core_leader l WHERE l.unit_id = u.id AND l.position = 'CHAIR' AND l.term_from <= {to}"
            + " AND (l.term_to IS NULL OR l.term_to >= {to})),"
            + " (SELECT COUNT(*) FROM core_leader l WHERE l.unit_id = u.id AND l.position = 'CHAIR' AND l.in_two_committees = TRUE"
            + " AND l.term_from <= {to} AND (l.term_to IS NULL OR l.term_to >= {to}))"
            + " FROM core_unit u WHERE {units:u.id} AND u.kind IN ('VILLAGE', 'COMMUNITY')";
    /** Rules posted (制度上墙) by the period's end at the stations open in it, and the stations with any. */
    private static final String RULES = "SELECT s.unit_id, COUNT(*), COUNT(DISTINCT s.id) FROM core_station_rule r"
            + " JOIN core_station s ON s.id = r.station_id WHERE {units:s.unit_id} AND " + OPEN + " AND r.posted_on <= {to}"
            + " GROUP BY s.unit_id";
    /** Zones (功能区) set up by the period's end at the stations open in it, by the zone's name. */
    private static final String ZONES = "SELECT s.unit_id, z.name, COUNT(*) FROM core_station_zone z"
            + " JOIN core_station s ON s.id = z.station_id WHERE {units:s.unit_id} AND " + OPEN + " AND z.opened_on <= {to}"
            + " GROUP BY s.unit_id, z.name";
    /** Cadres sent elsewhere (派驻/下沉) during the period, per sending unit and destination (a unit or a place). */
    private static final String SECONDMENTS = "SELECT s.unit_id, s.to_unit_id, s.to_place, COUNT(DISTINCT s.person_id)"
            + " FROM core_secondment s WHERE {units:s.unit_id} AND s.from_on <= {to} AND (s.to_on IS NULL OR s.to_on >= {from})"
            + " GROUP BY s.unit_id, s.to_unit_id, s.to_place";
    /** The chair and vice-chairs in office on the period's last day, by position (seated by an election or by hand). */
    private static final String CHAIRS = "SELECT l.unit_id, l.position, COUNT(*) FROM core_leader l WHERE {units:l.unit_id}"
            + " AND l.position IN ('CHAIR', 'VICE_CHAIR') AND l.term_from <= {to} AND (l.term_to IS NULL OR l.term_to >= {to})"
            + " GROUP BY l.unit_id, l.position";
    /** A grassroots organisation counts for itself, so it rolls up to the unit it was founded under. */
    private static final String NEW_ORGS = "SELECT u.id, COUNT(*) FROM core_unit u JOIN core_unit_hist h ON h.unit_id = u.id"
            + " WHERE {units:u.id} AND u.kind = 'GRASSROOTS_ORG' AND h.change_kind = 'CREATE' AND h.valid_from BETWEEN {from} AND {to}"
            + " GROUP BY u.id";

    private final Indicators.Registration registrations;

    @Activate
    public OrganisationIndicators(BundleContext context, @Reference Database db) {
        registrations = Indicators.register(context, indicators(db));
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }

    static List<Indicator> indicators(Database db) {
        Dimension kinds = Dimension.fromTable(db, "core.stationKind", "阵地类型", "Station kind",
                "SELECT code, name_zh, name_en FROM core_station_kind ORDER BY sort_order, code");
        Dimension grades = Dimension.of("core.modelGrade", "示范等级", "Model grade", Arrays.stream(Registers.Grade.values())
                .map(g -> new Member(g.name(), g.zh(), g.name())).toList());
        Dimension teamKinds = Dimension.of("core.teamKind", "队伍类型", "Team kind", Arrays.stream(Registers.TeamKind.values())
                .map(k -> new Member(k.name(), k.zh(), k.name())).toList());
        Dimension pairingKinds = Dimension.of("core.pairingKind", "结对类型", "Pairing kind", Arrays.stream(Registers.PairingKind.values())
                .map(k -> new Member(k.name(), k.zh(), k.name())).toList());
        int order = 200;
        SqlPass terms = SqlPass.perUnit(db, TERM);
        SqlPass committeeUnits = SqlPass.perUnit(db, COMMITTEE_UNITS);
        SqlPass rules = SqlPass.perUnit(db, RULES);
        SqlPass secondments = SqlPass.byKeys(db, 2, SECONDMENTS);
        Dimension zones = Dimension.fromTable(db, "core.stationZone", "功能区", "Station zone",
                "SELECT name, name FROM core_station_zone GROUP BY name ORDER BY MIN(id)");
        return java.util.stream.Stream.of(List.of(
                Indicators.define("core.stations").names("阵地数", "Stations").unit("个").section(SECTION).order(order++).by(kinds)
                        .sql(db, STATIONS),
                Indicators.define("core.stationsNew").names("新建阵地", "New stations").unit("个").section(SECTION).order(order++).by(kinds)
                        .sql(db, STATIONS_NEW),
                Indicators.define("core.stationsSixHave").names("“六有”达标阵地", "Stations meeting all six").unit("个").section(SECTION)
                        .order(order++).sql(db, SIX_HAVE),
                Indicators.define("core.modelStations").names("命名示范阵地", "Model stations named").unit("个").section(SECTION)
                        .order(order++).by(grades).sql(db, MODEL),
                Indicators.define("core.modelHomes").names("命名示范“妇女儿童之家”", "Model women's and children's homes named").unit("个")
                        .section(SECTION).order(order++).by(grades).sql(db, MODEL_HOMES),
                Indicators.define("core.teams").names("队伍数", "Teams").unit("支").section(SECTION).order(order++).by(teamKinds)
                        .sql(db, TEAMS),
                Indicators.define("core.teamsNew").names("新组建队伍", "New teams").unit("支").section(SECTION).order(order++).by(teamKinds)
                        .sql(db, TEAMS_NEW),
                Indicators.define("core.teamMembers").names("队伍成员", "Team members").unit("人").section(SECTION).order(order++)
                        .sql(db, MEMBERS),
                Indicators.define("core.volunteers").names("注册巾帼志愿者", "Registered volunteers").unit("人").section(SECTION)
                        .order(order++).sql(db, VOLUNTEERS),
                Indicators.define("core.volunteersNew").names("新吸纳巾帼志愿者", "New volunteers").unit("人").section(SECTION)
                        .order(order++).sql(db, VOLUNTEERS_NEW),
                Indicators.define("core.pairings").names("结对数", "Pairings").unit("对").section(SECTION).order(order++).by(pairingKinds)
                        .sql(db, PAIRINGS),
                Indicators.define("core.pairedChildren").names("结对关爱留守困境儿童", "Children paired").unit("名").section(SECTION)
                        .order(order++).sql(db, CHILDREN),
                Indicators.define("core.contactHouseholds").names("结对联系户", "Households paired").unit("户").section(SECTION)
                        .order(order++).sql(db, HOUSEHOLDS),
                Indicators.define("core.pairingVisits").names("结对走访", "Pairing visits").unit("次").section(SECTION)
                        .order(order++).sql(db, VISITS),
                Indicators.define("core.newOrganisations").names("新建基层妇女组织", "New grassroots organisations").unit("个")
                        .section(SECTION).order(order++).sql(db, NEW_ORGS),
                Indicators.define("core.committeeMembers").names("村（社区）两委成员", "Village and community committee members")
                        .unit("人").section(SECTION).order(order++).from(terms, 1),
                Indicators.define("core.committeeWomen").names("村（社区）两委中女性成员", "Women in the village and community committees")
                        .unit("人").section(SECTION).order(order++).from(terms, 2),
                Indicators.define("core.committeeWomenShare").names("两委中女性占比（国家目标≥30%）",
                                "Women's share of the two committees (national target ≥ 30 %)").unit("%").section(SECTION).order(order)
                        .derived(Derived.percent("core.committeeWomen", "core.committeeMembers"))),
                List.of(
                Indicators.define("core.committeeUnits").names("两委均已登记的村（社区）", "Villages and communities, all with a committee entered")
                        .unit("个").section(SECTION).order(230).computed(whenAll(committeeUnits, 1, 0)),
                Indicators.define("core.committeeUnitsWithWoman").names("两委中有女性成员的村（社区）",
                                "Villages and communities with a woman on the committees").unit("个").section(SECTION).order(231)
                        .computed(whenAll(committeeUnits, 1, 2)),
                Indicators.define("core.committeeUnitsWithWomanShare").names("两委中有女性成员的村（社区）占比",
                                "Share of villages and communities with a woman on the committees").unit("%").section(SECTION).order(232)
                        .derived(Derived.percent("core.committeeUnitsWithWoman", "core.committeeUnits")),
                Indicators.define("core.chairUnits").names("妇联主席均已登记的村（社区）", "Villages and communities, all with a chair seated")
                        .unit("个").section(SECTION).order(233).computed(whenAll(committeeUnits, 3, 0)),
                Indicators.define("core.chairUnitsInCommittee").names("妇联主席进两委的村（社区）",
                                "Villages and communities whose chair sits on the committees").unit("个").section(SECTION).order(234)
                        .computed(whenAll(committeeUnits, 3, 4)),
                Indicators.define("core.chairUnitsInCommitteeShare").names("妇联主席进两委的村（社区）占比",
                                "Share of villages and communities whose chair sits on the committees").unit("%").section(SECTION)
                        .order(235).derived(Derived.percent("core.chairUnitsInCommittee", "core.chairUnits")),
                Indicators.define("core.stationRules").names("阵地上墙制度", "Rules posted at stations").unit("项").section(SECTION)
                        .order(240).from(rules, 1),
                Indicators.define("core.stationsWithRules").names("制度上墙的阵地", "Stations with rules posted").unit("个")
                        .section(SECTION).order(241).from(rules, 2),
                Indicators.define("core.stationRulesEach").names("每个阵地平均上墙制度", "Rules posted per station").unit("项")
                        .section(SECTION).order(242).derived(Derived.average("core.stationRules", "core.stationsWithRules")),
                Indicators.define("core.stationZones").names("阵地功能区", "Station zones").unit("个").section(SECTION).order(243)
                        .by(zones).sql(db, ZONES),
                Indicators.define("core.chairsInOffice").names("在任妇联主席、副主席", "Chairs and vice-chairs in office").unit("位")
                        .section(SECTION).order(245).reach(Reach.OWN)
                        .by(Dimension.of("core.chairPosition", "职务", "Position", List.of(
                                new Member(org.wfed.core.dto.Position.CHAIR.name(), "主席", "Chair"),
                                new Member(org.wfed.core.dto.Position.VICE_CHAIR.name(), "副主席", "Vice-chair"))))
                        .sql(db, CHAIRS),
                Indicators.define("core.cadresSent").names("派驻（下沉）干部", "Cadres sent elsewhere").unit("名").section(SECTION)
                        .order(250).by(destinations(db)).reach(Reach.OWN)
                        .computed((scope, period, batch) -> {
                            Values out = new Values();
                            for (SqlPass.Row r : secondments.rows(scope, period, batch)) {
                                out.add(r.unitId(), destination(r.key(1), r.key(2)), r.value(1));
                            }
                            return out;
                        })))
                .flatMap(List::stream).toList();
    }

    /**
     * Counts of the scope's villages and communities from {@link #COMMITTEE_UNITS}: each counts 1 (numerator column 0) or 1
     * when the column {@code numerator} is above zero, but only when every one of them has the column {@code required}
     * above zero (a term entered, a chair seated); otherwise there is no figure, so no share of units that entered nothing
     * is ever stated. The condition is the scope's as a whole: a district with one community missing states none, for
     * any of its streets either.
     */
    private static Indicators.Computation whenAll(SqlPass pass, int required, int numerator) {
        return (scope, period, batch) -> {
            List<SqlPass.Row> rows = pass.rows(scope, period, batch);
            Values out = new Values();
            if (rows.isEmpty() || rows.stream().anyMatch(r -> r.value(required).signum() <= 0)) {
                return out;
            }
            for (SqlPass.Row r : rows) {
                boolean counts = numerator == 0 || r.value(numerator).signum() > 0;
                out.add(r.unitId(), counts ? BigDecimal.ONE : BigDecimal.ZERO);
            }
            return out;
        };
    }

    /** A destination's member code: {@code U<id>} for a unit of the tree, the place's name for one outside it. */
    static String destination(String toUnitId, String toPlace) {
        return toUnitId != null ? "U" + toUnitId : toPlace;
    }

    /** The places cadres were sent to, read on every use: units of the tree by their name, places by theirs. */
    private static Dimension destinations(Database db) {
        return new Dimension() {
            @Override public String id() { return "core.destination"; }
            @Override public String nameZh() { return "派驻去向"; }
            @Override public String nameEn() { return "Destination"; }
            @Override public boolean ofUnits() { return true; }

            @Override
            public List<Member> members() {
                return db.read(c -> Jdbc.list(c, "SELECT DISTINCT s.to_unit_id, s.to_place, u.name FROM core_secondment s"
                        + " LEFT JOIN core_unit u ON u.id = s.to_unit_id", r -> {
                    Long unit = Jdbc.nullableLong(r, "to_unit_id");
                    String name = unit != null ? r.getString(3) : r.getString(2);
                    return new Member(destination(unit == null ? null : String.valueOf(unit), r.getString(2)), name, name);
                })).stream().sorted(java.util.Comparator.comparing(Member::nameZh)).toList();
            }
        };
    }
}
