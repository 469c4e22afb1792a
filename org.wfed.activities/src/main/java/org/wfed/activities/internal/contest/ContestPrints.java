package org.wfed.activities.internal.contest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.activities.dto.Contest;
import org.wfed.activities.dto.ContestStatus;
import org.wfed.activities.dto.ContestType;
import org.wfed.activities.dto.Nominee;
import org.wfed.activities.dto.NomineeStatus;
import org.wfed.activities.dto.RankedNominee;
import org.wfed.activities.internal.ActivitiesSchema;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.WfedException;

/** The printable notice (公示) and honour list (表彰名单) of a contest, once it has reached those steps. */
@Component(service = ContestPrints.class)
public final class ContestPrints {
    private final Database db;
    private final ContestService contests;
    private final ContestPanel panel;
    private final ContestTypes types;

    @Activate
    public ContestPrints(@Reference ActivitiesSchema schema, @Reference ContestService contests,
                         @Reference ContestPanel panel, @Reference ContestTypes types) {
        this.db = schema.db();
        this.contests = contests;
        this.panel = panel;
        this.types = types;
    }

    public String notice(Caller caller, long contestId) {
        return db.read(c -> {
            ContestRow row = contests.readable(c, caller, contestId);
            if (row.noticeStart() == null) {
                throw WfedException.conflict("NO_NOTICE", "评选尚未发布公示", "The contest has no public notice yet");
            }
            Contest k = contests.view(c, row);
            ContestType t = types.get(c, row.typeId());
            Map<Long, Integer> order = new HashMap<>();
            for (RankedNominee r : panel.ranking(c, row)) {
                order.put(r.nomineeId(), r.rank());
            }
            List<Nominee> on = new ArrayList<>();
            for (Nominee n : contests.named(ContestStore.nominees(c, contestId))) {
                if (n.status() == NomineeStatus.SELECTED || n.status() == NomineeStatus.COMMENDED
                        || n.status() == NomineeStatus.REMOVED) {
                    on.add(n);
                }
            }
            on.sort(Comparator.comparingInt(n -> order.getOrDefault(n.id(), Integer.MAX_VALUE)));
            return PrintPages.notice(k, on, t.noticeDays(), t.noticeWorkingDays());
        });
    }

    public String honours(Caller caller, long contestId) {
        return db.read(c -> {
            ContestRow row = contests.readable(c, caller, contestId);
            if (row.status() != ContestStatus.COMMENDED) {
                throw WfedException.conflict("NOT_COMMENDED", "评选尚未表彰，没有表彰名单", "The contest has not been commended yet");
            }
            List<Nominee> commended = new ArrayList<>();
            for (Nominee n : contests.named(ContestStore.nominees(c, contestId))) {
                if (n.status() == NomineeStatus.COMMENDED) {
                    commended.add(n);
                }
            }
            commended.sort(Comparator.comparing(Nominee::certificateNo));
            return PrintPages.honours(contests.view(c, row), commended);
        });
    }
}
