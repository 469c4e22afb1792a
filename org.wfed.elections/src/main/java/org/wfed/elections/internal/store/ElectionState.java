package org.wfed.elections.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wfed.elections.dto.Official;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.RoundOutcome;
import org.wfed.elections.dto.StepRecord;
import org.wfed.core.WfedException;

/** One election loaded whole: what the step rules and the console need in one read. */
public record ElectionState(ElectionRow election, List<PositionRow> positions, List<CandidateRow> candidates,
                            List<Official> officials, List<RoundRow> rounds, List<TallyRow> tallies,
                            List<StepRecord> steps) {

    public PositionRow position(long positionId) {
        return positions.stream().filter(p -> p.id() == positionId).findFirst()
                .orElseThrow(() -> WfedException.notFound("选举职位 " + positionId));
    }

    public Optional<PositionRow> position(PositionKind kind) {
        return positions.stream().filter(p -> p.kind() == kind).findFirst();
    }

    public List<CandidateRow> candidatesOf(long positionId) {
        return candidates.stream().filter(c -> c.positionId() == positionId).toList();
    }

    public List<CandidateRow> electedOf(long positionId) {
        return candidates.stream().filter(c -> c.positionId() == positionId && c.elected()).toList();
    }

    /** Elected executive members (执委): the pool the first meeting elects from. */
    public List<CandidateRow> electedExecutives() {
        return position(PositionKind.EXECUTIVE).map(p -> electedOf(p.id())).orElse(List.of());
    }

    public List<RoundRow> roundsOf(long positionId) {
        return rounds.stream().filter(r -> r.positionId() == positionId).toList();
    }

    public List<TallyRow> talliesOf(long roundId) {
        return tallies.stream().filter(t -> t.roundId() == roundId).toList();
    }

    public boolean hasValidRound(long positionId) {
        return roundsOf(positionId).stream().anyMatch(r -> r.outcome() == RoundOutcome.VALID);
    }

    /**
     * Candidate ids tied at the last seat in the latest valid round, waiting for a re-vote; empty
     * when none (or when an override settled the position).
     */
    public List<Long> pendingRevote(long positionId) {
        if (position(positionId).overridden()) {
            return List.of();
        }
        List<RoundRow> valid = roundsOf(positionId).stream().filter(r -> r.outcome() == RoundOutcome.VALID).toList();
        if (valid.isEmpty()) {
            return List.of();
        }
        RoundRow last = valid.get(valid.size() - 1);
        return talliesOf(last.id()).stream().filter(t -> t.tied() && t.candidateId() != null).map(TallyRow::candidateId).toList();
    }

    public int openSeats(long positionId) {
        return position(positionId).seats() - electedOf(positionId).size();
    }

    public Map<Long, CandidateRow> candidatesById() {
        return candidates.stream().collect(java.util.stream.Collectors.toMap(CandidateRow::id, c -> c));
    }
}
