package org.wfed.core.internal.org;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;

/**
 * The organisation's registers (issue 15): stations (阵地) with their opening and closing dates, kind from
 * {@code core_station_kind}, the 六有 checklist and model grade; teams (队伍) with kind, dates and members from
 * the person registry; registered volunteers (志愿者); pairings (结对) of a carer with children or households,
 * which are counted and never named. Each write is one transaction with its audit entry.
 */
@Component(service = Registers.class, configurationPid = "org.wfed.organisation")
@Designate(ocd = Registers.Config.class)
public final class Registers {

    /** The six items of "六有". */
    public enum SixHave {
        VENUE("有场所"), FACILITIES("有设施"), PLAN("有计划"), RULES("有制度"), ACTIVITIES("有活动"), RESULTS("有效果");
        private final String zh;
        SixHave(String zh) { this.zh = zh; }
        public String zh() { return zh; }
    }

    /** Model grades (示范). */
    public enum Grade {
        NATIONAL("国家级"), PROVINCE("省级"), CITY("市级"), DISTRICT("区级"), STREET("街道级");
        private final String zh;
        Grade(String zh) { this.zh = zh; }
        public String zh() { return zh; }
    }

    /** Kinds of team (队伍). */
    public enum TeamKind {
        VOLUNTEER("巾帼志愿服务队"), CULTURE("文化队伍"), SPORTS("文体队伍"), OTHER("其他队伍");
        private final String zh;
        TeamKind(String zh) { this.zh = zh; }
        public String zh() { return zh; }
    }

    /**
     * Kinds of pairing (结对). Aid's 一对一结对帮扶 of poor families stays in aid (docs/organisation.md), so no
     * kind here counts the same pairing twice.
     */
    public enum PairingKind {
        LOVING_MOTHER("爱心妈妈结对留守困境儿童", "名"), GRID_SISTER("一格一姐联系户", "户"), CONTACT_HOUSEHOLD("执委联系户", "户");
        private final String zh;
        private final String coveredUnit;
        PairingKind(String zh, String coveredUnit) { this.zh = zh; this.coveredUnit = coveredUnit; }
        public String zh() { return zh; }
        public String coveredUnit() { return coveredUnit; }
    }

    /** One item of the 六有 checklist and the day it was met. */
    public record CheckItem(SixHave item, LocalDate metOn) {
    }

    /** A rule a station has posted on its wall (制度上墙) and the day it was posted. */
    public record PostedRule(String name, LocalDate postedOn) {
    }

    /** A zone a station is laid out in (功能区: 学习区, 艺术区…) and the day it was set up. */
    public record Zone(String name, LocalDate openedOn) {
    }

    /** A station as the registers show it. */
    public record StationRecord(long id, long unitId, String kind, String kindName, String name, String address, String keeper,
                                int sixHave, List<CheckItem> items, LocalDate openedOn, LocalDate closedOn, Grade modelGrade,
                                Integer modelYear, String modelBy, String openingHours, List<PostedRule> rules, List<Zone> zones,
                                int version) {
    }

    /**
     * A new or changed station; {@code items} (the 六有 met, with dates) replaces the bare count {@code sixHave};
     * {@code rules} and {@code zones}, when given, replace the station's lists (absent: they stay).
     */
    public record StationInput(String kind, String name, String address, String keeper, Integer sixHave, List<CheckItem> items,
                               LocalDate openedOn, LocalDate closedOn, Grade modelGrade, Integer modelYear, String modelBy,
                               String openingHours, List<PostedRule> rules, List<Zone> zones, Integer version) {
    }

    /** A member of a team, from the person registry. */
    public record TeamMember(long id, long personId, String name, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** A team as the registers show it; {@code members} is the number entered before members were registered. */
    public record TeamRecord(long id, long unitId, TeamKind kind, String name, String leaderName, int members,
                             LocalDate foundedOn, LocalDate dissolvedOn, List<TeamMember> memberList, int version) {
    }

    /** A new or changed team. */
    public record TeamInput(TeamKind kind, String name, String leaderName, Integer members, LocalDate foundedOn,
                            LocalDate dissolvedOn, Integer version) {
    }

    /** A person joining (or having left) a team. */
    public record MemberInput(Long personId, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** A registered volunteer. */
    public record VolunteerRecord(long id, long unitId, long personId, String name, Long teamId, String skills,
                                  LocalDate joinedOn, LocalDate leftOn, int version) {
    }

    /** A new or changed volunteer. */
    public record VolunteerInput(Long personId, Long teamId, String skills, LocalDate joinedOn, LocalDate leftOn, Integer version) {
    }

    /**
     * A pairing: a carer from the registry and how many children or households she looks after; the visits she made
     * (how many, the last) and the day the next one is due ({@code visitDue}: that day has come and the pairing goes on).
     */
    public record PairingRecord(long id, long unitId, PairingKind kind, long personId, String name, int covered,
                                LocalDate startedOn, LocalDate endedOn, int visits, LocalDate lastVisitOn, LocalDate nextVisitOn,
                                boolean visitDue, int version) {
    }

    /** A visit the carer of a pairing made (结对走访): the day and a note, which names no child. */
    public record VisitRecord(long id, long pairingId, LocalDate visitedOn, String note) {
    }

    /** A visit to record. */
    public record VisitInput(LocalDate visitedOn, String note) {
    }

    /** The members of a village's or community's 两委 for a term, entered when the term starts. */
    public record TermRecord(long id, long unitId, int startYear, int members, int women, int version) {
    }

    /** A new or changed term of the 两委. */
    public record TermInput(Integer startYear, Integer members, Integer women, Integer version) {
    }

    /** A new or changed pairing. */
    public record PairingInput(PairingKind kind, Long personId, Integer covered, LocalDate startedOn, LocalDate endedOn,
                               Integer version) {
    }

    private static final String STATION = "SELECT s.*, k.name_zh AS kind_name FROM core_station s"
            + " LEFT JOIN core_station_kind k ON k.code = s.kind";
    private static final String TEAM = "SELECT * FROM core_volunteer_team";
    private static final String VOLUNTEER = "SELECT v.*, p.name FROM core_volunteer v JOIN core_person p ON p.id = v.person_id";
    private static final String PAIRING = "SELECT r.*, p.name,"
            + " (SELECT COUNT(*) FROM core_pairing_visit v WHERE v.pairing_id = r.id) AS visit_count,"
            + " (SELECT MAX(v.visited_on) FROM core_pairing_visit v WHERE v.pairing_id = r.id) AS last_visit"
            + " FROM core_pairing r JOIN core_person p ON p.id = r.person_id";
    private static final String TERM = "SELECT * FROM core_committee_term";

    /** How often a pairing's carer is expected to visit (a pairing page shows the visits due). */
    @ObjectClassDefinition(name = "wfed organisation registers")
    public @interface Config {
        @AttributeDefinition(description = "Days between a pairing's visits before the next one is due (default 30: monthly)")
        int pairingVisitIntervalDays() default DEFAULT_VISIT_INTERVAL_DAYS;
    }

    static final int DEFAULT_VISIT_INTERVAL_DAYS = 30;

    private final Database db;
    private final AuditLog audit;
    private volatile int visitIntervalDays;

    @Activate
    public Registers(Config config, @Reference Database db, @Reference AuditLog audit) {
        this.db = db;
        this.audit = audit;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        int days = config.pairingVisitIntervalDays();
        visitIntervalDays = days > 0 ? days : DEFAULT_VISIT_INTERVAL_DAYS;
    }

    /** Days between visits of a pairing before the next is due. */
    public int visitIntervalDays() {
        return visitIntervalDays;
    }

    // ---------- stations ----------

    public List<StationRecord> stations(long unitId) {
        return db.read(c -> {
            List<StationRecord> out = new java.util.ArrayList<>();
            for (StationRecord s : Jdbc.list(c, STATION + " WHERE s.unit_id = ? ORDER BY s.id", r -> station(c, r), unitId)) {
                out.add(s);
            }
            return out;
        });
    }

    public StationRecord station(long id) {
        return db.read(c -> Jdbc.one(c, STATION + " WHERE s.id = ?", r -> station(c, r), id))
                .orElseThrow(() -> WfedException.notFound("station " + id));
    }

    public StationRecord createStation(Caller caller, long unitId, StationInput in) {
        int six = checkStation(in);
        long id = db.write(c -> {
            long sid = Jdbc.insert(c, "INSERT INTO core_station (unit_id, kind, name, address, keeper, six_have, opened_on, closed_on,"
                            + " model_grade, model_year, model_by, opening_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    unitId, in.kind(), in.name().trim(), in.address(), in.keeper(), six, in.openedOn(), in.closedOn(),
                    in.modelGrade(), in.modelYear(), in.modelBy(), in.openingHours());
            writeItems(c, sid, in.items());
            writeLists(c, sid, in);
            audit.ok(caller, "org.station.create", "station", sid, in.name());
            return sid;
        });
        return station(id);
    }

    public StationRecord updateStation(Caller caller, long id, StationInput in) {
        int checked = checkStation(in);
        new Validation().required("version", in.version()).check();
        db.write(c -> {
            // without items the dated items stay (and their count); a station without them keeps its count unless one is sent
            long dated = in.items() == null ? Jdbc.number(c, "SELECT COUNT(*) FROM core_station_item WHERE station_id = ?", id) : 0;
            int six = in.items() != null ? checked : dated > 0 ? (int) dated : in.sixHave() != null ? checked
                    : (int) Jdbc.number(c, "SELECT COALESCE(MAX(six_have), 0) FROM core_station WHERE id = ?", id);
            Jdbc.updateVersioned(c, "core_station", id, "UPDATE core_station SET kind = ?, name = ?, address = ?, keeper = ?,"
                            + " six_have = ?, opened_on = ?, closed_on = ?, model_grade = ?, model_year = ?, model_by = ?,"
                            + " opening_hours = ?, version = version + 1 WHERE id = ? AND version = ?",
                    in.kind(), in.name().trim(), in.address(), in.keeper(), six, in.openedOn(), in.closedOn(), in.modelGrade(),
                    in.modelYear(), in.modelBy(), in.openingHours(), id, in.version());
            if (in.items() != null) {
                Jdbc.update(c, "DELETE FROM core_station_item WHERE station_id = ?", id);
                writeItems(c, id, in.items());
            }
            writeLists(c, id, in);
            audit.ok(caller, "org.station.update", "station", id, in.name());
            return null;
        });
        return station(id);
    }

    /** Checks a station's fields (messages name the form's field) and answers its 六有 count. */
    private int checkStation(StationInput in) {
        Validation v = new Validation().text("kind", in.kind(), 20, true).text("name", in.name(), 100, true)
                .text("address", in.address(), 200, false).text("keeper", in.keeper(), 50, false)
                .text("modelBy", in.modelBy(), 100, false).text("openingHours", in.openingHours(), 100, false);
        if (in.kind() != null && !in.kind().isBlank() && !kindExists(in.kind())) {
            v.add("kind", "UNKNOWN_KIND", "阵地类型不在阵地类型表中");
        }
        v.rule(in.sixHave() == null || in.sixHave() >= 0 && in.sixHave() <= 6, "sixHave", "RANGE", "“六有”项数应为0到6");
        v.rule(in.closedOn() == null || in.openedOn() == null || !in.closedOn().isBefore(in.openedOn()), "closedOn", "BEFORE_OPENING",
                "撤销日期不能早于建成日期");
        v.notInFuture("openedOn", in.openedOn());
        v.rule(in.modelGrade() == null || in.modelYear() != null, "modelYear", "REQUIRED", "填写示范等级时，命名年份必填");
        v.rule(in.modelYear() == null || in.modelGrade() != null, "modelGrade", "REQUIRED", "填写命名年份时，示范等级必填");
        v.rule(in.modelYear() == null || in.modelYear() >= 1949 && in.modelYear() <= LocalDate.now().getYear(), "modelYear", "RANGE",
                "命名年份应在1949年至今年之间");
        if (in.items() != null) {
            Set<SixHave> seen = new HashSet<>();
            for (CheckItem item : in.items()) {
                if (item == null || item.item() == null) {
                    v.add("items", "REQUIRED", "“六有”每一项须注明项目");
                } else if (!seen.add(item.item())) {
                    v.add("items", "DUPLICATE", "“六有”中" + item.item().zh() + "重复");
                } else if (item.metOn() == null) {
                    v.add("items", "REQUIRED", "“六有”中" + item.item().zh() + "须填写达标日期");
                } else {
                    v.notInFuture("items", item.metOn());
                }
            }
        }
        checkNamed(v, "rules", in.rules() == null ? null : in.rules().stream()
                .map(r -> r == null ? null : new Named(r.name(), r.postedOn())).toList(), "制度", "上墙日期");
        checkNamed(v, "zones", in.zones() == null ? null : in.zones().stream()
                .map(z -> z == null ? null : new Named(z.name(), z.openedOn())).toList(), "功能区", "设立日期");
        v.check();
        return in.items() != null ? in.items().size() : in.sixHave() == null ? 0 : in.sixHave();
    }

    /** A named, dated entry of a station's list (a rule posted, a zone set up). */
    private record Named(String name, LocalDate on) {
    }

    /** A list's entries: each named (at most 50 characters, no brackets: a zone's name is a breakdown's member), once, dated. */
    private static void checkNamed(Validation v, String field, List<Named> list, String what, String dateName) {
        if (list == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Named n : list) {
            String name = n == null ? null : compact(n.name());
            if (name == null) {
                v.add(field, "REQUIRED", what + "须填写名称");
            } else if (name.length() > 50 || name.matches(".*[\\[\\]{}@].*")) {
                v.add(field, "INVALID_NAME", what + "名称不超过50个字，且不含括号[]{}和@");
            } else if (!seen.add(name)) {
                v.add(field, "DUPLICATE", what + "“" + name + "”重复");
            } else if (n.on() == null) {
                v.add(field, "REQUIRED", what + "“" + name + "”须填写" + dateName);
            } else {
                v.notInFuture(field, n.on());
            }
        }
    }

    /** A name as stored: white space removed, null when blank. */
    private static String compact(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", "");
        return t.isEmpty() ? null : t;
    }

    /** Replaces the station's rules and zones where the input gives them. */
    private static void writeLists(Connection c, long stationId, StationInput in) throws SQLException {
        if (in.rules() != null) {
            Jdbc.update(c, "DELETE FROM core_station_rule WHERE station_id = ?", stationId);
            for (PostedRule r : in.rules()) {
                Jdbc.insert(c, "INSERT INTO core_station_rule (station_id, name, posted_on) VALUES (?, ?, ?)", stationId,
                        compact(r.name()), r.postedOn());
            }
        }
        if (in.zones() != null) {
            Jdbc.update(c, "DELETE FROM core_station_zone WHERE station_id = ?", stationId);
            for (Zone z : in.zones()) {
                Jdbc.insert(c, "INSERT INTO core_station_zone (station_id, name, opened_on) VALUES (?, ?, ?)", stationId,
                        compact(z.name()), z.openedOn());
            }
        }
    }

    private boolean kindExists(String code) {
        return db.read(c -> Jdbc.number(c, "SELECT COUNT(*) FROM core_station_kind WHERE code = ?", code)) > 0;
    }

    private static void writeItems(Connection c, long stationId, List<CheckItem> items) throws SQLException {
        if (items != null) {
            for (CheckItem i : items) {
                Jdbc.update(c, "INSERT INTO core_station_item (station_id, item, met_on) VALUES (?, ?, ?)", stationId, i.item(), i.metOn());
            }
        }
    }

    private static StationRecord station(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String grade = rs.getString("model_grade");
        int year = rs.getInt("model_year");
        Integer modelYear = rs.wasNull() ? null : year;
        List<CheckItem> items = Jdbc.list(c, "SELECT item, met_on FROM core_station_item WHERE station_id = ? ORDER BY met_on, item",
                r -> new CheckItem(SixHave.valueOf(r.getString(1)), Jdbc.date(r, "met_on")), id);
        return new StationRecord(id, rs.getLong("unit_id"), rs.getString("kind"), rs.getString("kind_name"), rs.getString("name"),
                rs.getString("address"), rs.getString("keeper"), rs.getInt("six_have"), items, Jdbc.date(rs, "opened_on"),
                Jdbc.date(rs, "closed_on"), grade == null ? null : Grade.valueOf(grade), modelYear, rs.getString("model_by"),
                rs.getString("opening_hours"),
                Jdbc.list(c, "SELECT name, posted_on FROM core_station_rule WHERE station_id = ? ORDER BY id",
                        r -> new PostedRule(r.getString(1), Jdbc.date(r, "posted_on")), id),
                Jdbc.list(c, "SELECT name, opened_on FROM core_station_zone WHERE station_id = ? ORDER BY id",
                        r -> new Zone(r.getString(1), Jdbc.date(r, "opened_on")), id),
                rs.getInt("version"));
    }

    /** The configurable list of station kinds: code, Chinese and English names. */
    public List<List<String>> stationKinds() {
        return db.read(c -> Jdbc.list(c, "SELECT code, name_zh, name_en FROM core_station_kind ORDER BY sort_order, code",
                r -> java.util.Arrays.asList(r.getString(1), r.getString(2), r.getString(3))));
    }

    // ---------- teams ----------

    public List<TeamRecord> teams(long unitId) {
        return db.read(c -> Jdbc.list(c, TEAM + " WHERE unit_id = ? ORDER BY id", r -> team(c, r), unitId));
    }

    public TeamRecord team(long id) {
        return db.read(c -> Jdbc.one(c, TEAM + " WHERE id = ?", r -> team(c, r), id))
                .orElseThrow(() -> WfedException.notFound("team " + id));
    }

    public TeamRecord createTeam(Caller caller, long unitId, TeamInput in) {
        checkTeam(in);
        long id = db.write(c -> {
            long tid = Jdbc.insert(c, "INSERT INTO core_volunteer_team (unit_id, kind, name, leader_name, members, founded_on, dissolved_on)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", unitId, in.kind() == null ? TeamKind.VOLUNTEER : in.kind(), in.name().trim(),
                    in.leaderName(), in.members() == null ? 0 : in.members(), in.foundedOn(), in.dissolvedOn());
            audit.ok(caller, "org.team.create", "team", tid, in.name());
            return tid;
        });
        return team(id);
    }

    public TeamRecord updateTeam(Caller caller, long id, TeamInput in) {
        checkTeam(in);
        new Validation().required("version", in.version()).check();
        db.write(c -> {
            Jdbc.updateVersioned(c, "core_volunteer_team", id, "UPDATE core_volunteer_team SET kind = ?, name = ?, leader_name = ?,"
                            + " members = ?, founded_on = ?, dissolved_on = ?, version = version + 1 WHERE id = ? AND version = ?",
                    in.kind() == null ? TeamKind.VOLUNTEER : in.kind(), in.name().trim(), in.leaderName(),
                    in.members() == null ? 0 : in.members(), in.foundedOn(), in.dissolvedOn(), id, in.version());
            audit.ok(caller, "org.team.update", "team", id, in.name());
            return null;
        });
        return team(id);
    }

    private static void checkTeam(TeamInput in) {
        new Validation().text("name", in.name(), 100, true).text("leaderName", in.leaderName(), 50, false)
                .notNegative("members", in.members() == null ? 0 : in.members()).notInFuture("foundedOn", in.foundedOn())
                .rule(in.dissolvedOn() == null || in.foundedOn() == null || !in.dissolvedOn().isBefore(in.foundedOn()), "dissolvedOn",
                        "BEFORE_FOUNDING", "解散日期不能早于成立日期")
                .check();
    }

    public TeamRecord addMember(Caller caller, long teamId, MemberInput in) {
        new Validation().required("personId", in.personId()).required("joinedOn", in.joinedOn()).notInFuture("joinedOn", in.joinedOn())
                .rule(in.leftOn() == null || in.joinedOn() == null || !in.leftOn().isBefore(in.joinedOn()), "leftOn", "BEFORE_JOINING",
                        "退出日期不能早于加入日期")
                .check();
        db.write(c -> {
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_team_member WHERE team_id = ? AND person_id = ? AND left_on IS NULL",
                    teamId, in.personId()) > 0) {
                throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("personId", "ALREADY_MEMBER", "此人已是该队伍成员")));
            }
            long mid = Jdbc.insert(c, "INSERT INTO core_team_member (team_id, person_id, joined_on, left_on) VALUES (?, ?, ?, ?)",
                    teamId, in.personId(), in.joinedOn(), in.leftOn());
            audit.ok(caller, "org.team.member", "team", teamId, "member " + mid);
            return null;
        });
        return team(teamId);
    }

    private static TeamRecord team(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<TeamMember> members = Jdbc.list(c, "SELECT m.id, m.person_id, p.name, m.joined_on, m.left_on FROM core_team_member m"
                        + " JOIN core_person p ON p.id = m.person_id WHERE m.team_id = ? ORDER BY m.joined_on, m.id",
                r -> new TeamMember(r.getLong(1), r.getLong(2), r.getString(3), Jdbc.date(r, "joined_on"), Jdbc.date(r, "left_on")), id);
        return new TeamRecord(id, rs.getLong("unit_id"), TeamKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("leader_name"), rs.getInt("members"), Jdbc.date(rs, "founded_on"), Jdbc.date(rs, "dissolved_on"), members,
                rs.getInt("version"));
    }

    // ---------- volunteers ----------

    public List<VolunteerRecord> volunteers(long unitId) {
        return db.read(c -> Jdbc.list(c, VOLUNTEER + " WHERE v.unit_id = ? ORDER BY v.joined_on, v.id", Registers::volunteer, unitId));
    }

    public VolunteerRecord volunteer(long id) {
        return db.read(c -> Jdbc.one(c, VOLUNTEER + " WHERE v.id = ?", Registers::volunteer, id))
                .orElseThrow(() -> WfedException.notFound("volunteer " + id));
    }

    public VolunteerRecord createVolunteer(Caller caller, long unitId, VolunteerInput in) {
        checkVolunteer(in);
        long id = db.write(c -> {
            if (Jdbc.number(c, "SELECT COUNT(*) FROM core_volunteer WHERE unit_id = ? AND person_id = ?", unitId, in.personId()) > 0) {
                throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("personId", "ALREADY_REGISTERED",
                        "此人已登记为本单位志愿者")));
            }
            long vid = Jdbc.insert(c, "INSERT INTO core_volunteer (unit_id, person_id, team_id, skills, joined_on, left_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", unitId, in.personId(), in.teamId(), in.skills(), in.joinedOn(), in.leftOn());
            audit.ok(caller, "org.volunteer.create", "volunteer", vid, null);
            return vid;
        });
        return volunteer(id);
    }

    public VolunteerRecord updateVolunteer(Caller caller, long id, VolunteerInput in) {
        checkVolunteer(in);
        new Validation().required("version", in.version()).check();
        db.write(c -> {
            Jdbc.updateVersioned(c, "core_volunteer", id, "UPDATE core_volunteer SET team_id = ?, skills = ?, joined_on = ?, left_on = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?", in.teamId(), in.skills(), in.joinedOn(), in.leftOn(), id,
                    in.version());
            audit.ok(caller, "org.volunteer.update", "volunteer", id, null);
            return null;
        });
        return volunteer(id);
    }

    private static void checkVolunteer(VolunteerInput in) {
        new Validation().required("personId", in.personId()).required("joinedOn", in.joinedOn()).notInFuture("joinedOn", in.joinedOn())
                .text("skills", in.skills(), 200, false)
                .rule(in.leftOn() == null || in.joinedOn() == null || !in.leftOn().isBefore(in.joinedOn()), "leftOn", "BEFORE_JOINING",
                        "退出日期不能早于登记日期")
                .check();
    }

    private static VolunteerRecord volunteer(ResultSet rs) throws SQLException {
        return new VolunteerRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("person_id"), rs.getString("name"),
                Jdbc.nullableLong(rs, "team_id"), rs.getString("skills"), Jdbc.date(rs, "joined_on"), Jdbc.date(rs, "left_on"),
                rs.getInt("version"));
    }

    // ---------- pairings ----------

    public List<PairingRecord> pairings(long unitId) {
        return db.read(c -> Jdbc.list(c, PAIRING + " WHERE r.unit_id = ? ORDER BY r.started_on, r.id", this::pairing, unitId));
    }

    public PairingRecord pairing(long id) {
        return db.read(c -> Jdbc.one(c, PAIRING + " WHERE r.id = ?", this::pairing, id))
                .orElseThrow(() -> WfedException.notFound("pairing " + id));
    }

    public PairingRecord createPairing(Caller caller, long unitId, PairingInput in) {
        checkPairing(in);
        long id = db.write(c -> {
            long pid = Jdbc.insert(c, "INSERT INTO core_pairing (unit_id, kind, person_id, covered, started_on, ended_on) VALUES (?, ?, ?, ?, ?, ?)",
                    unitId, in.kind(), in.personId(), in.covered(), in.startedOn(), in.endedOn());
            audit.ok(caller, "org.pairing.create", "pairing", pid, in.kind().name());
            return pid;
        });
        return pairing(id);
    }

    public PairingRecord updatePairing(Caller caller, long id, PairingInput in) {
        checkPairing(in);
        new Validation().required("version", in.version()).check();
        db.write(c -> {
            Jdbc.updateVersioned(c, "core_pairing", id, "UPDATE core_pairing SET kind = ?, person_id = ?, covered = ?, started_on = ?,"
                            + " ended_on = ?, version = version + 1 WHERE id = ? AND version = ?", in.kind(), in.personId(), in.covered(),
                    in.startedOn(), in.endedOn(), id, in.version());
            audit.ok(caller, "org.pairing.update", "pairing", id, in.kind().name());
            return null;
        });
        return pairing(id);
    }

    private static void checkPairing(PairingInput in) {
        Validation v = new Validation().required("kind", in.kind()).required("personId", in.personId()).required("covered", in.covered())
                .required("startedOn", in.startedOn()).notInFuture("startedOn", in.startedOn())
                .rule(in.endedOn() == null || in.startedOn() == null || !in.endedOn().isBefore(in.startedOn()), "endedOn", "BEFORE_START",
                        "结束日期不能早于结对日期");
        if (in.covered() != null) {
            v.rule(in.covered() > 0, "covered", "NOT_POSITIVE", "结对对象人数（户数）必须大于0");
        }
        v.check();
    }

    private PairingRecord pairing(ResultSet rs) throws SQLException {
        LocalDate started = Jdbc.date(rs, "started_on");
        LocalDate ended = Jdbc.date(rs, "ended_on");
        LocalDate last = Jdbc.date(rs, "last_visit");
        LocalDate today = LocalDate.now();
        boolean goesOn = ended == null || !ended.isBefore(today);
        LocalDate next = goesOn ? (last == null ? started : last).plusDays(visitIntervalDays) : null;
        return new PairingRecord(rs.getLong("id"), rs.getLong("unit_id"), PairingKind.valueOf(rs.getString("kind")), rs.getLong("person_id"),
                rs.getString("name"), rs.getInt("covered"), started, ended, rs.getInt("visit_count"), last, next,
                next != null && !next.isAfter(today), rs.getInt("version"));
    }

    // ---------- visits of a pairing ----------

    public List<VisitRecord> visits(long pairingId) {
        return db.read(c -> Jdbc.list(c, "SELECT * FROM core_pairing_visit WHERE pairing_id = ? ORDER BY visited_on DESC, id DESC",
                r -> new VisitRecord(r.getLong("id"), r.getLong("pairing_id"), Jdbc.date(r, "visited_on"), r.getString("note")), pairingId));
    }

    /** Records a visit on a day of the pairing (not before it started, not after it ended, not in the future). */
    public PairingRecord addVisit(Caller caller, long pairingId, VisitInput in) {
        PairingRecord p = pairing(pairingId);
        new Validation().required("visitedOn", in.visitedOn()).notInFuture("visitedOn", in.visitedOn()).text("note", in.note(), 200, false)
                .rule(in.visitedOn() == null || !in.visitedOn().isBefore(p.startedOn()), "visitedOn", "BEFORE_START", "走访日期不能早于结对日期")
                .rule(in.visitedOn() == null || p.endedOn() == null || !in.visitedOn().isAfter(p.endedOn()), "visitedOn", "AFTER_END",
                        "走访日期不能晚于结对结束日期")
                .check();
        db.write(c -> {
            long vid = Jdbc.insert(c, "INSERT INTO core_pairing_visit (pairing_id, visited_on, note) VALUES (?, ?, ?)", pairingId,
                    in.visitedOn(), in.note() == null || in.note().isBlank() ? null : in.note().trim());
            audit.ok(caller, "org.pairing.visit", "pairing", pairingId, "visit " + vid);
            return null;
        });
        return pairing(pairingId);
    }

    // ---------- the 两委 of a village or community, per term ----------

    public List<TermRecord> terms(long unitId) {
        return db.read(c -> Jdbc.list(c, TERM + " WHERE unit_id = ? ORDER BY start_year DESC", Registers::term, unitId));
    }

    public TermRecord term(long id) {
        return db.read(c -> Jdbc.one(c, TERM + " WHERE id = ?", Registers::term, id))
                .orElseThrow(() -> WfedException.notFound("committee term " + id));
    }

    /** Enters a term's 两委 for a village or community (the kind is checked by the caller, who has the unit). */
    public TermRecord createTerm(Caller caller, long unitId, TermInput in) {
        checkTerm(in);
        long id = db.write(c -> {
            enteredOnce(c, unitId, in.startYear(), 0);
            long tid = Jdbc.insert(c, "INSERT INTO core_committee_term (unit_id, start_year, members, women) VALUES (?, ?, ?, ?)",
                    unitId, in.startYear(), in.members(), in.women());
            audit.ok(caller, "org.committee.create", "committeeTerm", tid, String.valueOf(in.startYear()));
            return tid;
        });
        return term(id);
    }

    public TermRecord updateTerm(Caller caller, long id, TermInput in) {
        checkTerm(in);
        new Validation().required("version", in.version()).check();
        db.write(c -> {
            enteredOnce(c, Jdbc.number(c, "SELECT COALESCE(MAX(unit_id), 0) FROM core_committee_term WHERE id = ?", id), in.startYear(), id);
            Jdbc.updateVersioned(c, "core_committee_term", id, "UPDATE core_committee_term SET start_year = ?, members = ?, women = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?", in.startYear(), in.members(), in.women(), id, in.version());
            audit.ok(caller, "org.committee.update", "committeeTerm", id, String.valueOf(in.startYear()));
            return null;
        });
        return term(id);
    }

    /** A unit's term is entered once (another record of the same start year is refused, naming the field). */
    private static void enteredOnce(Connection c, long unitId, int startYear, long exceptId) throws SQLException {
        if (Jdbc.number(c, "SELECT COUNT(*) FROM core_committee_term WHERE unit_id = ? AND start_year = ? AND id <> ?", unitId, startYear,
                exceptId) > 0) {
            throw WfedException.invalidFields(List.of(new org.wfed.core.FieldError("startYear", "ALREADY_ENTERED", "该届两委已登记，请修改已有记录")));
        }
    }

    private static void checkTerm(TermInput in) {
        Validation v = new Validation().required("startYear", in.startYear()).required("members", in.members()).required("women", in.women());
        v.rule(in.startYear() == null || in.startYear() >= 1949 && in.startYear() <= LocalDate.now().getYear(), "startYear", "RANGE",
                "届期开始年份应在1949年至今年之间");
        v.rule(in.members() == null || in.members() > 0, "members", "NOT_POSITIVE", "两委成员人数必须大于0");
        v.rule(in.women() == null || in.women() >= 0, "women", "NEGATIVE", "女性成员人数不能为负数");
        v.rule(in.women() == null || in.members() == null || in.women() <= in.members(), "women", "MORE_THAN_MEMBERS",
                "女性成员人数不能多于两委成员人数");
        v.check();
    }

    private static TermRecord term(ResultSet rs) throws SQLException {
        return new TermRecord(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("start_year"), rs.getInt("members"), rs.getInt("women"),
                rs.getInt("version"));
    }

    /** The unit a person of the registry belongs to, for the caller's subtree check. */
    public long unitOfPerson(long personId) {
        return db.read(c -> Jdbc.one(c, "SELECT unit_id FROM core_person WHERE id = ?", r -> r.getLong(1), personId))
                .orElseThrow(() -> WfedException.notFound("person " + personId));
    }

    public long unitOf(String table, long id) {
        return db.read(c -> Jdbc.one(c, "SELECT unit_id FROM " + table + " WHERE id = ?", r -> r.getLong(1), id))
                .orElseThrow(() -> WfedException.notFound(table + " " + id));
    }
}
