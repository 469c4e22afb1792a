package org.wfed.elections.internal.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.Period;
import org.wfed.core.Scope;
import org.wfed.core.dto.OrgUnit;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.Position;
import org.wfed.elections.dto.BoardRow;
import org.wfed.elections.dto.Composition;
import org.wfed.elections.dto.ElectionStats;
import org.wfed.elections.dto.PositionKind;
import org.wfed.elections.dto.Rollup;
import org.wfed.elections.dto.Step;
import org.wfed.elections.internal.People;
import org.wfed.elections.internal.store.ElectionRow;
import org.wfed.elections.internal.store.ElectionStore;
import org.wfed.elections.internal.store.ElectionStore.ElectedRow;

/**
 * Composition of a new committee against the previous term, and the roll-up of a street or
 * district over the units below: progress board, totals, chairs in 两委, chairs' and vice-chairs'
 * age and education before → after.
 */
@Component(service = StatsService.class)
public final class StatsService {

    private final Database db;
    private final ElectionStore store;
    private final OrgService org;
    private final People people;
    private final PreviousTerms previous;

    @Activate
    public StatsService(@Reference Database db, @Reference ElectionStore store, @Reference OrgService org,
                        @Reference People people, @Reference PreviousTerms previous) {
        this.previous = previous;
        this.db = db;
        this.store = store;
        this.org = org;
        this.people = people;
    }

    public ElectionStats election(long id) {
        ElectionRow e = db.read(c -> store.get(c, id));
        List<ElectedRow> elected = db.read(c -> store.elected(c, List.of(id)));
        Map<Long, PersonFacts> facts = people.facts(elected.stream().map(ElectedRow::personId).toList());
        List<Composition> after = new ArrayList<>();
        for (PositionKind k : PositionKind.values()) {
            List<Member> ms = elected.stream().filter(r -> r.kind() == k)
                    .map(r -> new Member(facts.get(r.personId()), r.sector(), r.inTwoCommittees())).toList();
            if (!ms.isEmpty()) {
                after.add(Compositions.of(k.name(), k.zh(), ms, e.electionDate()));
            }
        }
        return new ElectionStats(id, after, before(List.of(e)));
    }

    /**
     * The previous committee of the elections' units by position, added up over the elections: core's leadership
     * history, or the unit's entered previous term ({@link PreviousTerms}).
     */
    private List<Composition> before(List<ElectionRow> elections) {
        Map<PositionKind, Committee> sums = new java.util.EnumMap<>(PositionKind.class);
        for (Map<PositionKind, Committee> one : previous.before(elections).values()) {
            one.forEach((kind, c) -> sums.computeIfAbsent(kind, k -> new Committee()).add(c));
        }
        List<Composition> out = new ArrayList<>();
        for (Position p : Position.values()) {
            PositionKind kind = PositionKind.valueOf(p.name());
            if (p != Position.EXECUTIVE && sums.containsKey(kind)) {
                out.add(sums.get(kind).composition(kind));
            }
        }
        if (sums.containsKey(PositionKind.EXECUTIVE)) {
            out.add(sums.get(PositionKind.EXECUTIVE).composition(PositionKind.EXECUTIVE));
        }
        return out;
    }

    public Rollup rollup(long root, LocalDate from, LocalDate to, LocalDate deadline, LocalDate today) {
        Scope scope = org.scope(root, new Period(from, to));
        OrgUnit top = org.get(root);
        List<Long> unitIds = new ArrayList<>(scope.unitIds());
        List<ElectionRow> all = db.read(c -> store.ofUnits(c, unitIds));
        Map<Long, ElectionRow> latest = new LinkedHashMap<>();
        for (ElectionRow e : all) {
            if (!e.electionDate().isBefore(from) && !e.electionDate().isAfter(to)) {
                latest.putIfAbsent(e.unitId(), e);
            }
        }
        Map<Long, OrgUnit> units = org.get(unitIds);
        List<BoardRow> board = new ArrayList<>();
        int finished = 0;
        int late = 0;
        int notStarted = 0;
        for (Long unitId : unitIds) {
            OrgUnit u = units.get(unitId);
            ElectionRow e = latest.get(unitId);
            boolean onBoard = e != null || (u.kind().isGrassroots() && (unitId != root || unitIds.size() == 1));
            if (!onBoard) {
                continue;
            }
            boolean done = e != null && e.step() == Step.FILED;
            LocalDate due = e != null && e.deadline() != null ? e.deadline() : deadline;
            boolean isLate = !done && due != null && today.isAfter(due);
            finished += done ? 1 : 0;
            late += isLate ? 1 : 0;
            notStarted += e == null ? 1 : 0;
            board.add(new BoardRow(unitId, u.name(), e == null ? null : e.id(), e == null ? null : e.step(),
                    e == null ? "未启动" : e.step().zh(), e == null ? null : e.electionDate(), due, done, isLate));
        }
        board.sort(java.util.Comparator.comparing(BoardRow::unitName));
        List<ElectionRow> elections = new ArrayList<>(latest.values());
        List<ElectedRow> elected = db.read(c -> store.elected(c, elections.stream().map(ElectionRow::id).toList()));
        Map<Long, PersonFacts> facts = people.facts(elected.stream().map(ElectedRow::personId).toList());
        long chairsInTwo = count(elected, PositionKind.CHAIR, true);
        long chairs = count(elected, PositionKind.CHAIR, false);
        Map<Long, ElectionRow> byId = new HashMap<>();
        elections.forEach(e -> byId.put(e.id(), e));
        List<ElectionRow> withChair = elections.stream()
                .filter(e -> elected.stream().anyMatch(r -> r.electionId() == e.id() && r.kind() == PositionKind.CHAIR)).toList();
        List<Composition> before = before(withChair);
        return new Rollup(root, top.name(), from, to, board.size(), finished, late, notStarted,
                count(elected, PositionKind.DELEGATE, false), count(elected, PositionKind.EXECUTIVE, false), chairs,
                count(elected, PositionKind.VICE_CHAIR, false), chairsInTwo,
                chairs == 0 ? null : (int) Math.round(chairsInTwo * 100.0 / chairs),
                find(before, Position.CHAIR.name()), after(elected, facts, byId, PositionKind.CHAIR),
                find(before, Position.VICE_CHAIR.name()), after(elected, facts, byId, PositionKind.VICE_CHAIR), board);
    }

    private static long count(List<ElectedRow> elected, PositionKind kind, boolean inTwoOnly) {
        return elected.stream().filter(r -> r.kind() == kind && (!inTwoOnly || r.inTwoCommittees())).count();
    }

    private static Composition find(List<Composition> list, String group) {
        return list.stream().filter(c -> c.group().equals(group)).findFirst().orElse(null);
    }

    private static Composition after(List<ElectedRow> elected, Map<Long, PersonFacts> facts, Map<Long, ElectionRow> byId,
                                     PositionKind kind) {
        List<ElectedRow> rows = elected.stream().filter(r -> r.kind() == kind).toList();
        LocalDate day = rows.isEmpty() ? LocalDate.now() : byId.get(rows.get(0).electionId()).electionDate();
        return Compositions.of(kind.name(), kind.zh(), rows.stream()
                .map(r -> new Member(facts.get(r.personId()), r.sector(), r.inTwoCommittees())).toList(), day);
    }
}
