package org.wfed.rights.internal.families;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Page;
import org.wfed.core.Period;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.rights.RightsPermissions;
import org.wfed.rights.dto.Colour;
import org.wfed.rights.dto.ColourChange;
import org.wfed.rights.dto.ColourInput;
import org.wfed.rights.dto.Family;
import org.wfed.rights.dto.FamilyCloseInput;
import org.wfed.rights.dto.FamilyInput;
import org.wfed.rights.dto.FamilyVisit;
import org.wfed.rights.dto.Member;
import org.wfed.rights.dto.MemberInput;
import org.wfed.rights.dto.VisitInput;
import org.wfed.rights.internal.Privacy;
import org.wfed.rights.internal.Records;
import org.wfed.rights.internal.RightsSchema;
import org.wfed.rights.internal.Units;

/**
 * Families at risk on file (三色家庭 / 家庭暴力潜在威胁档案): a household with its members, colour and why, the person
 * responsible, visits and colour history. The board lists a subtree's open files, overdue visits first.
 */
@Component(service = FamilyService.class)
public final class FamilyService {
    private static final String COLUMNS = "id, unit_id, household, address, colour, reason, responsible, opened_on, closed_on, "
            + "last_visit_on, version";

    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PersonService people;
    private final Records records;

    @Activate
    public FamilyService(@Reference RightsSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                         @Reference AuditLog audit, @Reference PersonService people, @Reference Records records) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.people = people;
        this.records = records;
    }

    public Family create(Caller caller, FamilyInput in) {
        access.check(caller, RightsPermissions.MANAGE, in.unitId());
        return db.write(c -> {
            long id = insert(c, caller, in);
            audit.ok(c, caller, "rights.family.create", "rightsFamily", id, in.openedOn() + " " + in.colour());
            return read(c, id, false);
        });
    }

    /** The rules of a new file that need the database: the unit existed, the colour is one of the scheme, people in reach. */
    public void checkFile(Connection c, Caller caller, FamilyInput in) throws SQLException {
        Validation v = new Validation().unitExisted("openedOn", orgs.get(in.unitId()), in.openedOn());
        if (!Colours.byCode(c).containsKey(in.colour())) {
            v.add("colour", "UNKNOWN_COLOUR", "没有这种颜色：" + in.colour());
        }
        for (int i = 0; i < in.members().size(); i++) {
            Long person = in.members().get(i).personId();
            if (person != null && !records.reaches(caller, person)) {
                v.add("members[" + i + "].personId", "PERSON_NOT_FOUND", "人员库中没有该人员，或不在本单位管辖范围内");
            }
        }
        v.check();
    }

    /** Puts a household on file in the caller's transaction, its first colour in the history (demo data too). */
    public long insert(Connection c, Caller caller, FamilyInput in) throws SQLException {
        checkFile(c, caller, in);
        long id = Jdbc.insert(c, "INSERT INTO rights_family (unit_id, household, address, colour, reason, responsible, opened_on, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", in.unitId(), in.household().trim(), trim(in.address()),
                in.colour(), in.reason().trim(), in.responsible().trim(), in.openedOn(), Instant.now());
        for (MemberInput m : in.members()) {
            String name = m.name() != null && !m.name().isBlank() ? m.name().trim() : people.facts(m.personId()).name();
            Jdbc.insert(c, "INSERT INTO rights_family_member (family_id, person_id, name, relation) VALUES (?, ?, ?, ?)", id,
                    m.personId(), name, trim(m.relation()));
        }
        Jdbc.insert(c, "INSERT INTO rights_family_colour (family_id, changed_on, from_colour, to_colour, reason, changed_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, in.openedOn(), null, in.colour(), in.reason().trim(), caller.displayName());
        return id;
    }

    public Family visit(Caller caller, long id, VisitInput in) {
        Validation.body(in);
        return db.write(c -> {
            Family old = read(c, id, true);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            insertVisit(c, old, in);
            audit.ok(c, caller, "rights.family.visit", "rightsFamily", id, in.visitedOn().toString());
            return read(c, id, false);
        });
    }

    /** Records a visit to an open file, not before it was opened (demo data too). */
    public void insertVisit(Connection c, Family old, VisitInput in) throws SQLException {
        open(old);
        if (in.visitedOn().isBefore(old.openedOn())) {
            throw WfedException.invalidFields(List.of(new FieldError("visitedOn", "BEFORE_OPENED",
                    "走访日期不能早于建档日期（" + old.openedOn() + "）")));
        }
        Jdbc.insert(c, "INSERT INTO rights_family_visit (family_id, unit_id, visited_on, visitor, note, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", old.id(), old.unitId(), in.visitedOn(), in.visitor().trim(), trim(in.note()),
                Instant.now());
        Jdbc.update(c, "UPDATE rights_family SET last_visit_on = ? WHERE id = ? AND (last_visit_on IS NULL OR last_visit_on < ?)",
                in.visitedOn(), old.id(), in.visitedOn());
    }

    /** A new colour from a day not before the last change; the history keeps the old one. */
    public Family changeColour(Caller caller, long id, ColourInput in) {
        Validation.body(in);
        return db.write(c -> {
            Family old = read(c, id, true);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            open(old);
            Validation v = new Validation();
            if (!Colours.byCode(c).containsKey(in.colour())) {
                v.add("colour", "UNKNOWN_COLOUR", "没有这种颜色：" + in.colour());
            } else if (in.colour().equals(old.colour())) {
                v.add("colour", "SAME_COLOUR", "该家庭已是这种颜色");
            }
            LocalDate last = old.history().get(old.history().size() - 1).changedOn();
            if (in.changedOn().isBefore(last)) {
                v.add("changedOn", "BEFORE_LAST_CHANGE", "调整日期不能早于上次调整（" + last + "）");
            }
            v.check();
            Jdbc.updateVersioned(c, "rights_family", id, "UPDATE rights_family SET colour = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", in.colour(), id, in.version());
            Jdbc.insert(c, "INSERT INTO rights_family_colour (family_id, changed_on, from_colour, to_colour, reason, changed_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, in.changedOn(), old.colour(), in.colour(), in.reason().trim(),
                    caller.displayName());
            audit.ok(c, caller, "rights.family.colour", "rightsFamily", id, in.changedOn() + " " + old.colour() + "→" + in.colour());
            return read(c, id, false);
        });
    }

    public Family close(Caller caller, long id, FamilyCloseInput in) {
        Validation.body(in);
        return db.write(c -> {
            Family old = read(c, id, true);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            open(old);
            if (in.closedOn().isBefore(old.openedOn())) {
                throw WfedException.invalidFields(List.of(new FieldError("closedOn", "BEFORE_OPENED",
                        "销档日期不能早于建档日期（" + old.openedOn() + "）")));
            }
            Jdbc.updateVersioned(c, "rights_family", id, "UPDATE rights_family SET closed_on = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", in.closedOn(), id, in.version());
            audit.ok(c, caller, "rights.family.close", "rightsFamily", id, in.closedOn() + " " + in.reason().trim());
            return read(c, id, false);
        });
    }

    public Family get(Caller caller, long id) {
        return records.masked(caller, c -> read(c, id, false), Family::unitId);
    }

    /** The file unmasked, for a holder of the reveal permission, the reason kept in the audit trail. */
    public Family reveal(Caller caller, long id, String reason) {
        return records.revealed(caller, "family", id, reason, c -> read(c, id, true), Family::unitId);
    }

    /** The board: the subtree's open files (optionally of one colour, or only the overdue), overdue and soonest due first. */
    public Page<Family> board(Caller caller, long unitId, String colour, boolean overdueOnly, int page, int size) {
        access.check(caller, RightsPermissions.READ, unitId);
        if (page < 1 || size < 1 || size > 200) {
            throw WfedException.invalidFields(List.of(new FieldError(page < 1 ? "page" : "size", "OUT_OF_RANGE",
                    page < 1 ? "页码从1开始" : "每页1至200条")));
        }
        LocalDate today = LocalDate.now();
        Scope scope = orgs.scope(unitId, new Period(today, today));
        return db.read(c -> {
            Map<String, Colour> colours = Colours.byCode(c);
            // first the open files' due days from the index alone, then the page's rows
            String sql = "SELECT id, colour, opened_on, last_visit_on FROM rights_family WHERE " + scope.unitCondition("unit_id")
                    + " AND closed_on IS NULL" + (colour == null ? "" : " AND colour = ?");
            Object[] params = colour == null ? scope.unitIdParams() : Scope.params(scope.unitIdParams(), colour);
            List<Due> all = new ArrayList<>();
            for (Due d : Jdbc.list(c, sql, rs -> Due.of(rs, colours, today), params)) {
                if (!overdueOnly || d.overdue()) {
                    all.add(d);
                }
            }
            all.sort(Due.BOARD);
            int from = Math.min(all.size(), (page - 1) * size);
            List<Due> shown = all.subList(from, Math.min(all.size(), from + size));
            Units units = new Units(orgs);
            Map<Long, Family> rows = new java.util.HashMap<>();
            if (!shown.isEmpty()) {
                Object[] ids = shown.stream().map(d -> (Object) d.id()).toArray();
                for (Family f : Jdbc.list(c, "SELECT " + COLUMNS + " FROM rights_family WHERE id IN (" + Jdbc.placeholders(ids.length)
                        + ")", rs -> map(rs, colours, false), ids)) {
                    rows.put(f.id(), withUnit(f, units.name(f.unitId())));
                }
            }
            return new Page<>(shown.stream().map(d -> rows.get(d.id())).filter(java.util.Objects::nonNull).toList(), all.size(),
                    page, size);
        });
    }

    /** An open file's next visit, for ordering the board: overdue first, then the soonest due, then the oldest file. */
    private record Due(long id, LocalDate due, boolean overdue) {
        static final Comparator<Due> BOARD = Comparator.comparing(Due::overdue).reversed()
                .thenComparing(Due::due, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Due::id);

        static Due of(ResultSet rs, Map<String, Colour> colours, LocalDate today) throws SQLException {
            Colour colour = colours.get(rs.getString("colour"));
            LocalDate last = Jdbc.date(rs, "last_visit_on");
            LocalDate due = colour == null ? null : (last == null ? Jdbc.date(rs, "opened_on") : last).plusDays(colour.visitDays());
            return new Due(rs.getLong("id"), due, due != null && today.isAfter(due));
        }
    }

    /** The file unmasked, for the module's own checks and generated data, or 404. */
    public Family facts(Connection c, long id) throws SQLException {
        return read(c, id, true);
    }

    Family read(Connection c, long id, boolean revealed) throws SQLException {
        Map<String, Colour> colours = Colours.byCode(c);
        Family base = Jdbc.one(c, "SELECT " + COLUMNS + " FROM rights_family WHERE id = ?", rs -> map(rs, colours, revealed), id)
                .orElseThrow(() -> WfedException.notFound("三色家庭档案 " + id));
        List<Member> members = Jdbc.list(c, "SELECT id, person_id, name, relation FROM rights_family_member WHERE family_id = ? "
                + "ORDER BY id", rs -> new Member(rs.getLong(1), Jdbc.nullableLong(rs, "person_id"),
                Privacy.name(rs.getString(3), revealed), rs.getString(4)), id);
        List<FamilyVisit> visits = Jdbc.list(c, "SELECT id, visited_on, visitor, note FROM rights_family_visit WHERE family_id = ? "
                + "ORDER BY visited_on DESC, id DESC", rs -> new FamilyVisit(rs.getLong(1), Jdbc.date(rs, "visited_on"),
                rs.getString(3), Privacy.text(rs.getString(4), revealed)), id);
        List<ColourChange> history = Jdbc.list(c, "SELECT changed_on, from_colour, to_colour, reason, changed_by "
                + "FROM rights_family_colour WHERE family_id = ? ORDER BY changed_on, id", rs -> new ColourChange(
                Jdbc.date(rs, "changed_on"), rs.getString(2), rs.getString(3), Privacy.text(rs.getString(4), revealed),
                rs.getString(5)), id);
        return new Family(base.id(), base.unitId(), orgs.get(base.unitId()).name(), base.household(), base.address(),
                base.colour(), base.reason(), base.responsible(), base.openedOn(), base.closedOn(), base.lastVisitOn(),
                base.visitDue(), base.overdue(), revealed, members, visits, history, base.version());
    }


    private static void open(Family f) {
        if (f.closedOn() != null) {
            throw WfedException.conflict("FAMILY_CLOSED", "该家庭已销档", "The file is closed");
        }
    }

    private static Family withUnit(Family f, String unitName) {
        return new Family(f.id(), f.unitId(), unitName, f.household(), f.address(), f.colour(), f.reason(), f.responsible(),
                f.openedOn(), f.closedOn(), f.lastVisitOn(), f.visitDue(), f.overdue(), f.revealed(), List.of(), List.of(),
                List.of(), f.version());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A row with its next visit due: the last visit (or the day on file) plus its colour's interval. */
    private static Family map(ResultSet rs, Map<String, Colour> colours, boolean revealed) throws SQLException {
        LocalDate opened = Jdbc.date(rs, "opened_on");
        LocalDate last = Jdbc.date(rs, "last_visit_on");
        LocalDate closed = Jdbc.date(rs, "closed_on");
        Colour colour = colours.get(rs.getString("colour"));
        LocalDate due = closed != null || colour == null ? null : (last == null ? opened : last).plusDays(colour.visitDays());
        return new Family(rs.getLong("id"), rs.getLong("unit_id"), null, Privacy.name(rs.getString("household"), revealed),
                Privacy.text(rs.getString("address"), revealed), rs.getString("colour"),
                Privacy.text(rs.getString("reason"), revealed), rs.getString("responsible"), opened, closed, last, due,
                due != null && LocalDate.now().isAfter(due), revealed, List.of(), List.of(), List.of(), rs.getInt("version"));
    }
}
