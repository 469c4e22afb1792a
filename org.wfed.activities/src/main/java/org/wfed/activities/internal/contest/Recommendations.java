package org.wfed.activities.internal.contest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.ContestInput;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.ExternalHonourInput;
import org.wfed.activities.dto.HonourLevel;
import org.wfed.activities.dto.HonourStep;
import org.wfed.activities.dto.NominatedBy;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Jdbc;
import org.wfed.core.OrgService;
import org.wfed.core.WfedException;
import org.wfed.core.dto.OrgUnit;

/**
 * Recommendation upward (向上推荐): commended nominees enter the parent unit's contest of the same type and
 * year, linked to their lower-level record so that their history (荣誉履历) stays whole; titles given above the
 * organisation tree (e.g. 市级 when the tree ends at the district, 省级, 全国) are recorded as external honours
 * of a nominee its top unit commended.
 */
@Component(service = Recommendations.class)
public final class Recommendations {
    private final Database db;
    private final ContestService contests;
    private final OrgService orgs;
    private final AuditLog audit;

    @Activate
    public Recommendations(@Reference ActivitiesSchema schema, @Reference ContestService contests,
                           @Reference OrgService orgs, @Reference AuditLog audit) {
        this.db = schema.db();
        this.contests = contests;
        this.orgs = orgs;
        this.audit = audit;
    }

    /** Recommends the nominees; answers the new nominees of the parent's contest. */
    public List<Nominee> recommend(Caller caller, long contestId, List<Long> nomineeIds) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.MANAGE);
            return recommend(c, caller, contest, nomineeIds);
        });
    }

    List<Nominee> recommend(Connection c, Caller caller, ContestRow contest, List<Long> nomineeIds) throws SQLException {
        ContestService.requireStatus(contest, ContestStatus.COMMENDED, "向上推荐（请先完成表彰）");
        OrgUnit unit = orgs.get(contest.unitId());
        if (unit.parentId() == null) {
            throw WfedException.conflict("NO_PARENT_UNIT", "本单位已是最高一级，更高级别的称号请登记为“上级荣誉”",
                    "The top unit has no parent contest; record higher titles as external honours");
        }
        List<Nominee> chosen = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(nomineeIds)) {
            Nominee n = ContestStore.nominee(c, contest.id(), id);
            if (n.status() != NomineeStatus.COMMENDED) {
                throw WfedException.conflict("NOT_COMMENDED", "“" + n.name() + "”未获本级表彰，不能向上推荐",
                        "Only commended nominees are recommended");
            }
            if (!ContestStore.recommendedFromNominee(c, n.id()).isEmpty()) {
                throw WfedException.conflict("ALREADY_RECOMMENDED", "“" + n.name() + "”已向上推荐", "Already recommended");
            }
            chosen.add(n);
        }
        Optional<ContestRow> found = ContestStore.contest(c, unit.parentId(), contest.typeId(), contest.contestYear());
        ContestRow parent = found.isPresent() ? found.get() : ContestStore.contest(c, contests.open(c, caller,
                new ContestInput(unit.parentId(), contest.typeId(), contest.contestYear(), null, null)));
        if (parent.status() != ContestStatus.NOMINATING) {
            throw WfedException.conflict("PARENT_CLOSED", "上级“" + parent.title() + "”已" + parent.status().labelZh()
                    + "，不再接受推荐", "The parent contest no longer takes nominations");
        }
        List<Nominee> out = new ArrayList<>();
        for (Nominee n : chosen) {
            long newId = ContestStore.insertNominee(c, parent.id(), n.kind(), n.name(), n.personId(), n.originUnitId(),
                    n.story(), NominatedBy.ORGANISATION, unit.name(), n.id(), n.members());
            audit.ok(c, caller, "activities.nominee.recommend", "nominee", newId, "from " + n.id() + " to contest " + parent.id());
            out.add(ContestStore.nominee(c, parent.id(), newId));
        }
        return out;
    }

    /** What became of this contest's nominees recommended upward (visible to the lower unit). */
    public List<HonourStep> upward(Caller caller, long contestId) {
        return db.read(c -> {
            contests.readable(c, caller, contestId);
            List<HonourStep> out = new ArrayList<>();
            for (Nominee n : ContestStore.recommendedFrom(c, contestId)) {
                out.add(step(c, n));
            }
            return out;
        });
    }

    /** The nominee's whole history: lower-level steps first, then each level above, then external titles. */
    public List<HonourStep> history(Caller caller, long contestId, long nomineeId) {
        return db.read(c -> {
            contests.readable(c, caller, contestId);
            Nominee self = ContestStore.nominee(c, contestId, nomineeId);
            List<HonourStep> down = new ArrayList<>();
            Nominee n = self;
            while (n.sourceNomineeId() != null) {
                n = ContestStore.nominee(c, n.sourceNomineeId()).orElseThrow();
                down.add(step(c, n));
            }
            Collections.reverse(down);
            List<HonourStep> out = new ArrayList<>(down);
            out.add(step(c, self));
            Nominee top = self;
            for (List<Nominee> up = ContestStore.recommendedFromNominee(c, self.id()); !up.isEmpty();
                 up = ContestStore.recommendedFromNominee(c, top.id())) {
                top = up.get(0);
                out.add(step(c, top));
            }
            out.addAll(external(c, top.id()));
            return out;
        });
    }

    public HonourStep recordExternal(Caller caller, long contestId, long nomineeId, ExternalHonourInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.APPROVE);
            OrgUnit unit = orgs.get(contest.unitId());
            if (unit.parentId() != null) {
                throw WfedException.conflict("HAS_PARENT_UNIT", "上级单位的称号请通过“向上推荐”参加上级评选",
                        "Recommend to the parent unit's contest instead");
            }
            Nominee n = ContestStore.nominee(c, contestId, nomineeId);
            if (n.status() != NomineeStatus.COMMENDED) {
                throw WfedException.conflict("NOT_COMMENDED", "“" + n.name() + "”未获本级表彰", "Not commended here");
            }
            if (in.level().ordinal() <= Levels.of(unit.kind()).ordinal()) {
                throw WfedException.invalid("LEVEL_NOT_ABOVE", "上级荣誉的级别应高于本单位", "The level must be above this unit's");
            }
            long id = Jdbc.insert(c, "INSERT INTO act_external_honour (nominee_id, honour_level, title, awarded_on, document_no, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)", n.id(), in.level(), in.title(), in.awardedOn(),
                    in.documentNo(), Instant.now());
            audit.ok(c, caller, "activities.honour.external", "nominee", n.id(), in.level() + " " + in.title());
            return new HonourStep(null, n.id(), null, null, in.level(), in.awardedOn().getYear(), in.title(),
                    NomineeStatus.COMMENDED, NomineeStatus.COMMENDED.labelZh(), in.documentNo());
        });
    }

    private List<HonourStep> external(Connection c, long nomineeId) throws SQLException {
        return Jdbc.list(c, "SELECT honour_level, title, awarded_on, document_no FROM act_external_honour "
                + "WHERE nominee_id = ? ORDER BY awarded_on", rs -> new HonourStep(null, nomineeId, null, null,
                HonourLevel.valueOf(rs.getString(1)), Jdbc.date(rs, "awarded_on").getYear(), rs.getString(2),
                NomineeStatus.COMMENDED, NomineeStatus.COMMENDED.labelZh(), rs.getString(4)), nomineeId);
    }

    private HonourStep step(Connection c, Nominee n) throws SQLException {
        ContestRow k = ContestStore.contest(c, n.contestId());
        OrgUnit u = orgs.get(k.unitId());
        return new HonourStep(k.id(), n.id(), u.id(), u.name(), Levels.of(u.kind()), k.contestYear(), k.title(),
                n.status(), n.statusZh(), n.certificateNo());
    }
}
