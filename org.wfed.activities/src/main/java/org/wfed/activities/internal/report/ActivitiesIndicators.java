package org.wfed.activities.internal.report;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.HonourLevel;
import org.wfed.activities.dto.HonourOutcome;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.dto.UnitKind;
import org.wfed.core.extension.Batch;
import org.wfed.core.extension.Dimension;
import org.wfed.core.extension.Indicator;
import org.wfed.core.extension.Indicators;
import org.wfed.core.extension.Measure;
import org.wfed.core.extension.Member;
import org.wfed.core.extension.Reach;
import org.wfed.core.extension.SqlPass;
import org.wfed.core.extension.Values;

/**
 * Registers the module's figures (指标) as {@link Indicator} services: families nominated and commended (by level
 * and by the unit the family comes from), honoured people and collectives, activities (场次) and participants
 * (人次) broken down by activity type (活动类型, the types configured as data: one added at runtime has its figures
 * at once) and by station (阵地, core's register: a station opened today is a member at once), trainings (批次) and trainees (人次), publicity (the unit's own account by default), volunteer services,
 * volunteers and hours (exact to the tenth), named quantities handed out (物资, by material), and the register beyond
 * the tree (recommendations to and titles from a level above the top unit, by title; the recording unit's own account).
 * The units that held activities count each unit once per type (a figure summed up the tree, never per activity).
 * Contest figures break down by contest type, so a draft names only the types held. The activity figures share one pass over the period's activities,
 * grouped by unit and type, and the volunteer figures one over the services.
 */
@Component(immediate = true)
public final class ActivitiesIndicators {
    static final String FAMILY = "family";
    static final String OUTREACH = "outreach";
    static final String EMPLOYMENT = "employment";

    /** First-time nominees (not recommended from below) by the unit they come from, contest type and kind. */
    private static final String NOMINEES_FIRST = "SELECT n.origin_unit_id, k.type_id, n.kind, COUNT(*) FROM act_nominee n "
            + "JOIN act_contest k ON k.id = n.contest_id WHERE {units:n.origin_unit_id} AND k.contest_year BETWEEN {fromYear} "
            + "AND {toYear} AND n.source_nominee_id IS NULL GROUP BY n.origin_unit_id, k.type_id, n.kind";
    private static final String COMMENDED_FIRST = "SELECT n.origin_unit_id, k.type_id, n.kind, COUNT(*) FROM act_nominee n "
            + "JOIN act_contest k ON k.id = n.contest_id WHERE {units:n.origin_unit_id} AND k.commended_on BETWEEN {from} "
            + "AND {to} AND n.status = 'COMMENDED' AND n.source_nominee_id IS NULL GROUP BY n.origin_unit_id, k.type_id, n.kind";
    private static final String CONTEST_TYPE_CODES = "SELECT id, code FROM act_contest_type";
    /** The period's register beyond the tree by recording unit, title, kind and outcome. */
    private static final String ABOVE = "SELECT h.unit_id, h.title, h.kind, h.outcome, COUNT(*) FROM act_honour_above h "
            + "WHERE {units:h.unit_id} AND h.dated BETWEEN {from} AND {to} GROUP BY h.unit_id, h.title, h.kind, h.outcome";
    /** The period's named quantities by unit and material. */
    private static final String MATERIALS = "SELECT q.unit_id, q.material_code, SUM(CAST(q.quantity AS BIGINT)) "
            + "FROM act_activity_quantity q WHERE {units:q.unit_id} AND q.held_on BETWEEN {from} AND {to} "
            + "GROUP BY q.unit_id, q.material_code";
    private static final String COMMENDED_AT = "SELECT n.origin_unit_id, COUNT(*) FROM act_nominee n JOIN act_contest k "
            + "ON k.id = n.contest_id WHERE {units:n.origin_unit_id} AND k.commended_on BETWEEN {from} AND {to} "
            + "AND n.status = 'COMMENDED' AND n.kind = 'FAMILY' AND n.honour_level = ? GROUP BY n.origin_unit_id";
    private static final String EXTERNAL_AT = "SELECT n.origin_unit_id, COUNT(*) FROM act_external_honour h JOIN act_nominee n "
            + "ON n.id = h.nominee_id WHERE {units:n.origin_unit_id} AND h.awarded_on BETWEEN {from} AND {to} "
            + "AND n.kind = 'FAMILY' AND h.honour_level = ? GROUP BY n.origin_unit_id";
    /** The period's activities by unit and type: their count and the sums of what they record. */
    private static final String ACTIVITIES = "SELECT a.unit_id, a.type_code, COUNT(*), SUM(CAST(a.participants AS BIGINT)), "
            + "SUM(CAST(a.media_reports AS BIGINT)), SUM(CAST(a.wechat_posts AS BIGINT)), SUM(CAST(a.original_posts AS BIGINT)), "
            + "SUM(CAST(a.batches AS BIGINT)), SUM(CAST(a.trainees AS BIGINT)), SUM(CAST(a.volunteers AS BIGINT)) "
            + "FROM act_activity a WHERE {units:a.unit_id} AND a.held_on BETWEEN {from} AND {to} GROUP BY a.unit_id, a.type_code";
    /** The period's activities held at a station (阵地) by unit and station: their count and participants. */
    private static final String BY_STATION = "SELECT a.unit_id, a.station_id, COUNT(*), SUM(CAST(a.participants AS BIGINT)) "
            + "FROM act_activity a WHERE {units:a.unit_id} AND a.held_on BETWEEN {from} AND {to} AND a.station_id IS NOT NULL "
            + "GROUP BY a.unit_id, a.station_id";
    private static final String VOLUNTEER = "SELECT v.unit_id, COUNT(*), SUM(CAST(v.volunteers AS BIGINT)), SUM(v.service_hours), "
            + "SUM(CAST(v.beneficiaries AS BIGINT)), SUM(CAST(v.people_served AS BIGINT)) "
            + "FROM act_volunteer_service v WHERE {units:v.unit_id} AND v.served_on BETWEEN {from} AND {to} GROUP BY v.unit_id";
    /** The units below it each unit's meetings deployed work to, by the addressed units' kind, each unit once. */
    private static final String ADDRESSED = "SELECT p.unit_id, p.party_kind, COUNT(DISTINCT p.party_unit_id) FROM act_activity_party p "
            + "WHERE {units:p.unit_id} AND p.held_on BETWEEN {from} AND {to} AND p.role = 'ADDRESSED' GROUP BY p.unit_id, p.party_kind";
    /** Organisations outside the tree the unit's activities named (each name once per unit), and their provinces/cities. */
    private static final String PARTIES = "SELECT p.unit_id, p.role, COUNT(DISTINCT p.name), COUNT(DISTINCT p.region) "
            + "FROM act_activity_party p WHERE {units:p.unit_id} AND p.held_on BETWEEN {from} AND {to} "
            + "AND p.role IN ('PARTNER', 'SERVED') GROUP BY p.unit_id, p.role";
    /** The projects each unit ran in the period (first year by its end, not ended before its start) and their first year. */
    private static final String PROJECTS = "SELECT p.unit_id, p.id, MIN(p.first_year) FROM act_project p WHERE {units:p.unit_id} "
            + "AND p.first_year <= {toYear} AND (p.last_year IS NULL OR p.last_year >= {fromYear}) GROUP BY p.unit_id, p.id";
    /** Value columns of the activity pass. */
    private static final int EVENTS = 1;
    private static final int PARTICIPANTS = 2;
    private static final int MEDIA_REPORTS = 3;
    private static final int WECHAT_POSTS = 4;
    private static final int ORIGINAL_POSTS = 5;
    private static final int BATCHES = 6;
    private static final int TRAINEES = 7;
    private static final int VOLUNTEERS = 8;

    private final Indicators.Registration registrations;

    @Activate
    public ActivitiesIndicators(BundleContext context, @Reference ActivitiesSchema schema) {
        registrations = Indicators.register(context, indicators(schema.db()));
    }

    @Deactivate
    void deactivate() {
        registrations.unregister();
    }

    static List<Indicator> indicators(Database db) {
        Dimension types = Dimension.fromTable(db, "activities.type", "活动类型", "Activity type",
                "SELECT code, name, code FROM act_activity_type ORDER BY sort_order, code");
        SqlPass activities = SqlPass.byMember(db, ACTIVITIES);
        SqlPass volunteer = SqlPass.perUnit(db, VOLUNTEER);
        Dimension stations = Dimension.stations(db, "activities.station");
        SqlPass byStation = SqlPass.byMember(db, BY_STATION);
        Dimension contestTypes = Dimension.fromTable(db, "activities.contestType", "评选类型", "Contest type",
                "SELECT code, name, code FROM act_contest_type ORDER BY sort_order, code");
        SqlPass nominated = SqlPass.byKeys(db, 2, NOMINEES_FIRST).keyedBy(1, CONTEST_TYPE_CODES);
        SqlPass commended = SqlPass.byKeys(db, 2, COMMENDED_FIRST).keyedBy(1, CONTEST_TYPE_CODES);
        Dimension titles = Dimension.fromTable(db, "activities.titleAbove", "上级荣誉称号", "Title from above",
                "SELECT DISTINCT title, title, title FROM act_honour_above ORDER BY title");
        SqlPass above = SqlPass.byKeys(db, 3, ABOVE);
        Dimension materials = Dimension.fromTable(db, "activities.material", "物资", "Material",
                "SELECT code, name, code, unit_zh FROM act_material WHERE publicity = FALSE ORDER BY sort_order, code");
        Dimension publicityItems = Dimension.fromTable(db, "activities.publicityItem", "宣传报送", "Publicity output",
                "SELECT code, name, code, unit_zh FROM act_material WHERE publicity = TRUE ORDER BY sort_order, code");
        SqlPass quantities = SqlPass.byMember(db, MATERIALS);
        List<Member> kinds = new java.util.ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            kinds.add(new Member(k.name(), k.labelZh(), k.labelEn()));
        }
        Dimension addressedKinds = Dimension.of("activities.addressedKind", "部署对象", "Units addressed", kinds);
        SqlPass parties = SqlPass.byMember(db, PARTIES);
        SqlPass projects = SqlPass.byMember(db, PROJECTS);
        Dimension projectNames = new Dimension() {
            @Override public String id() { return "activities.project"; }
            @Override public String nameZh() { return "服务项目"; }
            @Override public String nameEn() { return "Service project"; }
            // records of units: named in a table of the reader's own subtree only
            @Override public boolean ofUnits() { return true; }

            @Override
            public List<Member> members() {
                return db.read(c -> Jdbc.list(c, "SELECT id, name FROM act_project ORDER BY id",
                        rs -> new Member(String.valueOf(rs.getLong(1)), rs.getString(2), rs.getString(2), "年")));
            }
        };
        return List.of(
                family("activities.familiesNominated", "参评家庭", "Families nominated", "户", 10).by(contestTypes)
                        .from(nominated, 1, kind("FAMILY")),
                family("activities.familiesCommended", "获表彰家庭", "Families commended", "户", 20).by(contestTypes)
                        .from(commended, 1, kind("FAMILY")),
                family("activities.familiesCommended.street", "获街道（乡镇）级表彰家庭", "Families commended at street level", "户", 21)
                        .sql(db, COMMENDED_AT, HonourLevel.STREET),
                family("activities.familiesCommended.district", "获区（县）级表彰家庭", "Families commended at district level", "户", 22)
                        .sql(db, COMMENDED_AT, HonourLevel.DISTRICT),
                family("activities.familiesCommended.city", "获市级表彰家庭", "Families commended at city level", "户", 23)
                        .sql(db, EXTERNAL_AT, HonourLevel.CITY),
                family("activities.familiesCommended.province", "获省级表彰家庭", "Families commended at province level", "户", 24)
                        .sql(db, EXTERNAL_AT, HonourLevel.PROVINCE),
                family("activities.peopleCommended", "获表彰先进个人", "People commended", "人", 30).by(contestTypes)
                        .from(commended, 1, kind("PERSON")),
                family("activities.unitsCommended", "获表彰先进集体", "Collectives commended", "个", 31).by(contestTypes)
                        .from(commended, 1, kind("UNIT")),
                family("activities.familiesRecommendedAbove", "向上级推荐家庭", "Families recommended above", "户", 40)
                        .by(titles).reach(Reach.OWN).from(above, 1, above("FAMILY", HonourOutcome.RECOMMENDED)),
                family("activities.familiesHonouredAbove", "获上级表彰家庭", "Families honoured from above", "户", 41)
                        .by(titles).reach(Reach.OWN).from(above, 1, above("FAMILY", HonourOutcome.AWARDED)),
                family("activities.peopleHonouredAbove", "获上级表彰先进个人", "People honoured from above", "人", 42)
                        .by(titles).reach(Reach.OWN).from(above, 1, above("PERSON", HonourOutcome.AWARDED)),
                family("activities.unitsHonouredAbove", "获上级表彰先进集体", "Collectives honoured from above", "个", 43)
                        .by(titles).reach(Reach.OWN).from(above, 1, above("UNIT", HonourOutcome.AWARDED)),
                outreach("activities.activities", "开展活动", "Activities held", "场次", 10).by(types).from(activities, EVENTS),
                outreach("activities.participants", "活动参与", "Participants", "人次", 11).by(types).from(activities, PARTICIPANTS),
                outreach("activities.unitsHolding", "开展活动的单位", "Units holding activities", "个", 13).measure(Measure.COUNT)
                        .by(types).computed((scope, period, batch) -> unitsHolding(activities.rows(scope, period, batch))),
                outreach("activities.activityVolunteers", "活动志愿者", "Volunteers at activities", "人次", 12).by(types)
                        .from(activities, VOLUNTEERS),
                outreach("activities.byStation", "阵地活动场次", "Activities per station", "场次", 13).by(stations)
                        .from(byStation, 1),
                outreach("activities.participantsByStation", "阵地活动参与", "Participants per station", "人次", 14)
                        .by(stations).from(byStation, 2),
                outreach("activities.trainings", "开展培训", "Training batches", "批次", 20).by(types)
                        .computed((scope, period, batch) -> activities.values(scope, period, batch, BATCHES,
                                row -> trainingTypes(db, batch).contains(row.member()), true, Measure.EVENTS)),
                outreach("activities.trainees", "培训人次", "Trainees", "人次", 21).by(types)
                        .computed((scope, period, batch) -> activities.values(scope, period, batch, TRAINEES,
                                row -> trainingTypes(db, batch).contains(row.member()), true, Measure.PERSON_TIMES)),
                outreach("activities.materials", "发放宣传品和物资", "Materials handed out", "件", 25).measure(Measure.QUANTITY)
                        .by(materials).computed((scope, period, batch) -> quantities.values(scope, period, batch, 1,
                                row -> !publicityCodes(db, batch).contains(row.member()), true, Measure.QUANTITY)),
                outreach("activities.publicityItems", "信息报送和典型宣传", "Reports and models promoted", "条", 33)
                        .measure(Measure.QUANTITY).by(publicityItems).reach(Reach.OWN)
                        .computed((scope, period, batch) -> quantities.values(scope, period, batch, 1,
                                row -> publicityCodes(db, batch).contains(row.member()), true, Measure.QUANTITY)),
                outreach("activities.unitsAddressed", "专题部署的下级单位", "Units a meeting deployed work to", "个", 26)
                        .measure(Measure.COUNT).by(addressedKinds).reach(Reach.OWN).sql(db, ADDRESSED),
                outreach("activities.partnerOrgs", "合作组织", "Partner organisations", "家", 27).measure(Measure.COUNT)
                        .from(parties, 1, row -> "PARTNER".equals(row.member())),
                outreach("activities.partnerRegions", "合作组织所在省市", "Provinces and cities of the partners", "个", 28)
                        .measure(Measure.COUNT).from(parties, 2, row -> "PARTNER".equals(row.member())),
                outreach("activities.orgsServed", "服务的企业和单位", "Organisations outside the tree served", "家", 29)
                        .measure(Measure.COUNT).from(parties, 1, row -> "SERVED".equals(row.member())),
                outreach("activities.projects", "服务项目", "Service projects", "个", 34).measure(Measure.COUNT)
                        .computed((scope, period, batch) -> projectCount(projects.rows(scope, period, batch))),
                outreach("activities.projectYears", "项目已连续开展年数", "Years a project has run", "年", 35).measure(Measure.COUNT)
                        .by(projectNames).computed((scope, period, batch) -> projectYears(projects.rows(scope, period, batch),
                                period.to().getYear())),
                outreach("activities.mediaReports", "媒体报道", "Media reports", "次", 30).reach(Reach.OWN).from(activities, MEDIA_REPORTS),
                outreach("activities.wechatPosts", "微信推文", "WeChat posts", "篇", 31).reach(Reach.OWN).from(activities, WECHAT_POSTS),
                outreach("activities.originalPosts", "原创推文", "Original posts", "篇", 32).reach(Reach.OWN).from(activities, ORIGINAL_POSTS),
                volunteers("activities.volunteerServices", "志愿服务活动", "Volunteer services", "次", 50).from(volunteer, 1),
                volunteers("activities.volunteersServed", "参与志愿服务", "Volunteers served", "人次", 51).from(volunteer, 2),
                volunteers("activities.volunteerHours", "志愿服务时长", "Volunteer hours", "小时", 52).from(volunteer, 3),
                volunteers("activities.volunteerBeneficiaries", "志愿服务对象", "People served by volunteers", "人次", 53)
                        .from(volunteer, 4),
                volunteers("activities.volunteerPeopleServed", "志愿服务对象人数", "People served by volunteers, each once", "人", 54)
                        .measure(Measure.PEOPLE).from(volunteer, 5));
    }

    /**
     * Each unit that held an activity counts once, per type and in its total: summed up the tree, the units that held
     * one (暮云、xx街道10个村开展…帮困行活动).
     */
    static Values unitsHolding(List<SqlPass.Row> rows) {
        Values out = new Values();
        for (SqlPass.Row r : rows) {
            BigDecimal events = r.value(EVENTS);
            if (events != null && events.signum() > 0 && r.member() != null) {
                out.add(r.unitId(), r.member(), BigDecimal.ONE);
                out.setTotal(r.unitId(), BigDecimal.ONE);
            }
        }
        return out;
    }

    /** Each project the unit ran in the period counts once. */
    static Values projectCount(List<SqlPass.Row> rows) {
        Values out = new Values();
        for (SqlPass.Row r : rows) {
            out.add(r.unitId(), BigDecimal.ONE);
        }
        return out;
    }

    /**
     * How many years each project has run by the end of the period (该项目已连续开展三年: report year − first year + 1),
     * for projects in their second year or later; a unit's total is its longest-running project's (years do not add up).
     */
    static Values projectYears(List<SqlPass.Row> rows, int year) {
        Values out = new Values();
        java.util.Map<Long, BigDecimal> longest = new java.util.HashMap<>();
        for (SqlPass.Row r : rows) {
            BigDecimal years = BigDecimal.valueOf(year + 1L - r.value(1).longValue());
            if (years.compareTo(BigDecimal.ONE) > 0 && r.member() != null) {
                out.add(r.unitId(), r.member(), years);
                longest.merge(r.unitId(), years, BigDecimal::max);
            }
        }
        longest.forEach(out::setTotal);
        return out;
    }

    /** The rows of a contest pass (keys: type, kind) of one nominee kind. */
    private static Predicate<SqlPass.Row> kind(String kind) {
        return row -> kind.equals(row.key(2));
    }

    /** The rows of the register beyond the tree (keys: title, kind, outcome) of one kind and outcome. */
    private static Predicate<SqlPass.Row> above(String kind, HonourOutcome outcome) {
        return row -> kind.equals(row.key(2)) && outcome.name().equals(row.key(3));
    }

    /** The activity types marked as training now ({@code act_activity_type.training}), read once per report. */
    private static Set<String> trainingTypes(Database db, Batch batch) {
        return batch.shared("activities.trainingTypes", () -> new HashSet<>(db.read(c ->
                Jdbc.list(c, "SELECT code FROM act_activity_type WHERE training = TRUE", rs -> rs.getString(1)))));
    }

    /** The materials marked as publicity outputs now ({@code act_material.publicity}: 报送信息, 推出先进典型), read once per report. */
    private static Set<String> publicityCodes(Database db, Batch batch) {
        return batch.shared("activities.publicityCodes", () -> new HashSet<>(db.read(c ->
                Jdbc.list(c, "SELECT code FROM act_material WHERE publicity = TRUE", rs -> rs.getString(1)))));
    }

    private static Indicators.Builder family(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(FAMILY).order(order);
    }

    private static Indicators.Builder outreach(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(OUTREACH).order(order);
    }

    private static Indicators.Builder volunteers(String id, String nameZh, String nameEn, String unitZh, int order) {
        return Indicators.define(id).names(nameZh, nameEn).unit(unitZh).section(EMPLOYMENT).order(order);
    }
}
