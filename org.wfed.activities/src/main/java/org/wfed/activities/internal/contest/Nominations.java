package org.wfed.activities.internal.contest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.EligibilityInput;
import org.wfed.activities.dto.NominationInput;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeKind;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.dto.VotesInput;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.activities.internal.People;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.FieldError;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.PersonFacts;

/**
 * Nominations (提名: self, by others, by an organisation) with their eligibility checks (资格审查), the
 * eligibility rulings and the public votes (群众投票) of nominees.
 */
@Component(service = Nominations.class)
public final class Nominations {
    private final Database db;
    private final ContestService contests;
    private final ContestTypes types;
    private final OrgService orgs;
    private final AuditLog audit;
    private final People people;

    @Activate
    public Nominations(@Reference ActivitiesSchema schema, @Reference ContestService contests, @Reference ContestTypes types,
                       @Reference OrgService orgs, @Reference AuditLog audit, @Reference People people) {
        this.db = schema.db();
        this.contests = contests;
        this.types = types;
        this.orgs = orgs;
        this.audit = audit;
        this.people = people;
    }

    public Nominee nominate(Caller caller, long contestId, NominationInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            ContestType type = types.get(c, contest.typeId());
            ContestService.requireStatus(contest, ContestStatus.NOMINATING, "提名");
            OrgUnit unit = orgs.get(contest.unitId());
            if (type.requiresLowerTitle() && !unit.kind().isGrassroots()) {
                throw WfedException.conflict("LOWER_TITLE_REQUIRED", "“" + type.name() + "”要求先获得下一级称号："
                        + "请由下级单位评选表彰后向上推荐", "This contest takes only nominees recommended from the level below");
            }
            Nominee n = checkedNominee(c, contest, type, in);
            long id = ContestStore.insertNominee(c, contestId, type.nomineeKind(), n.name(), n.personId(), n.originUnitId(),
                    in.story(), in.nominatedBy(), in.nominator(), null, in.members());
            audit.ok(c, caller, "activities.nominee.create", "nominee", id, contest.id() + " " + n.name());
            return contests.named(List.of(ContestStore.nominee(c, contestId, id))).get(0);
        });
    }

    /** Checks a nomination against the type and the registry; answers its name, person and origin unit. */
    private Nominee checkedNominee(Connection c, ContestRow contest, ContestType type, NominationInput in)
            throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        NomineeKind kind = type.nomineeKind();
        List<Long> personIds = new ArrayList<>();
        String name = in.name() == null ? null : in.name().trim();
        switch (kind) {
            case FAMILY -> {
                if (name == null || name.isEmpty()) {
                    errors.add(new FieldError("name", "REQUIRED", "请填写家庭户名，如“张xx家庭”"));
                }
                if (in.members().isEmpty()) {
                    errors.add(new FieldError("members", "REQUIRED", "请从人员库选择至少一名家庭成员"));
                }
                in.members().forEach(m -> personIds.add(m.personId()));
            }
            case PERSON -> {
                if (in.personId() == null) {
                    errors.add(new FieldError("personId", "REQUIRED", "请从人员库选择被推荐人"));
                } else {
                    personIds.add(in.personId());
                }
            }
            case UNIT -> {
                if (name == null || name.isEmpty()) {
                    errors.add(new FieldError("name", "REQUIRED", "请填写集体名称"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
        Map<Long, PersonFacts> facts = people.facts(personIds);
        String field = kind == NomineeKind.PERSON ? "personId" : "members";
        for (Long pid : personIds) {
            PersonFacts f = facts.get(pid);
            if (f == null) {
                errors.add(new FieldError(field, "UNKNOWN_PERSON", "人员库中没有编号为" + pid + "的人员"));
            } else if (!orgs.isWithin(f.unitId(), contest.unitId())) {
                errors.add(new FieldError(field, "OUTSIDE_UNIT", f.name() + "不是本单位辖区的人员"));
            }
        }
        if (!errors.isEmpty()) {
            throw WfedException.invalidFields(errors);
        }
        Set<Long> already = new HashSet<>(ContestStore.nominatedPeople(c, contest.id()));
        for (Long pid : personIds) {
            if (already.contains(pid)) {
                throw WfedException.conflict("DUPLICATE_NOMINEE", facts.get(pid).name() + "已在本次评选中被提名，不能重复提名",
                        "Already nominated in this contest");
            }
            Integer honoured = honouredBefore(c, contest, pid);
            if (honoured != null) {
                throw WfedException.conflict("ALREADY_HONOURED", facts.get(pid).name() + "已于" + honoured + "年获评本级“"
                        + type.name() + "”称号，不能重复参评", "Already holds this title at this level");
            }
        }
        if (kind == NomineeKind.PERSON) {
            name = facts.get(in.personId()).name();
        }
        long origin = in.originUnitId() != null ? in.originUnitId()
                : personIds.isEmpty() ? contest.unitId() : facts.get(personIds.get(0)).unitId();
        if (!orgs.isWithin(origin, contest.unitId())) {
            throw WfedException.invalidFields(List.of(new FieldError("originUnitId", "OUTSIDE_UNIT", "所在单位不在本单位辖区内")));
        }
        return new Nominee(0, contest.id(), kind, name, kind == NomineeKind.PERSON ? in.personId() : null, List.of(),
                origin, in.story(), in.nominatedBy(), in.nominator(), NomineeStatus.NOMINATED, null, null, 0, null, null,
                null, 0);
    }

    /** The year the person was commended in an earlier contest of the same type at the same unit, if ever. */
    private static Integer honouredBefore(Connection c, ContestRow contest, long personId) throws SQLException {
        long year = Jdbc.number(c, "SELECT MAX(k.contest_year) FROM act_nominee n JOIN act_contest k ON k.id = n.contest_id "
                + "WHERE k.unit_id = ? AND k.type_id = ? AND k.contest_year < ? AND n.status = 'COMMENDED' "
                + "AND (n.person_id = ? OR n.id IN (SELECT nominee_id FROM act_nominee_member WHERE person_id = ?))",
                contest.unitId(), contest.typeId(), contest.contestYear(), personId, personId);
        return year == 0 ? null : (int) year;
    }

    public Nominee ruleEligibility(Caller caller, long contestId, long nomineeId, EligibilityInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            if (contest.status() != ContestStatus.NOMINATING && contest.status() != ContestStatus.REVIEWING) {
                throw ContestService.stepClosed(contest, "资格审查");
            }
            Nominee n = ContestStore.nominee(c, contestId, nomineeId);
            if (n.status() != NomineeStatus.NOMINATED && n.status() != NomineeStatus.ELIGIBLE
                    && n.status() != NomineeStatus.INELIGIBLE) {
                throw WfedException.conflict("NOMINEE_STATE", "该对象当前状态为“" + n.statusZh() + "”，不能再审查资格",
                        "Eligibility can no longer be ruled");
            }
            NomineeStatus to = in.eligible() ? NomineeStatus.ELIGIBLE : NomineeStatus.INELIGIBLE;
            Jdbc.updateVersioned(c, "act_nominee", nomineeId, "UPDATE act_nominee SET status = ?, eligibility_note = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", to, in.note(), nomineeId, in.version());
            audit.ok(c, caller, "activities.nominee.eligibility", "nominee", nomineeId, to + " " + ContestService.nullToEmpty(in.note()));
            return contests.named(List.of(ContestStore.nominee(c, contestId, nomineeId))).get(0);
        });
    }

    public Nominee recordVotes(Caller caller, long contestId, long nomineeId, VotesInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            if (types.get(c, contest.typeId()).voteShare() == 0) {
                throw WfedException.invalid("NO_PUBLIC_VOTE", "该评选类型不计群众投票", "This contest has no public vote");
            }
            if (contest.status() != ContestStatus.NOMINATING && contest.status() != ContestStatus.REVIEWING) {
                throw ContestService.stepClosed(contest, "登记投票");
            }
            ContestStore.nominee(c, contestId, nomineeId);
            Jdbc.updateVersioned(c, "act_nominee", nomineeId, "UPDATE act_nominee SET votes = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?", in.votes(), nomineeId, in.version());
            audit.ok(c, caller, "activities.nominee.votes", "nominee", nomineeId, String.valueOf(in.votes()));
            return contests.named(List.of(ContestStore.nominee(c, contestId, nomineeId))).get(0);
        });
    }
}
