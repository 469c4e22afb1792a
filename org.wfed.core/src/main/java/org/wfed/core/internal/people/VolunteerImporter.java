package org.wfed.core.internal.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Jdbc;
import org.wfed.core.Masks;
import org.wfed.core.Sensitive;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;
import org.wfed.core.imports.ImportBatch;
import org.wfed.core.imports.ImportEntry;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportRow;
import org.wfed.core.imports.Importer;
import org.wfed.core.imports.RowUpdate;

/**
 * A list of volunteers (巾帼志愿者名单, issue 15) uploaded into one unit through core's import path, for the register of
 * {@code core_volunteer} (docs/organisation.md). People are matched by ID
 * number as the people import does: a new number registers her as a person of the unit; a known one must be of the
 * caller's subtree and carry the registered name. A person not yet a volunteer of the unit is registered as one; one
 * already registered has only the joining date, skills and team the file gives changed. The team is named: one of the
 * unit's teams, of which the volunteer becomes a member (core_team_member) unless she is one, so the list of a team's
 * volunteers is also the import of its members.
 */
final class VolunteerImporter implements Importer<VolunteerImporter.Entry> {

    /** One row of the list. */
    record Entry(String name, String idNumber, String phone, LocalDate joinedOn, String skills, String team) {
    }

    static final ImportLayout LAYOUT = ImportLayout.named("巾帼志愿者名单")
            .text("name", "姓名", 50).required().synonyms("姓 名", "志愿者姓名")
            .idNumber("idNumber", "身份证号").required().unique()
            .phone("phone", "联系电话").sensitive(Sensitive.Kind.PHONE).synonyms("电话", "手机", "手机号码", "联系方式")
            .date("joinedOn", "登记日期").required().notAfterToday().synonyms("注册日期", "加入日期", "入队日期")
            .text("skills", "特长", 200).synonyms("专长", "服务特长", "志愿服务特长")
            .text("team", "所在队伍", 100).synonyms("队伍", "服务队", "所属队伍")
            .note("已在人员库登记的人按身份证号码匹配，姓名须与登记的一致；新的身份证号码登记为本单位人员。")
            .note("所在队伍填本单位已有队伍的名称；已登记的志愿者只修改文件中填写的登记日期、特长和队伍。")
            .example("李秀兰", "11010519491231002X", "13800138000", "2024-03-08", "心理咨询", "巾帼志愿服务队")
            .build();

    private final long unitId;
    private final PersonServiceImpl persons;
    private final AccessControl access;

    VolunteerImporter(long unitId, PersonServiceImpl persons, AccessControl access) {
        this.unitId = unitId;
        this.persons = persons;
        this.access = access;
    }

    @Override
    public ImportLayout layout() {
        return LAYOUT;
    }

    @Override
    public String target() {
        return "volunteers/unit/" + unitId;
    }

    @Override
    public String auditAction() {
        return "org.volunteer.import";
    }

    @Override
    public String recordType() {
        return "volunteer";
    }

    @Override
    public Entry entry(ImportRow r) {
        return new Entry(r.text("name"), r.text("idNumber"), r.text("phone"), r.date("joinedOn"), r.text("skills"), r.text("team"));
    }

    /** A volunteer of the unit already registered: what the import may change. */
    private record Current(long id, LocalDate joinedOn, String skills, String team) {
    }

    @Override
    public void apply(ImportBatch<Entry> batch) throws SQLException {
        Connection c = batch.connection();
        Caller caller = batch.caller();
        List<ImportEntry<Entry>> entries = batch.entries();
        Map<String, Long> teams = new HashMap<>();
        Jdbc.list(c, "SELECT id, name FROM core_volunteer_team WHERE unit_id = ? AND dissolved_on IS NULL ORDER BY id",
                rs -> teams.putIfAbsent(rs.getString(2), rs.getLong(1)), unitId);
        Map<String, Long> known = entries.isEmpty() ? Map.of()
                : persons.findByIdNumbers(c, entries.stream().map(e -> e.value().idNumber()).toList());
        Map<Long, PersonFacts> facts = known.isEmpty() ? Map.of() : persons.facts(known.values());
        Map<Long, Current> registered = new HashMap<>();
        Jdbc.list(c, "SELECT v.id, v.person_id, v.joined_on, v.skills, t.name FROM core_volunteer v"
                + " LEFT JOIN core_volunteer_team t ON t.id = v.team_id WHERE v.unit_id = ?", rs -> registered.put(rs.getLong(2),
                new Current(rs.getLong(1), Jdbc.date(rs, "joined_on"), rs.getString(4), rs.getString(5))), unitId);
        List<Entry> freshPeople = new ArrayList<>();
        List<Object[]> newVolunteers = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (ImportEntry<Entry> e : entries) {
            Entry x = e.value();
            if (x.team() != null && !teams.containsKey(x.team())) {
                batch.error(e, "team", "本单位没有名为「" + x.team() + "」的队伍，请先在组织架构中新增该队伍");
                continue;
            }
            Long team = x.team() == null ? null : teams.get(x.team());
            Long id = known.get(x.idNumber());
            if (id == null) {
                batch.created(e);
                freshPeople.add(x);
                continue;
            }
            if (!PersonImporter.sameWoman(batch, e, facts.get(id), x.name(), access)) {
                continue;
            }
            Current now = registered.get(id);
            if (now == null) {
                batch.created(e);
                newVolunteers.add(new Object[] {unitId, id, team, x.skills(), x.joinedOn()});
                members.add(new Object[] {team, id, x.joinedOn()});
                continue;
            }
            RowUpdate u = batch.update(e, now.id(), x.name() + " " + Masks.mask(Sensitive.Kind.ID_NUMBER, x.idNumber()));
            String teamName = u.merge("team", now.team());
            Object[] row = {teamName == null ? null : teams.get(teamName), u.merge("skills", now.skills()),
                    u.merge("joinedOn", now.joinedOn()), now.id()};
            if (u.changed()) {
                updates.add(row);
                members.add(new Object[] {row[0], id, row[2]});
            }
        }
        if (!batch.writing()) {
            return;
        }
        if (!freshPeople.isEmpty()) {
            List<Long> ids = persons.createAll(c, caller, freshPeople.stream().map(x -> new PersonInput(unitId, x.name(), x.idNumber(),
                    null, null, x.phone(), null, null, null, null, null, null)).toList());
            for (int i = 0; i < ids.size(); i++) {
                Entry x = freshPeople.get(i);
                Long team = x.team() == null ? null : teams.get(x.team());
                newVolunteers.add(new Object[] {unitId, ids.get(i), team, x.skills(), x.joinedOn()});
                members.add(new Object[] {team, ids.get(i), x.joinedOn()});
            }
        }
        for (Object[] row : newVolunteers) {
            Jdbc.update(c, "INSERT INTO core_volunteer (unit_id, person_id, team_id, skills, joined_on) VALUES (?, ?, ?, ?, ?)", row);
        }
        for (Object[] row : updates) {
            Jdbc.update(c, "UPDATE core_volunteer SET team_id = ?, skills = ?, joined_on = ?, version = version + 1 WHERE id = ?", row);
        }
        // a volunteer of a team is its member from the day she registered, unless she is one already
        for (Object[] m : members) {
            if (m[0] != null && Jdbc.number(c, "SELECT COUNT(*) FROM core_team_member WHERE team_id = ? AND person_id = ? AND left_on IS NULL",
                    m[0], m[1]) == 0) {
                Jdbc.update(c, "INSERT INTO core_team_member (team_id, person_id, joined_on) VALUES (?, ?, ?)", m);
            }
        }
    }
}
