package org.wfed.activities.internal.contest;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.ActivitiesPermissions;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.dto.RankedNominee;
import org.wfed.activities.dto.Score;
import org.wfed.activities.dto.ScoreInput;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.WfedException;

/** The review panel (评审): each judge's scores and the ranking weighted with the public-vote share. */
@Component(service = ContestPanel.class)
public final class ContestPanel {
    /** Nominees that went to the panel (everything but the not-yet-checked and the ruled-out). */
    static final Set<NomineeStatus> REVIEWED = EnumSet.of(NomineeStatus.ELIGIBLE, NomineeStatus.SELECTED,
            NomineeStatus.NOT_SELECTED, NomineeStatus.REMOVED, NomineeStatus.COMMENDED);

    private final Database db;
    private final ContestService contests;
    private final ContestTypes types;
    private final AuditLog audit;

    @Activate
    public ContestPanel(@Reference ActivitiesSchema schema, @Reference ContestService contests,
                        @Reference ContestTypes types, @Reference AuditLog audit) {
        this.db = schema.db();
        this.contests = contests;
        this.types = types;
        this.audit = audit;
    }

    public Score score(Caller caller, long contestId, ScoreInput in) {
        return db.write(c -> {
            ContestRow contest = contests.guarded(c, caller, contestId, ActivitiesPermissions.JUDGE);
            ContestService.requireStatus(contest, ContestStatus.REVIEWING, "打分");
            Nominee n = ContestStore.nominee(c, contestId, in.nomineeId());
            if (n.status() != NomineeStatus.ELIGIBLE) {
                throw WfedException.conflict("NOT_ELIGIBLE", "“" + n.name() + "”未通过资格审查，不参加评审打分",
                        "Only eligible nominees are scored");
            }
            ContestStore.putScore(c, n.id(), caller.userId(), caller.displayName(), in.score(), in.remark());
            audit.ok(c, caller, "activities.score.put", "nominee", n.id(), in.score().toPlainString());
            return new Score(n.id(), caller.userId(), caller.displayName(), in.score(), in.remark());
        });
    }

    public List<Score> scores(Caller caller, long contestId) {
        return db.read(c -> {
            contests.readable(c, caller, contestId);
            List<Score> out = new ArrayList<>();
            ContestStore.scores(c, contestId).values().forEach(out::addAll);
            return out;
        });
    }

    public List<RankedNominee> ranking(Caller caller, long contestId) {
        return db.read(c -> ranking(c, contests.readable(c, caller, contestId)));
    }

    List<RankedNominee> ranking(Connection c, ContestRow contest) throws SQLException {
        int share = types.get(c, contest.typeId()).voteShare();
        Map<Long, List<Score>> scores = ContestStore.scores(c, contest.id());
        Map<Long, Nominee> byId = new HashMap<>();
        List<Ranking.Entry> entries = new ArrayList<>();
        for (Nominee n : ContestStore.nominees(c, contest.id())) {
            if (REVIEWED.contains(n.status())) {
                byId.put(n.id(), n);
                List<BigDecimal> s = scores.getOrDefault(n.id(), List.of()).stream().map(Score::score).toList();
                entries.add(new Ranking.Entry(n.id(), s, n.votes()));
            }
        }
        List<RankedNominee> out = new ArrayList<>();
        for (Ranking.Place p : Ranking.rank(entries, share)) {
            Nominee n = byId.get(p.nomineeId());
            out.add(new RankedNominee(n.id(), n.name(), n.status(), p.judges(), p.panelScore(), p.votes(), p.voteScore(),
                    p.total(), p.rank()));
        }
        return out;
    }
}
