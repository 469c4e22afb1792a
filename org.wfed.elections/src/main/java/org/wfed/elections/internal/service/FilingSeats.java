package org.wfed.elections.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wfed.core.dto.LeaderInput;
import org.wfed.core.dto.Position;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.internal.store.CandidateRow;
import org.wfed.elections.internal.store.ElectionState;
import org.wfed.elections.internal.store.PositionRow;

/** The new committee's seats on core's leadership, from an election's results. */
public final class FilingSeats {

    /** Seat priority: a chair is seated as chair, not also as executive member. */
    private static final List<PositionKind> RANK = List.of(PositionKind.CHAIR, PositionKind.VICE_CHAIR, PositionKind.STANDING,
            PositionKind.EXECUTIVE);

    private FilingSeats() {
    }

    /** One seat per elected person, at her highest position; delegates hold no seat. */
    public static List<LeaderInput> committee(ElectionState s) {
        Map<Long, LeaderInput> byPerson = new LinkedHashMap<>();
        Map<Long, CandidateRow> executiveRow = new LinkedHashMap<>();
        s.electedExecutives().forEach(x -> executiveRow.put(x.personId(), x));
        for (PositionKind kind : RANK) {
            for (PositionRow p : s.positions()) {
                if (p.kind() != kind) {
                    continue;
                }
                for (CandidateRow x : s.electedOf(p.id())) {
                    CandidateRow details = executiveRow.getOrDefault(x.personId(), x);
                    Position seat = kind.leadership();
                    byPerson.putIfAbsent(x.personId(), new LeaderInput(x.personId(), seat, x.fullTime() || details.fullTime(),
                            x.sector() != null ? x.sector() : details.sector(), x.inTwoCommittees() || details.inTwoCommittees(), null));
                }
            }
        }
        return new ArrayList<>(byPerson.values());
    }
}
