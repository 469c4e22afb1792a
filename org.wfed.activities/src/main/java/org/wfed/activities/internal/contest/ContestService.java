package org.wfed.activities.internal.contest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.Contest;
import org.wfed.activities.dto.ContestInput;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.Member;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.activities.internal.People;
import org.wfed.core.AccessControl;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.PersonFacts;

/** Opening contests (评选), reading them, and closing nominations to start the review (评审). */
@Component(service = ContestService.class)
public final class ContestService {
    private final Database db;
    private final ContestTypes types;
    private final OrgService orgs;
    private final AccessControl access;
    private final AuditLog audit;
    private final People people;

    @Activate
    public ContestService(@Reference ActivitiesSchema schema, @Reference ContestTypes types, @Reference OrgService orgs,
                          @Reference AccessControl access, @Reference AuditLog audit, @Reference People people) {
        this.db = schema.db();
        this.types = types;
        this.orgs = orgs;
        this.access = access;
        this.audit = audit;
        this.people = people;
    }

    public Contest create(Caller caller, ContestInput in) {
        access.check(caller, ActivitiesPermissions.MANAGE, in.unitId());
        return db.write(c -> {
            long id = open(c, caller, in);
            return view(c, ContestStore.contest(c, id));
        });
    }

    /** Opens the contest inside the caller's transaction (also used when a lower level recommends upward). */
    long open(Connection c, Caller caller, ContestInput in) throws SQLException {
        ContestType type = types.get(c, in.typeId());
        if (!type.active()) {
            throw WfedException.invalid("TYPE_INACTIVE", "评选类型“" + type.name() + "”已停用", "Contest type inactive");
        }
        if (ContestStore.contest(c, in.unitId(), in.typeId(), in.contestYear()).isPresent()) {
            throw WfedException.conflict("CONTEST_EXISTS", "本单位" + in.contestYear() + "年度的“" + type.name() + "”评选已存在",
                    "The unit already runs this contest for the year");
        }
        OrgUnit unit = orgs.get(in.unitId());
        String title = in.title() == null || in.title().isBlank()
                ? in.contestYear() + "年度" + unit.name() + "“" + type.name() + "”评选" : in.title().trim();
        long id = ContestStore.insertContest(c, in.unitId(), in.typeId(), in.contestYear(), title,
                in.quota() == null ? type.quota() : in.quota());
        audit.ok(c, caller, "activities.contest.create", "contest", id, title);
        return id;
    }

    public List<Contest> list(Caller caller, long unitId, Integer year, Long typeId) {
        access.check(caller, ActivitiesPermissions.READ, unitId);
        Period period = year == null ? new Period(LocalDate.of(2000, 1, 1), LocalDate.now().plusYears(2)) : Period.year(year);
        Scope scope = orgs.scope(unitId, period);
        return db.read(c -> {
            List<Contest> out = new ArrayList<>();
            for (ContestRow r : ContestStore.contests(c, scope.unitCondition("unit_id"), scope.unitIdParams())) {
                if ((year == null || r.contestYear() == year) && (typeId == null || r.typeId() == typeId)) {
                    out.add(view(c, r));
                }
            }
            return out;
        });
    }

    public Contest get(Caller caller, long id) {
        return db.read(c -> view(c, readable(c, caller, id)));
    }

    /** The contest after checking the caller may read it (404 outside her subtree). */
    ContestRow readable(Connection c, Caller caller, long id) throws SQLException {
        ContestRow row = ContestStore.contest(c, id);
        access.check(caller, ActivitiesPermissions.READ, row.unitId());
        return row;
    }

    /** The contest after checking the caller holds the permission on its unit. */
    ContestRow guarded(Connection c, Caller caller, long id, String permission) throws SQLException {
        ContestRow row = ContestStore.contest(c, id);
        access.checkUnit(caller, row.unitId());
        access.require(caller, permission);
        return row;
    }

    Contest view(Connection c, ContestRow r) throws SQLException {
        ContestType t = types.get(c, r.typeId());
        int[] n = ContestStore.counts(c, r.id());
        return new Contest(r.id(), r.unitId(), orgs.get(r.unitId()).name(), t.id(), t.code(), t.name(), t.nomineeKind(),
                r.contestYear(), r.title(), r.quota(), t.voteShare(), r.status(), r.status().labelZh(), r.noticeStart(),
                r.noticeEnd(), r.finalisedOn(), r.commendedOn(), r.documentNo(), n[0], n[1], n[2], r.version());
    }

    public List<Nominee> nominees(Caller caller, long contestId) {
        return db.read(c -> {
            readable(c, caller, contestId);
            return named(ContestStore.nominees(c, contestId));
        });
    }

    public Nominee nominee(Caller caller, long contestId, long nomineeId) {
        return db.read(c -> {
            readable(c, caller, contestId);
            return named(List.of(ContestStore.nominee(c, contestId, nomineeId))).get(0);
        });
    }

    /** Fills in family members' names from the registry. */
    List<Nominee> named(List<Nominee> list) {
        Set<Long> ids = new HashSet<>();
        list.forEach(n -> n.members().forEach(m -> ids.add(m.personId())));
        Map<Long, PersonFacts> facts = people.facts(ids);
        List<Nominee> out = new ArrayList<>();
        for (Nominee n : list) {
            List<Member> members = new ArrayList<>();
            for (Member m : n.members()) {
                PersonFacts f = facts.get(m.personId());
                members.add(new Member(m.personId(), f == null ? null : f.name(), m.relation()));
            }
            out.add(new Nominee(n.id(), n.contestId(), n.kind(), n.name(), n.personId(), members, n.originUnitId(),
                    n.story(), n.nominatedBy(), n.nominator(), n.status(), n.statusZh(), n.eligibilityNote(), n.votes(),
                    n.certificateNo(), n.honourLevel(), n.sourceNomineeId(), n.version()));
        }
        return out;
    }

    /** Closes nominations: nominees not ruled out pass the eligibility check and go to the panel. */
    public Contest startReview(Caller caller, long contestId, int version) {
        return db.write(c -> {
            ContestRow contest = guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            requireStatus(contest, ContestStatus.NOMINATING, "开始评审");
            Jdbc.update(c, "UPDATE act_nominee SET status = ?, version = version + 1 WHERE contest_id = ? AND status = ?",
                    NomineeStatus.ELIGIBLE, contestId, NomineeStatus.NOMINATED);
            if (Jdbc.number(c, "SELECT COUNT(*) FROM act_nominee WHERE contest_id = ? AND status = ?", contestId,
                    NomineeStatus.ELIGIBLE) == 0) {
                throw WfedException.conflict("NO_ELIGIBLE_NOMINEE", "没有符合条件的候选对象，不能开始评审",
                        "No eligible nominee to review");
            }
            ContestStore.setStatus(c, contest, version, ContestStatus.REVIEWING);
            audit.ok(c, caller, "activities.contest.review", "contest", contestId, null);
            return view(c, ContestStore.contest(c, contestId));
        });
    }

    static void requireStatus(ContestRow contest, ContestStatus expected, String step) {
        if (contest.status() != expected) {
            throw stepClosed(contest, step);
        }
    }

    static WfedException stepClosed(ContestRow contest, String step) {
        return WfedException.conflict("CONTEST_STATE", "评选当前处于“" + contest.status().labelZh() + "”阶段，不能" + step,
                "The contest is " + contest.status() + ": this step is not open");
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Names of units by id, for views listing many. */
    Map<Long, String> unitNames(Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        ids.forEach(id -> out.put(id, orgs.get(id).name()));
        return out;
    }
}
