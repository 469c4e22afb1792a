package org.wfed.rights.internal.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.Scope;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;
import org.wfed.core.dto.PersonFacts;
import org.wfed.rights.RightsPermissions;
import org.wfed.rights.dto.ActionInput;
import org.wfed.rights.dto.ActionKind;
import org.wfed.rights.dto.CaseAction;
import org.wfed.rights.dto.CaseInput;
import org.wfed.rights.dto.CaseKind;
import org.wfed.rights.dto.CaseSource;
import org.wfed.rights.dto.CaseSummary;
import org.wfed.rights.dto.CaseUpdate;
import org.wfed.rights.dto.CloseInput;
import org.wfed.rights.dto.Infringement;
import org.wfed.rights.dto.Outcome;
import org.wfed.rights.dto.Party;
import org.wfed.rights.dto.PartyInput;
import org.wfed.rights.dto.PartyRole;
import org.wfed.rights.dto.RightsCase;
import org.wfed.rights.internal.Listing;
import org.wfed.rights.internal.Privacy;
import org.wfed.rights.internal.Records;
import org.wfed.rights.internal.RightsSchema;
import org.wfed.rights.internal.Units;
import org.wfed.rights.internal.orders.OrderService;

/**
 * The case register (维权个案台账): intake with parties, the timeline of actions, closing with an outcome. Every
 * write is one transaction, audited without personal data; reads answer masked records unless revealed.
 */
@Component(service = CaseService.class)
public final class CaseService {
    static final String COLUMNS = "id, unit_id, intake_on, source, referred_by, station_id, kind, subkind, request_text, "
            + "narrative, handler, visitors, outcome, outcome_note, closed_on, version";
    private static final String INSERT = "INSERT INTO rights_case (unit_id, intake_on, source, referred_by, station_id, kind, "
            + "subkind, request_text, narrative, handler, visitors, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_PARTY = "INSERT INTO rights_party (case_id, party_role, person_id, name, phone, address) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    /** The case's applicant for the register's rows: the first applicant, else the first party. */
    private static final String FIRST_PARTIES = "SELECT case_id, party_role, name FROM rights_party WHERE case_id IN (%s) ORDER BY id";

    private final Database db;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final PeriodLocks locks;
    private final PersonService people;
    private final OrderService orders;
    private final Records records;

    @Activate
    public CaseService(@Reference RightsSchema schema, @Reference OrgService orgs, @Reference AccessControl access,
                       @Reference AuditLog audit, @Reference PeriodLocks locks, @Reference PersonService people,
                       @Reference OrderService orders, @Reference Records records) {
        this.db = schema.db();
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.locks = locks;
        this.people = people;
        this.orders = orders;
        this.records = records;
    }

    public RightsCase create(Caller caller, CaseInput in) {
        access.check(caller, RightsPermissions.MANAGE, in.unitId());
        return db.write(c -> {
            long id = insert(c, caller, in);
            audit.ok(c, caller, "rights.case.create", "rightsCase", id, in.intakeOn() + " " + in.kind().labelZh());
            return read(c, id, false);
        });
    }

    /** Inserts a case with its parties in the caller's transaction, after the rules and the period lock (demo data too). */
    public long insert(Connection c, Caller caller, CaseInput in) throws SQLException {
        checkIntake(c, caller, in);
        long id = Jdbc.insert(c, INSERT, in.unitId(), in.intakeOn(), in.source().name(), trim(in.referredBy()), in.stationId(),
                in.kind().name(), in.infringement() == null ? null : in.infringement().name(), trim(in.request()),
                trim(in.narrative()), in.handler().trim(), in.visitors(), Instant.now());
        insertParties(c, id, in.parties());
        return id;
    }

    /** The rules of an intake that need the database: the unit existed, the station and people are in reach, the period is open. */
    public void checkIntake(Connection c, Caller caller, CaseInput in) throws SQLException {
        checkRules(caller, in.unitId(), in.intakeOn(), in.stationId(), in.parties());
        locks.checkOpen(c, in.unitId(), in.intakeOn());
    }

    public RightsCase update(Caller caller, long id, CaseUpdate in) {
        Validation.body(in);
        if (in.version() == null) {
            throw WfedException.invalidFields(List.of(new FieldError("version", "REQUIRED", "必填")));
        }
        return db.write(c -> {
            RightsCase old = read(c, id, true);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            // the fields given replace the old ones; the merged case obeys the intake rules as a new one would
            CaseInput merged = new CaseInput(old.unitId(), or(in.intakeOn(), old.intakeOn()), or(in.source(), old.source()),
                    or(in.referredBy(), old.referredBy()), or(in.stationId(), old.stationId()), or(in.kind(), old.kind()),
                    in.kind() != null && in.kind() != CaseKind.RIGHTS_INFRINGEMENT ? in.infringement()
                            : or(in.infringement(), old.infringement()),
                    or(in.request(), old.request()), or(in.narrative(), old.narrative()), or(in.handler(), old.handler()),
                    or(in.visitors(), old.visitors()), in.parties() != null ? in.parties() : partiesOf(old));
            checkRules(caller, merged.unitId(), merged.intakeOn(), merged.stationId(), in.parties() == null ? List.of() : merged.parties());
            checkTimeline(c, id, merged.intakeOn());
            locks.checkOpen(c, old.unitId(), old.intakeOn());
            locks.checkOpen(c, old.unitId(), merged.intakeOn());
            Jdbc.updateVersioned(c, "rights_case", id, "UPDATE rights_case SET intake_on = ?, source = ?, referred_by = ?, "
                    + "station_id = ?, kind = ?, subkind = ?, request_text = ?, narrative = ?, handler = ?, visitors = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", merged.intakeOn(), merged.source().name(),
                    trim(merged.referredBy()), merged.stationId(), merged.kind().name(),
                    merged.infringement() == null ? null : merged.infringement().name(), trim(merged.request()),
                    trim(merged.narrative()), merged.handler().trim(), merged.visitors(), id, in.version());
            if (in.parties() != null) {
                Jdbc.update(c, "DELETE FROM rights_party WHERE case_id = ?", id);
                insertParties(c, id, merged.parties());
            }
            audit.ok(c, caller, "rights.case.update", "rightsCase", id, merged.intakeOn() + " " + merged.kind().labelZh());
            return read(c, id, false);
        });
    }

    public RightsCase addAction(Caller caller, long id, ActionInput in) {
        Validation.body(in);
        return db.write(c -> {
            RightsCase old = read(c, id, true);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            insertAction(c, caller, old, in);
            audit.ok(c, caller, "rights.case.action", "rightsCase", id, in.actedOn() + " " + in.kind().labelZh());
            return read(c, id, false);
        });
    }

    /** Adds a step to an open case, dated between its intake and today (demo data too). */
    public void insertAction(Connection c, Caller caller, RightsCase old, ActionInput in) throws SQLException {
        if (old.closedOn() != null) {
            throw WfedException.conflict("CASE_CLOSED", "该个案已结案，不能再添加处理记录", "The case is closed; no more actions");
        }
        if (in.actedOn().isBefore(old.intakeOn())) {
            throw WfedException.invalidFields(List.of(beforeIntake("actedOn", old.intakeOn())));
        }
        if (in.stationId() != null && !shelterOf(in.stationId(), old.unitId())) {
            throw WfedException.invalidFields(List.of(new FieldError("stationId", "NOT_A_SHELTER",
                    "所选场所不是本单位、上级或下级单位的临时庇护所")));
        }
        locks.checkOpen(c, old.unitId(), in.actedOn());
        Jdbc.insert(c, "INSERT INTO rights_action (case_id, unit_id, acted_on, kind, note, mediators, result, station_id, "
                + "recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", old.id(), old.unitId(), in.actedOn(),
                in.kind().name(), trim(in.note()), trim(in.mediators()), trim(in.result()), in.stationId(), caller.displayName(),
                Instant.now());
    }

    public RightsCase close(Caller caller, long id, CloseInput in) {
        Validation.body(in);
        return db.write(c -> {
            RightsCase old = read(c, id, true);
            access.check(caller, RightsPermissions.MANAGE, old.unitId());
            closeCase(c, old, in);
            audit.ok(c, caller, "rights.case.close", "rightsCase", id, in.closedOn() + " " + in.outcome().labelZh());
            return read(c, id, false);
        });
    }

    /** Closes an open case with its outcome, on a day not before its intake nor its last action (demo data too). */
    public void closeCase(Connection c, RightsCase old, CloseInput in) throws SQLException {
        if (old.closedOn() != null) {
            throw WfedException.conflict("CASE_CLOSED", "该个案已结案", "The case is closed already");
        }
        if (in.closedOn().isBefore(old.intakeOn())) {
            throw WfedException.invalidFields(List.of(beforeIntake("closedOn", old.intakeOn())));
        }
        LocalDate last = old.actions().stream().map(CaseAction::actedOn).max(LocalDate::compareTo).orElse(null);
        if (last != null && in.closedOn().isBefore(last)) {
            throw WfedException.invalidFields(List.of(new FieldError("closedOn", "BEFORE_LAST_ACTION",
                    "结案日期不能早于最后一次处理（" + last + "）")));
        }
        locks.checkOpen(c, old.unitId(), in.closedOn());
        Jdbc.updateVersioned(c, "rights_case", old.id(), "UPDATE rights_case SET outcome = ?, outcome_note = ?, closed_on = ?, "
                + "version = version + 1 WHERE id = ? AND version = ?", in.outcome().name(), trim(in.note()), in.closedOn(),
                old.id(), in.version());
    }

    /** The case as this caller may see it: masked. */
    public RightsCase get(Caller caller, long id) {
        return records.masked(caller, c -> read(c, id, false), RightsCase::unitId);
    }

    /** Break-the-glass: the case unmasked, for a holder of the reveal permission, the reason kept in the audit trail. */
    public RightsCase reveal(Caller caller, long id, String reason) {
        return records.revealed(caller, "case", id, reason, c -> read(c, id, true), RightsCase::unitId);
    }

    /** Facts of a case other parts of the module check their dates against, or 404. */
    public RightsCase facts(Connection c, long id) throws SQLException {
        return read(c, id, true);
    }

    public Page<CaseSummary> list(Caller caller, CaseFilter f) {
        access.check(caller, RightsPermissions.READ, f.listing().unitId());
        Scope scope = orgs.scope(f.listing().unitId(), f.listing().period());
        StringBuilder where = new StringBuilder(" FROM rights_case WHERE ").append(scope.unitCondition("unit_id"))
                .append(" AND intake_on BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(scope.unitIdParams()));
        params.add(f.listing().from());
        params.add(f.listing().to());
        if (f.kind() != null) {
            where.append(" AND kind = ?");
            params.add(f.kind().name());
        }
        if (f.source() != null) {
            where.append(" AND source = ?");
            params.add(f.source().name());
        }
        if (f.open() != null) {
            where.append(f.open() ? " AND closed_on IS NULL" : " AND closed_on IS NOT NULL");
        }
        return db.read(c -> {
            long total = Jdbc.number(c, "SELECT COUNT(*)" + where, params.toArray());
            List<Object> paged = new ArrayList<>(params);
            paged.add(f.listing().offset());
            paged.add(f.listing().size());
            List<RightsCase> rows = Jdbc.list(c, "SELECT " + COLUMNS + where
                    + " ORDER BY intake_on DESC, id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", CaseService::map, paged.toArray());
            Map<Long, String> applicants = applicants(c, rows);
            Units units = new Units(orgs);
            List<CaseSummary> items = rows.stream().map(r -> new CaseSummary(r.id(), r.unitId(), units.name(r.unitId()),
                    r.intakeOn(), r.source(), r.kind(), applicants.get(r.id()), r.handler(), r.outcome(), r.closedOn(),
                    r.version())).toList();
            return new Page<>(items, total, f.listing().page(), f.listing().size());
        });
    }

    /** Each case's applicant (else its first party), masked, in one query. */
    private static Map<Long, String> applicants(Connection c, List<RightsCase> rows) throws SQLException {
        Map<Long, String> first = new HashMap<>();
        Map<Long, String> applicant = new HashMap<>();
        if (rows.isEmpty()) {
            return first;
        }
        List<Object> ids = rows.stream().map(r -> (Object) r.id()).toList();
        for (Object[] p : Jdbc.list(c, String.format(FIRST_PARTIES, Jdbc.placeholders(ids.size())),
                rs -> new Object[] {rs.getLong(1), rs.getString(2), Privacy.name(rs.getString(3), false)}, ids.toArray())) {
            first.putIfAbsent((Long) p[0], (String) p[2]);
            if (PartyRole.APPLICANT.name().equals(p[1])) {
                applicant.putIfAbsent((Long) p[0], (String) p[2]);
            }
        }
        first.putAll(applicant);
        return first;
    }

    RightsCase read(Connection c, long id, boolean revealed) throws SQLException {
        RightsCase base = Jdbc.one(c, "SELECT " + COLUMNS + " FROM rights_case WHERE id = ?", CaseService::map, id)
                .orElseThrow(() -> WfedException.notFound("维权个案 " + id));
        List<Party> parties = Jdbc.list(c, "SELECT id, party_role, person_id, name, phone, address FROM rights_party "
                + "WHERE case_id = ? ORDER BY id", rs -> new Party(rs.getLong("id"), PartyRole.valueOf(rs.getString("party_role")),
                Jdbc.nullableLong(rs, "person_id"), Privacy.name(rs.getString("name"), revealed),
                Privacy.phone(rs.getString("phone"), revealed), Privacy.text(rs.getString("address"), revealed)), id);
        List<CaseAction> actions = Jdbc.list(c, "SELECT id, acted_on, kind, note, mediators, result, station_id, recorded_by "
                + "FROM rights_action WHERE case_id = ? ORDER BY acted_on, id", rs -> new CaseAction(rs.getLong("id"),
                Jdbc.date(rs, "acted_on"), ActionKind.valueOf(rs.getString("kind")), Privacy.text(rs.getString("note"), revealed),
                rs.getString("mediators"), rs.getString("result"), Jdbc.nullableLong(rs, "station_id"), rs.getString("recorded_by")), id);
        return new RightsCase(base.id(), base.unitId(), orgs.get(base.unitId()).name(), base.intakeOn(), base.source(),
                base.referredBy(), base.stationId(), base.kind(), base.infringement(), Privacy.text(base.request(), revealed),
                Privacy.text(base.narrative(), revealed), base.handler(), base.visitors(), base.outcome(), base.outcomeNote(),
                base.closedOn(), revealed, parties, actions, orders.forCase(c, id), base.version());
    }

    /** The unit existed on the day; a station lies in the unit's subtree; registry people lie in the caller's. */
    private void checkRules(Caller caller, long unitId, LocalDate day, Long stationId, List<PartyInput> parties) {
        Validation v = new Validation().unitExisted("intakeOn", orgs.get(unitId), day);
        if (stationId != null && !orgs.stationUnit(stationId).map(u -> orgs.isWithin(u, unitId)).orElse(false)) {
            v.add("stationId", "STATION_OUTSIDE_UNIT", "所选维权站（调解室）不属于本单位或其下级单位");
        }
        for (int i = 0; i < parties.size(); i++) {
            Long person = parties.get(i).personId();
            if (person != null && !records.reaches(caller, person)) {
                v.add("parties[" + i + "].personId", "PERSON_NOT_FOUND", "人员库中没有该人员，或不在本单位管辖范围内");
            }
        }
        v.check();
    }


    /** A core station of kind SHELTER (临时庇护所) of the case's unit, a unit above it (the district's) or below it. */
    private boolean shelterOf(long stationId, long unitId) {
        return "SHELTER".equals(orgs.stationKind(stationId).orElse(null))
                && orgs.stationUnit(stationId).map(u -> orgs.isWithin(u, unitId) || orgs.isWithin(unitId, u)).orElse(false);
    }

    /** An intake moved later may not leave actions or orders before it. */
    private static void checkTimeline(Connection c, long id, LocalDate intake) throws SQLException {
        long earlier = Jdbc.number(c, "SELECT COUNT(*) FROM rights_action WHERE case_id = ? AND acted_on < ?", id, intake)
                + Jdbc.number(c, "SELECT COUNT(*) FROM rights_order WHERE case_id = ? AND applied_on < ?", id, intake);
        if (earlier > 0) {
            throw WfedException.invalidFields(List.of(new FieldError("intakeOn", "AFTER_ACTIONS",
                    "受理日期不能晚于已有的处理记录或保护令申请")));
        }
    }

    private void insertParties(Connection c, long caseId, List<PartyInput> parties) throws SQLException {
        for (PartyInput p : parties) {
            String name = p.name() != null && !p.name().isBlank() ? p.name().trim() : personName(p.personId());
            Jdbc.insert(c, INSERT_PARTY, caseId, p.role().name(), p.personId(), name, trim(p.phone()), trim(p.address()));
        }
    }

    private String personName(long personId) {
        PersonFacts facts = people.facts(personId);
        return facts.name();
    }

    private static List<PartyInput> partiesOf(RightsCase old) {
        return old.parties().stream().map(p -> new PartyInput(p.role(), p.personId(), p.name(), p.phone(), p.address())).toList();
    }

    static FieldError beforeIntake(String field, LocalDate intake) {
        return new FieldError(field, "BEFORE_INTAKE", "日期不能早于个案受理日期（" + intake + "）");
    }

    private static <T> T or(T given, T old) {
        return given != null ? given : old;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static RightsCase map(ResultSet rs) throws SQLException {
        String sub = rs.getString("subkind");
        String outcome = rs.getString("outcome");
        return new RightsCase(rs.getLong("id"), rs.getLong("unit_id"), null, Jdbc.date(rs, "intake_on"),
                CaseSource.valueOf(rs.getString("source")), rs.getString("referred_by"), Jdbc.nullableLong(rs, "station_id"),
                CaseKind.valueOf(rs.getString("kind")), sub == null ? null : Infringement.valueOf(sub),
                rs.getString("request_text"), rs.getString("narrative"), rs.getString("handler"), rs.getInt("visitors"),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("outcome_note"), Jdbc.date(rs, "closed_on"),
                true, List.of(), List.of(), List.of(), rs.getInt("version"));
    }
}
