package org.wfed.core.internal.org;

import java.util.Arrays;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.extension.Derived;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Member;
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
        return List.of(
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
                        .derived(Derived.percent("core.committeeWomen", "core.committeeMembers")));
    }
}
